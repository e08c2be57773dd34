"""Settings for ``make bench``: the dev settings with a URLconf that adds the floor view.

The floor lives here rather than in ``portal.urls`` so production never serves it. The
page cache is off unless ``PAGE_CACHE=1``: the harness counts queries and measures
rendering without it, then starts a second gunicorn with it on (its own store).
"""

import os

from portal.settings.dev import *  # noqa: F403
from portal.settings.dev import BASE_DIR, CACHES

ROOT_URLCONF = "bench.urls"
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "0") == "1"
if CACHES["pages"]["BACKEND"].endswith("FileBasedCache"):
    CACHES["pages"]["LOCATION"] = str(BASE_DIR / "var" / "bench-page-cache")
