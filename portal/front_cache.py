"""Purging Varnish (deploy/varnish/portal.vcl), and making good a purge it did not take.

The portal purges whole locales (``portal.page_cache`` explains why): a PURGE of
``/kk/`` makes Varnish forget every URL starting there. Wagtail's HTTP backend only logs
a PURGE that fails, and waits for an answer as long as the socket lets it, so Varnish
would keep serving the old pages until they expire and an unanswering Varnish would hold
the editor's publish. ``ReportingHTTPBackend`` sends the same PURGE with a short timeout,
and a PURGE that was refused, answered with an error or not answered at all is recorded
as a debt (``portal.purge_debt``); for ``PAGE_CACHE_DEBT_CHECK_SECONDS`` after a failure
a process records the debt without waiting on Varnish again. Each worker has a thread
that looks at the debt every ``PAGE_CACHE_DEBT_CHECK_SECONDS`` and, while it is unpaid,
purges every locale and every path outside them; the debt is paid only once Varnish has
accepted all of them.
"""

import http.client
import logging
import os
import threading
import time
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from django.core.cache import caches
from django.db import connections

from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest

from portal import purge_debt
from portal.languages import LANGUAGE_CODES
from portal.page_cache import GLOBAL, GLOBAL_PREFIXES

__all__ = ["ReportingHTTPBackend", "purge", "purge_everything", "watch_debt"]

logger = logging.getLogger(__name__)

#: How long a PURGE may wait for Varnish, unless the backend's ``TIMEOUT`` says otherwise.
DEFAULT_TIMEOUT_SECONDS = 2.0
# When a PURGE last failed in this process.
_last_failure = float("-inf")


class ReportingHTTPBackend(HTTPBackend):
    """Wagtail's HTTP purge, with a timeout and a debt recorded when Varnish did not
    take it. A batch stops at the first failure: the debt purges everything anyway."""

    def __init__(self, params):
        self.timeout = float(params.pop("TIMEOUT", DEFAULT_TIMEOUT_SECONDS))
        super().__init__(params)

    def purge(self, url) -> None:
        self.purge_batch([url])

    def purge_batch(self, urls) -> None:
        # Right after a failure, the watcher's retry is the next attempt: one change
        # saves several rows, and an editor must not wait a timeout for each of them.
        recently_failed = time.monotonic() - _last_failure < settings.PAGE_CACHE_DEBT_CHECK_SECONDS
        if recently_failed or not self.purged_all(urls):
            purge_debt.record(purge_debt.FRONT_CACHE)

    def purged_all(self, urls) -> bool:
        global _last_failure
        if all(self.purged(url) for url in urls):
            return True
        _last_failure = time.monotonic()
        return False

    def purged(self, url) -> bool:
        """Send one PURGE, as Wagtail's backend does; True when Varnish accepted it."""
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        request = PurgeRequest(
            url=urlunsplit(
                (self.cache_scheme, self.cache_netloc, parts.path, parts.query, parts.fragment)
            ),
            headers={"Host": host, "User-Agent": f"Wagtail-frontendcache/{wagtail_version}"},
        )
        try:
            # An error status raises HTTPError; the scheme is the configured LOCATION's.
            with urlopen(request, timeout=self.timeout):  # noqa: S310
                return True
        except (OSError, http.client.HTTPException) as error:
            logger.warning("Varnish did not take the PURGE of %s: %s", url, error)
            return False


def _urls(scopes) -> list[str]:
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return []
    root = site.root_url.rstrip("/")
    urls = [f"{root}/{code}/" for code in LANGUAGE_CODES if code in scopes]
    if GLOBAL in scopes:
        urls += [root + prefix for prefix in GLOBAL_PREFIXES]
    return urls


def purge(scopes) -> None:
    """Ask Varnish to forget the stored pages of ``scopes`` (locale codes or GLOBAL)."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache(_urls(scopes))


def purge_everything() -> bool:
    """Purge every locale and every path outside them from each reporting backend;
    True when all of them accepted every PURGE (the debt's payment)."""
    from wagtail.contrib.frontend_cache.utils import get_backends

    urls = _urls({*LANGUAGE_CODES, GLOBAL})
    if not urls:
        return True
    hostname = urlsplit(urls[0]).netloc
    return all(
        backend.purged_all(urls)
        for backend in get_backends().values()
        # Other backends never record a debt.
        if isinstance(backend, ReportingHTTPBackend) and backend.invalidates_hostname(hostname)
    )


def _settle_forever() -> None:
    while True:
        time.sleep(settings.PAGE_CACHE_DEBT_CHECK_SECONDS)
        # Nothing may end the thread: a failed look is only a later settlement.
        try:
            try:
                purge_debt.settle(
                    purge_debt.FRONT_CACHE, caches[purge_debt.DEBT_ALIAS], purge_everything
                )
            finally:
                # This thread's own connections: none is kept idle between looks.
                connections.close_all()
        except Exception:
            logger.exception("Could not settle the front-cache purge debt")


_watching_in: int | None = None
_watch_lock = threading.Lock()


def watch_debt() -> None:
    """Start this process's watcher of the front-cache debt (once per process; again in a
    forked child, which does not inherit threads). Called by the WSGI entry point only,
    so management commands and tests in one process do not start it."""
    global _watching_in
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    with _watch_lock:
        if _watching_in == os.getpid():
            return
        _watching_in = os.getpid()
    threading.Thread(target=_settle_forever, name="front-cache-purge-debt", daemon=True).start()
