"""Settings for the test suite: production-like, fast, and reachable by a child server.

Browser tests run gunicorn in a child process against the test database, so the
SQLite test database lives in a file rather than in memory, one per test run so
that concurrent runs on one machine do not share it.
"""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES

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
