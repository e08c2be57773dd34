"""``make bench-scale``: flat cost with size (issue 16) and search speed (issue 12).

One run, one database, one process: every page type's uncached render (median time
and SQL count, in-process with the worker warm, no page cache) at the size the database
has (the demo), then the volume of ``bench/scale_volume.py`` is built (10,000 pages in
each language) and the same URLs are measured again, with the admin's explorer, the
translation queue, the freshness and disclosure reports, and the search results page
over the fixed query sets of ``search/quality.py``. Writes ``bench/SCALE.md``; missed
budgets are shown as missed. Exit status 1 when any budget is missed.

Timings on a shared machine are noisy: the report gives the load average at each phase
and the median of several requests, not the best.
"""

import os
import platform
import statistics
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import django
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import wagtail
from wagtail.models import Page

from bench import twin
from bench.harness import database_description
from bench.measure import (
    QUERY_BUDGET,
    count_queries,
    in_process_client,
    never_stored,
    pick_host,
    resolve_urls,
)
from bench.scale_volume import build_volume, index_the_rest, split, volume_present
from news.models import NewsIndexPage
from portal.page_cache import GLOBAL, renew_generations
from search.quality import queries

RATIO_BUDGET = 1.2
ADMIN_BUDGET_MS = 2000
SEARCH_BUDGET_MS = 50
REPEATS = 9
ADMIN_REPEATS = 3
LANGUAGES = ("kk", "ru", "en")
BENCH_ADMIN = "bench-scale-admin"


@dataclass(frozen=True)
class Timing:
    """``ms``: the request's cost, this process's CPU time plus the time its SQL took
    (the median over the repeats); ``wall_ms``: the median wall time, which on a shared
    machine also counts waiting for a CPU."""

    status: int
    ms: float
    queries: int
    wall_ms: float = 0.0
    #: A streamed response (an open-data export): ``ms`` and ``wall_ms`` are taken to
    #: its first records (what a client waits for), this is the cost of the whole file.
    full_ms: float | None = None


#: Chunks of a streamed export read for its first-records time: the description, then
#: the first batch of records (``opendata/datasets.py``, ``FIRST_RECORDS``).
STREAM_FIRST_CHUNKS = 2


def _machine_speed() -> float:
    """CPU ms of a fixed Python loop: how fast this machine is at the moment, so absolute
    figures (search's 50 ms) can be read against it; a shared virtual machine's speed
    changes by half from one minute to the next."""
    started = time.process_time()
    total = 0
    for number in range(5_000_000):
        total += number
    return (time.process_time() - started) * 1000


def _load() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"{one:.1f} (1 min), {five:.1f} (5 min)"


def time_get(client, path: str, repeats: int, db=connection) -> Timing:
    """Median cost of ``repeats`` requests of ``path`` after the SQL count (which also
    warms the worker); ``db`` is the connection the page is read from."""
    if client.get(path).streaming:
        return _time_streamed(client, path, repeats, db)
    counted = count_queries(client, path, db)
    costs = [_cost(client, path, db=db) for _ in range(repeats)]
    return _timing(counted, costs)


def _timing(counted, costs) -> Timing:
    return Timing(
        counted.status,
        statistics.median(cost for cost, _wall in costs),
        counted.queries,
        statistics.median(wall for _cost, wall in costs),
    )


def _time_streamed(client, path: str, repeats: int, db=connection) -> Timing:
    """A streamed export: the cost to its first records, and of the whole file; the
    SQL count of the whole file (the queries run while it streams)."""
    counted = _count_streamed(client, path, db)
    first = [_cost(client, path, chunks=STREAM_FIRST_CHUNKS, db=db) for _ in range(repeats)]
    whole = [_cost(client, path, chunks=None, db=db) for _ in range(repeats)]
    return _streamed_timing(counted, first, whole)


def _count_streamed(client, path: str, db=connection) -> tuple[int, int]:
    """Status and SQL count of a streamed export read whole."""
    with CaptureQueriesContext(db) as captured:
        status = _read(client.get(path), None)
    return status, len(captured)


def _streamed_timing(counted: tuple[int, int], first: list, whole: list) -> Timing:
    status, queries = counted
    return Timing(
        status,
        statistics.median(cost for cost, _wall in first),
        queries,
        statistics.median(wall for _cost, wall in first),
        full_ms=statistics.median(cost for cost, _wall in whole),
    )


def _turn_about(client, path: str, chunks: int | None = None) -> tuple[list, list]:
    """``REPEATS`` costs of ``path`` at each size, the demo-size twin then the built
    database, request by request, so a change of the machine's speed meets both."""
    demo, scale = [], []
    for _ in range(REPEATS):
        demo.append(_on_twin(lambda db: _cost(client, path, chunks=chunks, db=db)))
        scale.append(_cost(client, path, chunks=chunks))
    return demo, scale


def _streamed_pair(client, path: str) -> tuple[Timing, Timing]:
    """A streamed export at both sizes, turn about as every other page: its first
    records, then the whole file; the SQL counts first (they also warm both sides)."""
    demo_count = _on_twin(lambda db: _count_streamed(client, path, db))
    scale_count = _count_streamed(client, path)
    demo_first, scale_first = _turn_about(client, path, STREAM_FIRST_CHUNKS)
    demo_whole, scale_whole = _turn_about(client, path)
    return (
        _streamed_timing(demo_count, demo_first, demo_whole),
        _streamed_timing(scale_count, scale_first, scale_whole),
    )


def _read(response, chunks: int | None) -> int:
    """Read ``chunks`` chunks of a streamed response (all when None), then close it."""
    if response.streaming:
        for count, _chunk in enumerate(response.streaming_content, start=1):
            if chunks is not None and count >= chunks:
                break
        response.close()
    return response.status_code


def _cost(client, path: str, chunks: int | None = None, db=connection) -> tuple[float, float]:
    with CaptureQueriesContext(db) as captured:
        cpu, wall = time.process_time(), time.perf_counter()
        _read(client.get(path), chunks)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    sql = sum(float(query["time"]) for query in captured.captured_queries)
    return (cpu + sql) * 1000, wall * 1000


def measure_pages(client, urls) -> dict:
    return {
        url: (
            _as_deployed(client, url.path)
            if never_stored(url.path)
            else time_get(client, url.path, REPEATS)
        )
        for url in urls
    }


def _on_twin(measure):
    """``measure(db)`` with every query going to the demo-size twin; a query that
    reached the default database instead would make the figure a mix of both sizes."""
    with twin.on_twin() as db, CaptureQueriesContext(connection) as strays:
        result = measure(db)
    if strays.captured_queries:
        sql = " / ".join(query["sql"][:120] for query in strays.captured_queries[:3])
        raise RuntimeError(f"Queries bypassed the twin database: {sql}")
    return result


def _as_deployed(client, path: str, db=connection) -> Timing:
    """A page the page cache never keeps, measured as every visitor gets it: with the
    page store on, so what it keeps for such pages (the search's sections and prepared
    register) is read from there, as in production. The generations are renewed first:
    the demo-size twin and the built database share one store, and neither size may
    read what the other computed. In a block (a warm request, then ``REPEATS``), not
    turn about, for the same reason."""
    from django.test import override_settings

    with override_settings(PAGE_CACHE_ENABLED=True):
        renew_generations([*LANGUAGES, GLOBAL])
        counted = count_queries(client, path, db)
        return _timing(counted, [_cost(client, path, db=db) for _ in range(REPEATS)])


def measure_pairs(client, urls) -> tuple[dict, dict]:
    """Every URL at both sizes, turn about: the demo-size twin, then the built
    database, ``REPEATS`` times, so a change of the machine's speed meets both. A page
    the page cache never keeps is measured as deployed (:func:`_as_deployed`)."""
    demo, scale = {}, {}
    for url in urls:
        if never_stored(url.path):
            demo[url] = _on_twin(lambda db, url=url: _as_deployed(client, url.path, db))
            scale[url] = _as_deployed(client, url.path)
            continue
        if client.get(url.path).streaming:
            demo[url], scale[url] = _streamed_pair(client, url.path)
            continue
        demo_count = _on_twin(lambda db, url=url: count_queries(client, url.path, db))
        scale_count = count_queries(client, url.path)
        demo_costs, scale_costs = _turn_about(client, url.path)
        demo[url], scale[url] = _timing(demo_count, demo_costs), _timing(scale_count, scale_costs)
    return demo, scale


def admin_paths() -> dict[str, str]:
    news_index = NewsIndexPage.objects.filter(locale__language_code="kk").first()
    return {
        "page explorer (kk news index)": reverse("wagtailadmin_explore", args=[news_index.pk]),
        "translation queue": reverse("governance:translation_queue"),
        # Decided per row from segment progress, read for every row: the queue's worst case.
        "translation queue, filtered to published": reverse("governance:translation_queue")
        + "?state=published",
        "freshness report": reverse("governance:freshness"),
        "disclosure-completeness report": reverse("disclosure_completeness"),
    }


def admin_client(host: str):
    user, _created = get_user_model().objects.get_or_create(
        username=BENCH_ADMIN, defaults={"is_superuser": True, "is_staff": True}
    )
    client = in_process_client(host)
    client.force_login(user)
    return client


@dataclass(frozen=True)
class SearchSpeed:
    """One language's fixed queries, each asked once, turn about with a page view, as
    deployed: the page store on (``make run`` and production have it), which keeps what
    every search reads the same (the sections, the library and directory pages) until
    the language's content changes. A search itself is never stored (``q`` is not a
    listing parameter) and the page view is asked with a parameter that is never stored
    either, so each figure is a full render.

    ``p50``: the search itself (``search.views.search_context``: the form, the ranked
    pages, documents and people, the requested page of results described), the budget's
    figure; ``page_p50``: the whole results page, drawn; ``view_p50``: a section page of
    the same language, requested between the searches, for scale. Costs as in
    :class:`Timing`. ``queries``: the results page's SQL for the first query."""

    p50: float
    page_p50: float
    view_p50: float
    queries: int
    slowest: float
    slowest_query: str


def _search_cost(host: str, language: str, query: str) -> float:
    """The cost of the search behind one results page, without drawing the page; the
    request's site as a deployed request finds it (``portal.sites``), counted."""
    from django.test import RequestFactory
    from django.utils import translation

    from portal.sites import attach_site
    from search.views import search_context

    request = RequestFactory(HTTP_HOST=host).get(f"/{language}/search/", {"q": query})
    with translation.override(language), CaptureQueriesContext(connection) as captured:
        cpu = time.process_time()
        attach_site(request)
        _context, status = search_context(request)
        cpu = time.process_time() - cpu
    if status != 200:
        raise RuntimeError(f"The search for {query!r} answered {status}")
    return (cpu + sum(float(query["time"]) for query in captured.captured_queries)) * 1000


def measure_search(client) -> dict[str, SearchSpeed]:
    """Per language, each fixed query: the search alone, its results page and a page
    view, one after the other (cost as in :class:`Timing`), with the page store on."""
    from django.test import override_settings

    with override_settings(PAGE_CACHE_ENABLED=True):
        return _measure_search(client)


def _measure_search(client) -> dict[str, SearchSpeed]:
    host = client.defaults["HTTP_HOST"]
    views = {url.language: url.path for url in resolve_urls() if url.label == "section page"}
    found = {}
    for language in LANGUAGES:
        asked = [query for query, _ in queries(language)]
        paths = [f"/{language}/search/?{urlencode({'q': query})}" for query in asked]
        first = count_queries(client, paths[0])
        searches, pages, page_views = [], [], []
        for number, (query, path) in enumerate(zip(asked, paths, strict=True)):
            searches.append(_search_cost(host, language, query))
            pages.append(_cost(client, path)[0])
            page_views.append(_cost(client, f"{views[language]}?x={number}")[0])
        slowest = max(range(len(searches)), key=searches.__getitem__)
        found[language] = SearchSpeed(
            p50=statistics.median(searches),
            page_p50=statistics.median(pages),
            view_p50=statistics.median(page_views),
            queries=first.queries,
            slowest=searches[slowest],
            slowest_query=asked[slowest],
        )
    return found


def _mark(ok: bool) -> str:
    return "✓" if ok else "✗ missed"


def render(info: dict, demo: dict, scale: dict, admin: dict, search: dict) -> tuple[str, int]:
    missed = 0
    lines = [
        f"# Bench at {info['Pages per language']} pages × 3 languages",
        "",
        "Written by `make bench-scale` (`bench/scale.py`); regenerate rather than edit.",
        "",
        *(f"- {name}: {value}" for name, value in info.items()),
        "",
        "## Page types: uncached render, demo size against the built size",
        "",
        f"In-process, no page cache, worker warm; the SQL count as `make bench` takes it. "
        f"`ms` is a request's cost, median of {REPEATS}: the CPU time of the Python process "
        "plus the time its SQL took, so that waiting for a CPU on a shared machine does "
        "not count; `wall` is the median wall time, for reference. Budgets: at most "
        f"{QUERY_BUDGET} queries and a cost at most {RATIO_BUDGET} × the demo-size cost. "
        "A streamed open-data export is a whole file that grows with the site: its `ms` "
        "and `wall` are taken to its first records (the description and the first batch "
        "of records, what a client waits for before it can start), its SQL is that of the "
        "whole file, and the cost of the whole file is given beside it for reference; "
        "visitors after the first get it from the page cache. The search results page "
        "is never kept by the page cache (every visitor's search renders it), so it is "
        "measured as deployed, with the page store on (which keeps the sections and the "
        "prepared register every search reads until content changes), the demo size "
        "and the built size each in a block of their own.",
        "",
        "| page | locale | demo ms | demo SQL | scale ms | scale SQL | ratio | budget "
        "| demo wall | scale wall |",
        "|---|---|--:|--:|--:|--:|--:|:-:|--:|--:|",
    ]
    for url, before in demo.items():
        after = scale[url]
        ratio = after.ms / before.ms if before.ms else 0.0
        ok = after.status == 200 and after.queries <= QUERY_BUDGET and ratio <= RATIO_BUDGET
        missed += not ok
        status = "" if after.status == 200 else f" (answered {after.status})"
        if after.full_ms is not None:
            status += (
                f" (first records; whole file {before.full_ms or 0:.0f} → {after.full_ms:.0f} ms)"
            )
        lines.append(
            f"| {url.label}{status} | {url.language} | {before.ms:.0f} | {before.queries} "
            f"| {after.ms:.0f} | {after.queries} | {ratio:.2f} | {_mark(ok)} "
            f"| {before.wall_ms:.0f} | {after.wall_ms:.0f} |"
        )
    lines += [
        "",
        f"## Admin screens at the built size (budget {ADMIN_BUDGET_MS} ms)",
        "",
        f"Signed in as a superuser, median of {ADMIN_REPEATS} requests.",
        "",
        "| screen | wall ms | cost ms | SQL | budget |",
        "|---|--:|--:|--:|:-:|",
    ]
    for name, timing in admin.items():
        ok = timing.status == 200 and timing.ms <= ADMIN_BUDGET_MS
        missed += not ok
        status = "" if timing.status == 200 else f" (answered {timing.status})"
        lines.append(
            f"| {name}{status} | {timing.wall_ms:.0f} | {timing.ms:.0f} | {timing.queries} "
            f"| {_mark(ok)} |"
        )
    lines += [
        "",
        f"## Search at the built size (p50 budget {SEARCH_BUDGET_MS} ms)",
        "",
        "The fixed query sets of `search/quality.py` (inflected forms), in-process, each "
        "query once, as deployed: the page store on, which keeps the sections and the "
        "library and directory pages every search reads until the language's content "
        "changes; results are never stored, and the page view is asked with a parameter "
        "that is never stored, so every figure is a full render. `search`: what the search "
        "itself costs (`search.views.search_context`: "
        "the ranked pages, documents and people, the requested ten results described), the "
        "figure the budget is on; `results page`: the same search as a visitor gets it, "
        "the page drawn around it (header, menus, footer); `section page`: a page view of "
        "the same language requested between the searches, for scale. SQL: the results "
        "page's, for the first query (budget 12). The slowest query of each set is shown "
        "beside it.",
        "",
    ]
    table = search_lines(search)
    missed += sum("missed" in line for line in table[2:])
    lines += table
    verdict = f"**{missed} budget(s) missed**" if missed else "**Every budget met.**"
    lines[4:4] = [verdict, ""]
    return "\n".join(lines) + "\n", missed


def search_lines(search: dict[str, SearchSpeed]) -> list[str]:
    lines = [
        "| language | queries | search p50 ms | budget | results page p50 ms | SQL "
        "| section page p50 ms | slowest query | its search ms |",
        "|---|--:|--:|:-:|--:|--:|--:|---|--:|",
    ]
    for language, speed in search.items():
        ok = speed.p50 <= SEARCH_BUDGET_MS and speed.queries <= QUERY_BUDGET
        lines.append(
            f"| {language} | {len(queries(language))} | {speed.p50:.0f} | {_mark(ok)} "
            f"| {speed.page_p50:.0f} | {speed.queries} | {speed.view_p50:.0f} "
            f"| {speed.slowest_query} | {speed.slowest:.0f} |"
        )
    return lines


def run_scale_search(root: Path) -> int:
    """After a run with ``SCALE_INDEXED``: index the rest of the built pages, measure
    search again and append the result to ``bench/SCALE.md`` as a section of its own."""
    from django.conf import settings

    if not volume_present():
        print("No scale volume in this database: run make bench-scale first.")
        return 2
    started = time.perf_counter()
    added = index_the_rest()
    seconds = time.perf_counter() - started
    client = in_process_client(pick_host(settings.ALLOWED_HOSTS))
    search = measure_search(client)
    lines = [
        "",
        "## Search with every built page indexed (`bench/run.py --scale-search`)",
        "",
        f"Run after the report above: indexed the {added} built pages it had left out in "
        f"{seconds:.0f} s, then measured as above. Load average: {_load()}; "
        f"{datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}.",
        "",
        *search_lines(search),
    ]
    path = root / "bench" / "SCALE.md"
    with path.open("a", encoding="utf-8") as report:
        report.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    missed = any("missed" in line for line in search_lines(search)[2:])
    return 1 if missed else 0


def run_search_speed() -> int:
    """``bench/run.py --search-speed``: the search table of an already-built database
    (a clone of a ``make bench-scale`` one), printed, nothing built or written; for
    measuring a change to search before and after without building the volume again."""
    from django.conf import settings

    client = in_process_client(pick_host(settings.ALLOWED_HOSTS))
    search = measure_search(client)
    lines = [
        f"Search results page, {Page.objects.live().filter(depth__gt=1).count()} live pages; "
        f"load average {_load()}; {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}.",
        "",
        *search_lines(search),
    ]
    print("\n".join(lines))
    return 1 if any("missed" in line for line in lines[2:]) else 0


def run_scale_pages(labels: list[str]) -> int:
    """``bench/run.py --scale-pages-only [LABEL…]``: the page table alone, on a database
    that already holds the volume (a clone of a built one), no build and no report file:
    how a change to one page type's queries is checked at scale. ``LABEL`` keeps the
    targets whose label contains it."""
    from django.conf import settings

    client = in_process_client(pick_host(settings.ALLOWED_HOSTS))
    urls = [
        url
        for url in resolve_urls()
        if url.path and not url.is_floor and (not labels or any(n in url.label for n in labels))
    ]
    print(f"Load average: {_load()}; {Page.objects.live().filter(depth__gt=1).count()} live pages")
    print("| page | locale | ms | SQL | wall | budget |")
    print("|---|---|--:|--:|--:|:-:|")
    over = 0
    for url, timing in measure_pages(client, urls).items():
        ok = timing.status == 200 and timing.queries <= QUERY_BUDGET
        over += not ok
        print(
            f"| {url.label} | {url.language} | {timing.ms:.0f} | {timing.queries} "
            f"| {timing.wall_ms:.0f} | {_mark(ok)} |",
            flush=True,
        )
    return 1 if over else 0


def run_scale(root: Path) -> int:
    from django.conf import settings

    if volume_present():
        print("This database already holds the scale volume: run on a fresh database.")
        return 2
    host = pick_host(settings.ALLOWED_HOSTS)
    client = in_process_client(host)
    urls = [url for url in resolve_urls() if url.path and not url.is_floor]
    demo_pages = Page.objects.live().filter(depth__gt=1).count()
    load_demo = _load()
    speed_before = _machine_speed()
    paired = twin.make()
    if not paired:
        demo = measure_pages(client, urls)
    started = time.perf_counter()
    load_build = _load()
    size = int(os.environ.get("SCALE_PAGES", "10000"))
    limit = os.environ.get("SCALE_INDEXED")
    pages, entries, indexed = build_volume(
        split(size), register=size // 10, index_limit=int(limit) if limit else None
    )
    build_seconds = time.perf_counter() - started
    load_scale = _load()
    try:
        if paired:
            demo, scale = measure_pairs(client, urls)
        else:
            scale = measure_pages(client, urls)
    finally:
        twin.drop()
    admin_http = admin_client(host)
    admin = {
        name: time_get(admin_http, path, ADMIN_REPEATS) for name, path in admin_paths().items()
    }
    search = measure_search(client)
    speed_after = _machine_speed()
    info = {
        "Pages per language": f"{size:,}",
        "Date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "Software": f"Python {platform.python_version()}, Django {django.get_version()}, "
        f"Wagtail {wagtail.__version__}",
        "Database": database_description(),
        "Machine": f"{os.cpu_count()} CPUs, shared with other work; load average before "
        f"the build {load_demo}, at the build {load_build}, at the measurement {load_scale}; "
        f"a fixed Python loop (5 million additions) took {speed_before:.0f} ms of CPU before "
        f"and {speed_after:.0f} ms after (480 ms at the fastest seen on this machine)",
        "Method": (
            "each page at demo size (a copy of the database taken before the build) and at "
            "the built size, turn about, request by request (bench/twin.py)"
            if paired
            else "demo size measured before the build, the built size after it"
        ),
        "Size": f"{demo_pages} live pages at demo size; built {pages} pages and {entries} "
        f"register entries and indexed {indexed} of those pages for search in "
        f"{build_seconds:.0f} s; "
        f"{Page.objects.live().filter(depth__gt=1).count()} live pages measured at scale",
    }
    report, missed = render(info, demo, scale, admin, search)
    path = root / "bench" / "SCALE.md"
    path.write_text(report, encoding="utf-8")
    print(report)
    print(f"Written to {path}")
    return 1 if missed else 0
