"""Settings for the test suite: production-like, fast, and reachable by a child server.

Browser tests run gunicorn in a child process against the test database, so the
SQLite test database lives in a file rather than in memory, one per test run so
that concurrent runs on one machine do not share it.
"""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR, CACHES, DATABASES

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
# The test client's host, so request-built and public URLs agree unless a test says
# otherwise (tests/search/test_public_url.py).
PUBLIC_URL = "http://testserver"
WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = PUBLIC_URL
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "renditions": {"BACKEND": "portal.media.RenditionStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A fresh checkout has no var/ yet, and SQLite does not create directories.
    (BASE_DIR / "var").mkdir(exist_ok=True)
    DATABASES["default"]["TEST"] = {
        "NAME": str(BASE_DIR / "var" / f"test-db-{os.getpid()}.sqlite3")
    }
# The page cache outlives the test transactions that are rolled back, so it is off
# except in the tests of the cache itself (tests/portal/test_page_cache*.py), which
# switch it on with a store of their own; a child server gets PAGE_CACHE=1.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "") == "1"
# One store per test run, shared with the child servers the run starts (they inherit
# the environment).
if CACHES["pages"]["BACKEND"].endswith("FileBasedCache"):
    CACHES["pages"]["LOCATION"] = os.environ.setdefault(
        "PAGE_CACHE_DIR", str(BASE_DIR / "var" / f"test-page-cache-{os.getpid()}")
    )
# Wagtail keeps renditions it has looked up in this cache, keyed by image id; a test
# database rolled back after each test hands the same ids out again, so a stored
# rendition would belong to another test's image.
CACHES["renditions"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
