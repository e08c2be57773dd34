"""Purges a cache could not take, kept in the database until it can (REL-1).

Two caches forget on every change: the page cache, by replacing generations in its
store (``portal.page_cache``), and Varnish, by a PURGE (``portal.front_cache``). Either
can be unreachable when a change commits. A Redis client ignores the error so that pages
keep rendering, and Wagtail's purge only logs it; if the cache then comes back with its
data (a partition, a hang, Redis restarted from its dump, Varnish refusing or timing
out a PURGE), the pages stored before the change would be served until they expire.

So a purge that did not reach a cache is recorded as a *debt* in the database, which
outlives the outage: one row per cache in a database cache table (``portal_purge_debt``,
made by ``manage.py createcachetable``) holding a fresh random value. A debt is *settled*
by purging everything in that cache and then writing the debt's value where the cache's
settled value is kept; a debt whose value equals the settled value is paid. Nothing is
ever deleted, so a purge that fails while another worker settles writes a new value and
is settled on the next look: no compare-and-delete race.

Where the settled value is kept: for the page cache, in the page store itself, so that a
Redis that loses its data also loses it and the generations are replaced once more
(harmless); for Varnish, in the same database table, since a Varnish that restarts comes
back empty.

Who looks: each worker looks at the page-cache debt at most every
``PAGE_CACHE_DEBT_CHECK_SECONDS`` on a request (an in-process clock, so a cache hit
between two looks costs no query); Varnish's debt is looked at by a thread of each
worker every ``PAGE_CACHE_DEBT_CHECK_SECONDS``, because requests Varnish answers never
reach a worker and a retried PURGE may take its whole timeout.

The bound: once a cache answers again, a page changed during the outage is served stale
for at most ``PAGE_CACHE_DEBT_CHECK_SECONDS`` (plus, for Varnish, the PURGE itself).
"""

import logging
import time
import uuid
from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError

__all__ = ["DEBT_ALIAS", "FRONT_CACHE", "PAGE_CACHE", "record", "settle", "settle_if_due"]

logger = logging.getLogger(__name__)

#: The database cache that holds the debts (portal/settings/base.py).
DEBT_ALIAS = "purge_debt"
#: The caches that can owe a purge.
PAGE_CACHE = "page-cache"
FRONT_CACHE = "front-cache"

# This worker's next look at the page-cache debt, and the last debt of each cache it saw
# settled.
_next_look = 0.0
_settled_here: dict[str, str] = {}


def _debt_key(cache: str) -> str:
    return f"{cache}:debt"


def _settled_key(cache: str) -> str:
    return f"{cache}:settled-debt"


def record(cache: str) -> None:
    """Note that a purge did not reach ``cache`` (called after it failed)."""
    try:
        caches[DEBT_ALIAS].set(_debt_key(cache), uuid.uuid4().hex, timeout=None)
    except DatabaseError:
        # The database down as well: nothing durable can be written; the stored pages
        # still expire after PAGE_CACHE_SECONDS.
        logger.exception("A %s purge failed and could not be recorded", cache)
    else:
        logger.warning("A %s purge did not reach the cache; recorded as a debt", cache)


def settle(cache: str, settled_store, pay_all: Callable[[], bool]) -> None:
    """If ``cache`` owes a purge, call ``pay_all()`` (which purges everything in it and
    says whether the cache took it) and mark the debt paid in ``settled_store``.

    Never raises a database error: an outage only postpones the settlement.
    """
    try:
        debt = caches[DEBT_ALIAS].get(_debt_key(cache))
        if debt is None or debt == _settled_here.get(cache):
            return
        if settled_store.get(_settled_key(cache)) == debt:
            _settled_here[cache] = debt
            return
        if pay_all():
            settled_store.set(_settled_key(cache), debt, timeout=None)
            _settled_here[cache] = debt
            logger.warning("The %s purge debt is settled: everything purged", cache)
    except DatabaseError:
        logger.warning("Could not look at the %s purge debt", cache, exc_info=True)


def settle_if_due(page_store, renew_all: Callable[[], bool]) -> None:
    """The page cache's look, made on a request: at most every
    ``PAGE_CACHE_DEBT_CHECK_SECONDS`` per worker, settle its debt with ``renew_all``."""
    global _next_look
    now = time.monotonic()
    if now < _next_look:
        return
    _next_look = now + settings.PAGE_CACHE_DEBT_CHECK_SECONDS
    settle(PAGE_CACHE, page_store, renew_all)


def forget_looks() -> None:
    """Make the next request look at the debt (for tests that move in time)."""
    global _next_look
    _next_look = 0.0
    _settled_here.clear()
