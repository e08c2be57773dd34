"""Data and attack paths shared by the media and restricted-document tests: a register
entry restricted to a group, a camera photo with GPS metadata, and every spelling of a
``/media/`` path that a static view would normalise to the same file."""

import datetime
import io

from django.contrib.auth.models import Group
from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from PIL import ExifTags
from PIL import Image as PILImage

from documents.register import DocumentVersion, RegisteredDocument
from tests.documents.conftest import pdf_document

CAMERA = "SecretCam 9000"
COMMENT = b"shot at the rector's home"


def camera_jpeg(width=1600, height=1000) -> bytes:
    """A JPEG as a phone writes it: camera make and model, GPS position, a comment."""
    picture = PILImage.new("RGB", (width, height), (180, 90, 40))
    exif = PILImage.Exif()
    exif[ExifTags.Base.Make] = "SecretCam"
    exif[ExifTags.Base.Model] = CAMERA
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: (51.0, 10.0, 12.0),
        ExifTags.GPS.GPSLongitudeRef: "E",
        ExifTags.GPS.GPSLongitude: (71.0, 26.0, 30.0),
    }
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", exif=exif, comment=COMMENT)
    return buffer.getvalue()


def upload_photo(title="Campus photo", collection=None):
    image = get_image_model()(
        title=title, collection=collection or Collection.get_first_root_node()
    )
    image.file = ImageFile(io.BytesIO(camera_jpeg()), name="campus-photo.jpg")
    image.save()
    return image


def login_only_collection(name="Staff visuals"):
    collection = Collection.get_first_root_node().add_child(name=name)
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def restricted_entry(code, groups, title="Staff-only test memo"):
    """A restricted register entry whose one version has a Kazakh PDF; with no groups,
    only superusers may see it."""
    entry = RegisteredDocument(
        code=code, title_kk=title, title_en=title, category="regulation", restricted=True
    )
    if groups:
        entry.groups.set(groups)
    entry.save()
    DocumentVersion.objects.create(
        document=entry, effective_date=datetime.date(2026, 1, 5), file_kk=pdf_document(title)
    )
    entry.sync_file_collections()
    return entry


def group(name):
    return Group.objects.get_or_create(name=name)[0]


def media_path_variants(name: str) -> list[str]:
    """Raw request paths for the file stored as ``name`` (``folder/file``): doubled and
    tripled slashes, ``.`` and ``..`` segments, percent-encoded dots, slashes and
    backslashes, raw backslashes, case changes, trailing dots, NUL, and detours through
    the folders that are served."""
    folder, _, rest = name.partition("/")
    paths = [
        f"/media/{folder}/{rest}",
        f"/media//{folder}/{rest}",
        f"/media///{folder}/{rest}",
        f"/media/{folder}//{rest}",
        f"/media/{folder}///{rest}",
        f"/media/./{folder}/{rest}",
        f"/media/{folder}/./{rest}",
        f"/media/././{folder}/{rest}",
        f"/media/%2e/{folder}/{rest}",
        f"/media/%2E/{folder}/{rest}",
        f"/media/{folder}/%2e/{rest}",
        f"/media/x/../{folder}/{rest}",
        f"/media/x/%2e%2e/{folder}/{rest}",
        f"/media/images/../{folder}/{rest}",
        f"/media/renditions/../{folder}/{rest}",
        f"/media/renditions/images/../../{folder}/{rest}",
        f"/media/renditions/%2e%2e/{folder}/{rest}",
        f"/media/renditions/.%2e/{folder}/{rest}",
        f"/media/renditions/../../media/{folder}/{rest}",
        f"/media/{folder}%2f{rest}",
        f"/media/{folder}%2F{rest}",
        f"/media/renditions%2f..%2f{folder}%2f{rest}",
        f"/media/renditions/..%2f{folder}/{rest}",
        f"/media/renditions/..%5c{folder}%5c{rest}",
        f"/media/renditions/..%5C{folder}/{rest}",
        f"/media/{folder}%5c{rest}",
        f"/media/renditions\\..\\{folder}\\{rest}",
        f"/media/{folder}\\{rest}",
        f"/media/{folder.upper()}/{rest}",
        f"/media/{folder.capitalize()}/{rest}",
        f"/media/{folder}/{rest.upper()}",
        f"/media/{folder}./{rest}",
        f"/media/{folder}/{rest}.",
        f"/media/{folder}/{rest}..",
        f"/media/{folder}/{rest}%20",
        f"/media/{folder}/{rest}%00",
        f"/media/%{ord(folder[0]):02x}{folder[1:]}/{rest}",
        f"/media/{folder}/{rest}?download=1",
        f"/media/{folder}/{rest}/",
        f"/media/{folder}/{rest}/.",
    ]
    return list(dict.fromkeys(paths))
