"""The URLs a run measures, the SQL each issues, and what a measured row means."""

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.http import QueryDict
from django.http.request import validate_host
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from bench.load import LoadResult
from bench.targets import TARGETS
from portal.page_cache import cacheable_query
from search.hits import hits

# Project rule: an uncached page of any type issues at most this many SQL queries.
QUERY_BUDGET = 12
FLOOR_LABEL = "floor (trivial view)"
NO_LANGUAGE = "—"
TABLE = re.compile(r"""\b(?:FROM|INTO|UPDATE)\s+["`]?(\w+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Url:
    """One URL of the run; ``path`` is None when the tree has no page of that kind."""

    label: str
    language: str
    path: str | None
    is_floor: bool = False

    @property
    def name(self) -> str:
        return self.label if self.language == NO_LANGUAGE else f"{self.label} ({self.language})"


@dataclass(frozen=True)
class QueryCount:
    """One request of a page that no response cache holds: its status, its SQL count
    and that count per table; ``after_purge`` is the same request right after the
    shared cache was emptied (Wagtail's site-root paths and our footer rebuilt)."""

    status: int
    queries: int
    by_table: tuple[tuple[str, int], ...]
    after_purge: int


@dataclass(frozen=True)
class Row:
    """Everything measured for one URL; ``failures`` says why it breaks the run."""

    url: Url
    query_count: QueryCount | None = None
    probe_status: int | None = None
    load: LoadResult | None = None
    cached_load: LoadResult | None = None
    cached_floor: float | None = None  # the floor's req/s just before ``cached_load``

    @property
    def over_budget(self) -> bool:
        return (
            not self.url.is_floor
            and self.query_count is not None
            and self.query_count.queries > QUERY_BUDGET
        )

    @property
    def failures(self) -> list[str]:
        name = self.url.name
        if self.url.path is None:
            return [f"{name}: no live page of this kind in the database"]
        failures = []
        if self.query_count and self.query_count.status != 200:
            failures.append(f"{name}: in-process request answered {self.query_count.status}")
        if self.over_budget:
            failures.append(
                f"{name}: {self.query_count.queries} SQL queries, budget {QUERY_BUDGET}"
            )
        if self.probe_status != 200:
            failures.append(f"{name}: gunicorn answered {self.probe_status or 'nothing'}")
        for run, load in (("", self.load), (" from the page cache", self.cached_load)):
            if load and load.non_200:
                failures.append(f"{name}: {load.non_200} responses{run} under load were not 200")
            if load and load.errors:
                failures.append(f"{name}: {load.errors} connections{run} failed under load")
        return failures


def pick_host(allowed_hosts: list[str]) -> str:
    """A Host header Django accepts, for the test client and gunicorn alike:
    loopback when allowed, else the first concrete name in ALLOWED_HOSTS."""
    candidates = ["127.0.0.1", "localhost"] + [pattern.lstrip(".") for pattern in allowed_hosts]
    for host in candidates:
        if host and host != "*" and validate_host(host, allowed_hosts):
            return host
    raise ImproperlyConfigured(f"No usable host in ALLOWED_HOSTS={allowed_hosts!r}")


def resolve_urls() -> list[Url]:
    """The floor first (every ratio needs it), then each target in each language."""
    urls = [Url(FLOOR_LABEL, NO_LANGUAGE, reverse("bench_floor"), is_floor=True)]
    languages = [code for code, _name in settings.LANGUAGES]
    for target in TARGETS:
        if target.per_locale:
            urls += [Url(target.label, code, target.find_path(code)) for code in languages]
        else:
            path = target.find_path(settings.LANGUAGE_CODE)
            urls.append(Url(target.label, NO_LANGUAGE, path))
    return urls


def never_stored(path: str) -> bool:
    """Whether the page cache never keeps this page (a search: ``q`` is not a listing
    parameter), so that every visitor's request renders it even as deployed."""
    return cacheable_query(QueryDict(urlsplit(path).query)) is None


def table_of(sql: str) -> str:
    match = TABLE.search(sql)
    return match.group(1) if match else sql.split(None, 1)[0].upper()


def count_queries(client: Client, path: str, db=connection) -> QueryCount:
    """The SQL of one request for a page, as a long-running worker issues it.

    There is no response cache, so every request renders the page. The budgeted
    count is taken with the process warm (content types, URL resolvers, the shared
    cache's site-root paths), after one discarded request for the same path; the
    count right after ``cache.clear()`` is reported beside it (with REDIS_URL set,
    that flushes the Redis database). ``db``: the connection the page is read from.
    """
    client.get(path)
    cache.clear()
    with CaptureQueriesContext(db) as purged:
        client.get(path)
    # Search statistics gathered by earlier requests are written now, not at the end of
    # the counted request: one batch every fifty searches, after its response
    # (search/hits.py), is not the page's own SQL.
    hits.flush()
    with CaptureQueriesContext(db) as captured:
        response = client.get(path)
    by_table = Counter(table_of(query["sql"]) for query in captured.captured_queries)
    return QueryCount(
        response.status_code, len(captured), tuple(by_table.most_common()), len(purged)
    )


def in_process_client(host: str) -> Client:
    """A client that reports a 500 as a status instead of raising, so the report is written."""
    return Client(HTTP_HOST=host, raise_request_exception=False)
