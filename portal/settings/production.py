"""Production settings: refuse to start rather than run with unsafe defaults (DEP-3)."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ENV_ALLOWED_HOSTS, ENV_DATABASE_URL, ENV_PUBLIC_URL, ENV_SECRET_KEY

_missing = [
    name
    for name, value in (
        ("SECRET_KEY", ENV_SECRET_KEY),
        ("ALLOWED_HOSTS", ENV_ALLOWED_HOSTS),
        ("DATABASE_URL", ENV_DATABASE_URL),
    )
    if not value
]
if _missing:
    raise ImproperlyConfigured(
        "Production settings need these environment variables: " + ", ".join(_missing)
    )

DEBUG = False
# The public address (absolute URLs everywhere, the Site's hostname): the first allowed
# host over HTTPS unless PUBLIC_URL (or BASE_URL) says otherwise.
PUBLIC_URL = (ENV_PUBLIC_URL or f"https://{ENV_ALLOWED_HOSTS[0].lstrip('.')}").rstrip("/")
WAGTAILADMIN_BASE_URL = PUBLIC_URL
WAGTAILAPI_BASE_URL = PUBLIC_URL

# TLS terminates at the reverse proxy, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Outgoing mail: the queue's transport is SMTP, configured from the environment.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "1") == "1"
SERVER_EMAIL = DEFAULT_FROM_EMAIL  # noqa: F405
