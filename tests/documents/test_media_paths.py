"""Under ``/media/`` only image renditions are served (DOC2, UP-6, UP-7, issue 10 items
1, 4 and 8): no spelling of a path reaches a staff-only document or an original image,
for a visitor or for a signed-in account, and renditions carry no camera or GPS data."""

import io

from django.test import Client

import pytest
from PIL import Image as PILImage

from tests.documents.staff_only import (
    CAMERA,
    COMMENT,
    group,
    login_only_collection,
    media_path_variants,
    restricted_entry,
    upload_photo,
)

pytestmark = pytest.mark.django_db

SECRET_PDF_MARKER = b"Staff-only test memo"


@pytest.fixture
def staff_only_file():
    entry = restricted_entry("ҚазТБУ–ТС–ІҚ–7.1–2026–01", [])
    return entry.current_version.file_kk


@pytest.fixture
def outsider_client(django_user_model):
    """Signed in, in a group, but not one that may see the file."""
    user = django_user_model.objects.create_user(username="outsider", password="x-Y-z-123456")
    user.groups.add(group("Test translators"))
    client = Client()
    client.force_login(user)
    return client


def served(client, paths, marker: bytes) -> list[str]:
    """The paths that answered anything but 404, or whose body contains ``marker``."""
    leaks = []
    for path in paths:
        response = client.get(path, follow=True)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if response.status_code != 404 or marker in body:
            leaks.append(f"{path} -> {response.status_code}")
    return leaks


def test_no_spelling_of_a_media_path_serves_a_staff_only_document(
    client, outsider_client, staff_only_file
):
    paths = media_path_variants(staff_only_file.file.name)
    assert staff_only_file.file.name.startswith("documents/")
    assert served(client, paths, SECRET_PDF_MARKER) == []
    assert served(outsider_client, paths, SECRET_PDF_MARKER) == []


def test_no_spelling_of_a_media_path_serves_an_original_image(client, outsider_client):
    photo = upload_photo()
    paths = media_path_variants(photo.file.name)
    assert photo.file.name.startswith("original_images/")
    assert served(client, paths, CAMERA.encode()) == []
    assert served(outsider_client, paths, CAMERA.encode()) == []


def test_renditions_are_served_from_their_own_folder(client):
    rendition = upload_photo().get_rendition("fill-480x320")
    assert rendition.url.startswith("/media/renditions/")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert PILImage.open(io.BytesIO(b"".join(response.streaming_content))).size == (480, 320)


def test_renditions_carry_no_camera_gps_or_comment(client):
    photo = upload_photo()
    for spec in ("fill-480x320", "width-960|format-webp", "width-960|format-png", "original"):
        body = b"".join(client.get(photo.get_rendition(spec).url).streaming_content)
        picture = PILImage.open(io.BytesIO(body))
        assert dict(picture.getexif()) == {}, spec
        assert "exif" not in picture.info and "comment" not in picture.info, spec
        assert CAMERA.encode() not in body and COMMENT not in body, spec


def test_an_image_in_a_restricted_collection_is_still_public_as_a_rendition(client):
    """UP-7: collection privacy does not apply to images, so staff-only visuals must be
    uploaded as documents. The rendition loads for anyone; the original never does."""
    photo = upload_photo("Staff party", collection=login_only_collection())
    rendition = photo.get_rendition("fill-480x320")
    assert client.get(rendition.url).status_code == 200
    assert client.get(f"/media/{photo.file.name}").status_code == 404


HOSTILE_PATHS = [
    "/media/renditions/images/" + "a" * 300 + ".jpg",
    "/media/" + "a" * 300,
    "/media/documents/" + "b" * 1000 + ".pdf",
    "/media/original_images/" + "c" * 256 + ".jpg",
    "/media/renditions/images/x%00.jpg",
    "/media/%00",
    "/media/renditions/images/%ff%fe.jpg",
    "/media/renditions/images/\u0442\u0435\u0441\u0442.jpg",
    "/media/renditions/images/a.jpg%0a",
    "/media/renditions/",
    "/media/renditions/images/",
    "/media/",
]


def test_hostile_media_paths_answer_404_not_500():
    """Some end with a redirect to the locale-prefixed path first (Django's
    LocaleMiddleware offers one for any 404 outside the prefix); none ends in a 500."""
    client = Client(raise_request_exception=False)
    for path in HOSTILE_PATHS:
        response = client.get(path, follow=True)
        assert response.status_code == 404, path
        assert all(status < 500 for _url, status in response.redirect_chain), path
