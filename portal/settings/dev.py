"""Local and demo settings used by ``make run``.

DEBUG stays off so the demo shows the real 404/500 pages and serves static files
the way production does; set ``DEBUG=1`` to get Django's debug pages.
"""

import os

from .base import *  # noqa: F403
from .base import ENV_ALLOWED_HOSTS, ENV_SECRET_KEY, POST_OFFICE

DEBUG = os.environ.get("DEBUG", "") == "1"
# A fixed key is acceptable only because this module is never used in production.
SECRET_KEY = ENV_SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = ENV_ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]
# Mail is queued as in production, then "sent" to the console (make run).
POST_OFFICE = {
    **POST_OFFICE,
    "BACKENDS": {"default": "django.core.mail.backends.console.EmailBackend"},
}
