"""Query statistics without a write per search.

Wagtail's ``Query.get(q).add_hit()`` is a get-or-create and an update on every
search: under load that makes search a write path (and on SQLite, a writer lock per
visitor). Instead each worker counts searches in memory and writes the counts in
one transaction every ``SEARCH_HITS_FLUSH_EVERY`` searches or after
``SEARCH_HITS_FLUSH_SECONDS``, and when the process exits. A batch falls due only when
a search is counted, and is written when that search's request has finished
(``request_finished``, sent once the server has handed the response over): no
visitor's search waits for the writes of fifty, and a request that did not search
(a refused form, a page view) never writes statistics. A crashed worker loses at
most one batch of counts, which statistics can afford; no Redis or queue is needed,
so the embedded default works the same.
"""

import atexit
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import DatabaseError, router, transaction
from django.db.models import F
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import MAX_QUERY_STRING_LENGTH, normalise_query_string

from .models import UnansweredQuery

logger = logging.getLogger(__name__)


class HitBuffer:
    def __init__(self):
        self._lock = threading.Lock()
        self._counts: Counter = Counter()
        self._since = time.monotonic()
        # Per thread: the batch is written by the request that made it due, never by
        # another thread's page view in a threaded server.
        self._made_due_here = threading.local()

    def add(self, language: str, query: str, found: bool) -> None:
        query = normalise_query_string(query)[:MAX_QUERY_STRING_LENGTH]
        if not query:
            return
        with self._lock:
            self._counts[(language, query, found)] += 1
            due = (
                self._counts.total() >= settings.SEARCH_HITS_FLUSH_EVERY
                or time.monotonic() - self._since >= settings.SEARCH_HITS_FLUSH_SECONDS
            )
        self._made_due_here.value = due

    def flush_if_due(self, **_signal_arguments) -> None:
        """Write the batch if a search this thread counted made it full or old enough
        (a ``request_finished`` receiver)."""
        if getattr(self._made_due_here, "value", False):
            self.flush()

    def pending(self) -> int:
        with self._lock:
            return self._counts.total()

    def discard(self) -> None:
        """Forget the counts gathered so far without writing them."""
        with self._lock:
            self._counts = Counter()
        self._made_due_here.value = False

    def flush(self) -> None:
        """Write the counts gathered so far, in one transaction; on a database error
        they are dropped (logged), never raised into a visitor's search."""
        with self._lock:
            counts, self._counts = self._counts, Counter()
            self._since = time.monotonic()
        self._made_due_here.value = False
        if not counts:
            return
        try:
            _write(counts, timezone.localdate())
        except DatabaseError:
            logger.exception("Search statistics lost: %s searches", counts.total())


def _write(counts: Counter, date) -> None:
    per_query: Counter = Counter()
    unanswered: Counter = Counter()
    for (language, query, found), hits in counts.items():
        per_query[query] += hits
        if not found:
            unanswered[(language, query)] += hits
    with transaction.atomic(using=router.db_for_write(QueryDailyHits)):
        for query_string, hits in per_query.items():
            query = Query.get(query_string)
            daily, _created = QueryDailyHits.objects.get_or_create(query=query, date=date)
            QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + hits)
        for (language, query_string), hits in unanswered.items():
            row, _created = UnansweredQuery.objects.get_or_create(
                language=language, query_string=query_string, date=date
            )
            UnansweredQuery.objects.filter(pk=row.pk).update(hits=F("hits") + hits)


hits = HitBuffer()
atexit.register(hits.flush)
