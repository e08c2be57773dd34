"""Uploads in S3-compatible object storage, for several application hosts (T4).

Switched on by ``MEDIA_S3_BUCKET`` (``portal/settings/base.py``); imported only then,
so a site on one machine needs neither boto3 nor a bucket. The rules of
``portal.media`` hold in the bucket too:

- originals, documents and request attachments are private objects, read only through
  the portal (Wagtail's serve view, the register's download view), which checks who
  may see them; nobody gets a link to them in the bucket;
- renditions are the only public objects, under their own prefix, without camera or
  GPS metadata, with fingerprinted names and a year's ``Cache-Control``.
"""

from storages.backends.s3 import S3Storage

from .media import RENDITION_CACHE_CONTROL, RENDITIONS_DIR, FingerprintedRenditions


class PrivateUploadStorage(S3Storage):
    """``STORAGES["default"]``: every upload but renditions; private, never overwritten."""

    def get_default_settings(self):
        return {
            **super().get_default_settings(),
            "default_acl": "private",
            "file_overwrite": False,
            "querystring_auth": True,
        }


class PublicRenditionStorage(FingerprintedRenditions, S3Storage):
    """``STORAGES["renditions"]``: public, immutable renditions under ``renditions/``."""

    def get_default_settings(self):
        return {
            **super().get_default_settings(),
            "location": RENDITIONS_DIR,
            "default_acl": "public-read",
            "querystring_auth": False,
            "file_overwrite": True,
            "object_parameters": {"CacheControl": RENDITION_CACHE_CONTROL},
        }
