"""Public media (DOC2, UP-6, UP-7): of everything under ``MEDIA_ROOT``, only image
renditions are ever served, from a folder that holds nothing else.

Documents (``documents/``) go through Wagtail's serve view or the register's download
view, which check who may see them. Original images (``original_images/``) may carry
camera and GPS metadata and are never served; pages, the API and the admin show
renditions, which carry none.

A block on the raw path (``^media/(?!documents/)``) is no block: ``//``, ``./``,
``%2e``, ``%2f`` or ``images/../`` reach ``documents/`` once a static view normalises
the path. So the media route knows one folder, accepts only a path that is already
canonical, and serves it only when it resolves to an image file strictly inside that
folder. Everything else under ``/media/`` is a 404, whatever the settings.
"""

import hashlib
import mimetypes
import os
import re
import stat
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.http import FileResponse, Http404, HttpResponseNotModified
from django.utils.functional import cached_property
from django.utils.http import http_date
from django.views.static import was_modified_since

from willow.plugins.pillow import PillowImage
from willow.registry import registry

RENDITIONS_DIR = "renditions"
FINGERPRINT_LENGTH = 12
#: Fingerprinted names never change content: a year, and no revalidation.
RENDITION_CACHE_CONTROL = "public, max-age=31536000, immutable"
# Rendition names are ASCII (Wagtail converts the original's name) made of letters,
# digits, ``.``, ``_`` and ``-``; a segment never starts with a dot and fits a file name.
SEGMENT = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,254}\Z")
# What a Pillow image keeps in ``info`` that could identify a camera, a place or a
# person; Willow writes ``exif`` back into every rendition, Pillow writes ``comment``.
METADATA_KEYS = frozenset({"exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop", "iptc"})


def renditions_root() -> Path:
    return Path(settings.MEDIA_ROOT) / RENDITIONS_DIR


def _orient_without_metadata(image: PillowImage) -> PillowImage:
    """Wagtail starts every rendition with Willow's ``auto_orient`` (``Filter.run``):
    the pixels are turned upright, then the metadata is dropped, so no later step can
    save it into the rendition."""
    oriented = image.auto_orient().image
    oriented.info = {k: v for k, v in oriented.info.items() if k not in METADATA_KEYS}
    return PillowImage(oriented)


class FingerprintedRenditions:
    """What every rendition store does, on disk or in object storage: no camera or GPS
    metadata in any rendition, and names fingerprinted with the content.

    Wagtail builds the rendition storage when it loads its Rendition model, in every
    process that can write a rendition, so this is also where the metadata stripping is
    installed (idempotent: it replaces Willow's operation for Pillow images)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        registry.register_operation(PillowImage, "auto_orient", _orient_without_metadata)

    def save(self, name, content, max_length=None):
        """Fingerprint the name with the file's content: a rendition's URL changes
        whenever its pixels do, so browsers and caches may keep it for a year."""
        digest = hashlib.sha256()
        for chunk in content.chunks():
            digest.update(chunk)
        content.seek(0)
        stem, extension = os.path.splitext(name)
        return super().save(
            f"{stem}.{digest.hexdigest()[:FINGERPRINT_LENGTH]}{extension}", content, max_length
        )


class RenditionStorage(FingerprintedRenditions, FileSystemStorage):
    """``STORAGES["renditions"]`` on one machine: renditions in ``MEDIA_ROOT/renditions/``,
    under ``MEDIA_URL + "renditions/"``, apart from originals and documents."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, str(renditions_root()))

    @cached_property
    def base_url(self):
        return self._value_or_setting(self._base_url, f"{settings.MEDIA_URL}{RENDITIONS_DIR}/")


def _rendition_file(path: str) -> tuple[str, os.stat_result]:
    """The real path and stat of the rendition ``path`` names, or Http404."""
    segments = path.split("/")
    if len(segments) < 2 or segments[0] != RENDITIONS_DIR:
        raise Http404
    if not all(SEGMENT.match(segment) for segment in segments[1:]):
        raise Http404
    try:
        root = os.path.realpath(renditions_root())
        target = os.path.realpath(os.path.join(root, *segments[1:]))
        if target == root or os.path.commonpath([root, target]) != root:
            raise Http404
        status = os.stat(target)
    except (OSError, ValueError) as error:
        raise Http404 from error
    if not stat.S_ISREG(status.st_mode):
        raise Http404
    return target, status


def serve_media(request, path):
    """``/media/<path>``: an image rendition, or 404 for anything else."""
    if not settings.SERVE_MEDIA:
        raise Http404
    target, status = _rendition_file(path)
    content_type = mimetypes.guess_type(target)[0] or ""
    if not content_type.startswith("image/"):
        raise Http404
    if not was_modified_since(request.META.get("HTTP_IF_MODIFIED_SINCE"), status.st_mtime):
        return HttpResponseNotModified()
    response = FileResponse(open(target, "rb"), content_type=content_type)  # noqa: SIM115
    response["Last-Modified"] = http_date(status.st_mtime)
    response["Cache-Control"] = RENDITION_CACHE_CONTROL
    return response
