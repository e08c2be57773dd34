"""``bench/REPORT.md``: short enough to read in a review, complete enough to compare runs."""

from dataclasses import dataclass

from bench.front import CACHED_GOAL
from bench.measure import QUERY_BUDGET, Row

HOW_TO_READ = (
    "Each URL is measured twice. First with no response cache: every request renders "
    "its page. Each page is requested "
    "in-process with the worker warm (per-process memos and Wagtail's cached site-root "
    f"paths, as in a long-running worker) and its SQL queries are counted against the "
    f"budget of {QUERY_BUDGET} per page: ✓ within, ✗ over; this count is exact and "
    "repeatable. `after purge` is the same request right after the shared cache was "
    "emptied, shown so nothing hides in the cache. Then gunicorn serves the portal on a "
    "loopback port and each URL is loaded for a fixed time; req/s is what a visitor's "
    "request costs with the cache as it fills, so it includes cache hits. The floor is a "
    "view that does nothing behind the same middleware stack and server, and `÷ floor` is "
    "a page's req/s divided by the floor's in this same run: 1.00 would mean the page costs "
    "no more than the stack itself. Absolute req/s depend on the machine (and the load "
    "generator shares its CPUs with the server); compare ratios and query counts between "
    "runs, not raw req/s. `failed` counts responses under load that were not 200 and "
    "connections that got no response at all (in both runs). Then a second gunicorn serves "
    "the same URLs with the page cache on (portal/page_cache.py; its store emptied first, "
    "filled by the warm-up): `cached req/s` and `cached ÷ floor` are what an anonymous "
    "visitor gets, each divided by the floor measured for a few seconds just before it "
    "(the floor is never stored; the machine's speed moves within a run, and one floor "
    "for the whole run made a slow minute read as slow pages). The goal for a cached page "
    f"is at least {CACHED_GOAL} of the floor."
)


@dataclass(frozen=True)
class RunInfo:
    """The conditions of a run, recorded so two reports can be compared fairly."""

    date: str
    python: str
    django: str
    wagtail: str
    database: str
    cache: str
    gunicorn: str
    workers: int
    cpus: int
    concurrency: int
    live_pages: int
    news_items: int
    warmup_seconds: float
    duration_seconds: float
    load_generator: str


def _header(info: RunInfo) -> list[str]:
    return [
        f"- Date: {info.date}",
        f"- Python {info.python}, Django {info.django}, Wagtail {info.wagtail}",
        f"- Database: {info.database}, {info.live_pages} live pages "
        f"({info.news_items} news items); cache: {info.cache}",
        f"- Server: gunicorn {info.gunicorn}, {info.workers} sync workers on 127.0.0.1, "
        f"{info.cpus} CPUs",
        f"- Load: {info.load_generator}, concurrency {info.concurrency}, "
        f"{info.warmup_seconds:g} s warm-up over all URLs, then {info.duration_seconds:g} s "
        "per URL",
    ]


def _rate(value: float) -> str:
    return f"{value:.0f}" if value >= 100 else f"{value:.1f}"


def _table(rows: list[Row]) -> list[str]:
    floor = next(row for row in rows if row.url.is_floor)
    floor_rate = floor.load.per_second if floor.load else 0.0
    lines = [
        f"| page | locale | path | SQL | ≤ {QUERY_BUDGET} | after purge "
        "| req/s | ÷ floor | cached req/s | cached ÷ floor | failed |",
        "|---|---|---|--:|:-:|--:|--:|--:|--:|--:|--:|",
    ]
    for row in rows:
        queries = str(row.query_count.queries) if row.query_count else "—"
        purged = str(row.query_count.after_purge) if row.query_count else "—"
        if row.url.is_floor or not row.query_count:
            verdict = "—"
        else:
            verdict = "✗" if row.over_budget else "✓"
        rate = _rate(row.load.per_second) if row.load else "—"
        ratio = f"{row.load.per_second / floor_rate:.2f}" if row.load and floor_rate else "—"
        cached = row.cached_load
        cached_rate = _rate(cached.per_second) if cached else "—"
        cached_ratio = (
            f"{cached.per_second / row.cached_floor:.2f}" if cached and row.cached_floor else "—"
        )
        failed = str(
            sum(load.non_200 + load.errors for load in (row.load, cached) if load)
            if row.load or cached
            else "—"
        )
        path = f"`{row.url.path}`" if row.url.path else "(none found)"
        lines.append(
            f"| {row.url.label} | {row.url.language} | {path} | {queries} | {verdict} "
            f"| {purged} | {rate} | {ratio} | {cached_rate} | {cached_ratio} | {failed} |"
        )
    return lines


def _over_budget(rows: list[Row]) -> list[str]:
    over = [row for row in rows if row.over_budget]
    if not over:
        return []
    lines = ["", "## Queries of pages over budget, by table", ""]
    for row in over:
        tables = ", ".join(f"`{table}` {count}" for table, count in row.query_count.by_table)
        lines.append(f"- {row.url.name}: {tables}")
    return lines


def render(info: RunInfo, rows: list[Row], problems: list[str]) -> str:
    """The report's head and results table; ``problems`` are what the rest of the run
    missed (the cached-page goal on each store), so the verdict on top covers them too."""
    failures = [failure for row in rows for failure in row.failures] + problems
    verdict = (
        f"**FAIL**: {len(failures)} problem(s), listed under *Problems*."
        if failures
        else f"**PASS**: every page within {QUERY_BUDGET} queries, every response 200, "
        f"every cached page at least {CACHED_GOAL} × the floor."
    )
    lines = [
        "# Benchmark report",
        "",
        "Written by `make bench` (`bench/run.py`); regenerate rather than edit.",
        "",
        verdict,
        "",
        *_header(info),
        "",
        "## How to read this",
        "",
        HOW_TO_READ,
        "",
        "## Results",
        "",
        *_table(rows),
        *_over_budget(rows),
    ]
    if failures:
        lines += ["", "## Problems", "", *(f"- {failure}" for failure in failures)]
    return "\n".join(lines) + "\n"
