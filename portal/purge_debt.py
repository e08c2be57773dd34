"""Purges the page cache could not take, kept in the database until it can (REL-1).

The page cache forgets by replacing generations in its store (``portal.page_cache``).
When that store is Redis and Redis is unreachable, the replacement is lost: the Redis
client ignores the error so that pages keep rendering. If Redis then comes back with
its data (it was partitioned, hung or restarted from its dump), the old generations
return with it and the pages stored under them would be served until they expire.

So a purge that did not reach the store is recorded as a *debt* in the database, which
outlives the outage: one row of a database cache table (``portal_purge_debt``, made by
``manage.py createcachetable``) holding a fresh random value. Each worker looks at the
debt at most every ``PAGE_CACHE_DEBT_CHECK_SECONDS`` (an in-process clock, so a cache
hit between two looks costs no query). A debt is *settled* by replacing every
generation and then writing the debt's value into the page store as the settled one;
a debt whose value equals the settled value is paid. Nothing is ever deleted, so a purge
that fails while another worker settles writes a new value and is settled on the next
look: no compare-and-delete race. If Redis loses its data instead, the settled value is
lost too and the generations are replaced once more, which is harmless.

The bound: once the page store answers again, a page changed during the outage is
served stale for at most ``PAGE_CACHE_DEBT_CHECK_SECONDS`` by any worker (while the
store is down nothing is served from it at all).
"""

import logging
import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError

__all__ = ["DEBT_ALIAS", "record", "settle_if_due"]

logger = logging.getLogger(__name__)

#: The database cache that holds the debt (portal/settings/base.py).
DEBT_ALIAS = "purge_debt"
_DEBT_KEY = "page-cache:debt"
_SETTLED_KEY = "page-cache:settled-debt"

# This worker's next look at the debt, and the last debt it saw settled.
_next_look = 0.0
_settled_here: str | None = None


def record() -> None:
    """Note that a purge did not reach the page store (called after it failed)."""
    try:
        caches[DEBT_ALIAS].set(_DEBT_KEY, uuid.uuid4().hex, timeout=None)
    except DatabaseError:
        # Both stores down at once: nothing durable can be written; the stored pages
        # still expire after PAGE_CACHE_SECONDS.
        logger.exception("A page-cache purge failed and could not be recorded")
    else:
        logger.warning("A page-cache purge did not reach the store; recorded as a debt")


def settle_if_due(page_store, renew_all) -> None:
    """If this worker's look is due and a debt is unpaid, call ``renew_all()`` (which
    replaces every generation and says whether the store took it) and mark it paid.

    Never raises: a database or cache outage only postpones the settlement.
    """
    global _next_look, _settled_here
    now = time.monotonic()
    if now < _next_look:
        return
    _next_look = now + settings.PAGE_CACHE_DEBT_CHECK_SECONDS
    try:
        debt = caches[DEBT_ALIAS].get(_DEBT_KEY)
    except DatabaseError:
        logger.warning("Could not look at the page-cache purge debt", exc_info=True)
        return
    if debt is None or debt == _settled_here:
        return
    if page_store.get(_SETTLED_KEY) == debt:
        _settled_here = debt
        return
    if renew_all():
        page_store.set(_SETTLED_KEY, debt, timeout=None)
        _settled_here = debt
        logger.warning("The page-cache purge debt is settled: every generation replaced")


def forget_looks() -> None:
    """Make the next request look at the debt (for tests that move in time)."""
    global _next_look, _settled_here
    _next_look = 0.0
    _settled_here = None
