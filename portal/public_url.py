"""Absolute URLs for machines (API, feeds, iCalendar, sitemaps, JSON-LD, open data).

They name the site's one public address, ``settings.PUBLIC_URL``, whatever host a
request came in on: a feed fetched through an internal address or a proxy must still
point readers at the public site. ``bootstrap_portal`` gives the Wagtail Site the same
host and port, so Wagtail's own ``full_url`` agrees.
"""

from urllib.parse import urlsplit

from django.conf import settings


def absolute(path: str) -> str:
    """``path`` (a site path, or already absolute) on the public address."""
    if urlsplit(path).scheme:
        return path
    return settings.PUBLIC_URL.rstrip("/") + "/" + path.lstrip("/")


def public_scheme() -> str:
    return urlsplit(settings.PUBLIC_URL).scheme


def public_host() -> str:
    """Host and port as a URL authority, e.g. ``portal.example.kz`` or ``127.0.0.1:8000``."""
    return urlsplit(settings.PUBLIC_URL).netloc
