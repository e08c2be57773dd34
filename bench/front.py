"""The page cache on Redis and behind the front cache, in ``make bench`` (T4).

The results table gives each page's cached req/s with the embedded default's page
store (files under ``var/``). Here the same pages are served twice more: by gunicorn
with the page store on a Redis of the bench's own (``REDIS_URL``, as a deployment with
several application hosts has it), and through a throwaway ``varnishd`` running the
shipped VCL (``deploy/varnish/portal.vcl``) in front of gunicorn. Every figure is a
ratio to the Django floor (the trivial view straight from gunicorn) measured just
before that page (``loads_beside_floor``: the machine's speed moves within a run, and
a floor taken once made a slow minute read as a slow page), and the Varnish run gives
its hit rate from Varnish's own counters.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from pathlib import Path

from bench.load import LoadGenerator, LoadResult
from bench.measure import Url, never_stored
from bench.outages import redis_server
from bench.server import gunicorn

#: The goal for a page served from the page cache, as a share of the floor.
CACHED_GOAL = 0.8


@dataclass
class FrontRun:
    """One way of serving the cached pages, measured page by page."""

    name: str
    pages: dict[Url, LoadResult] = field(default_factory=dict)
    floors: dict[Url, float] = field(default_factory=dict)  # req/s just before each page
    hit_rate: float | None = None
    goal: bool = True  # whether the 0.8 × floor goal applies (Django's page cache)

    @property
    def floor(self) -> float:
        """The floor's median over the run, for the report."""
        return statistics.median(self.floors.values()) if self.floors else 0.0

    def ratios(self) -> dict[Url, float]:
        return {
            url: load.per_second / self.floors[url]
            for url, load in self.pages.items()
            if self.floors.get(url)
        }

    @property
    def failed(self) -> int:
        return sum(load.non_200 + load.errors for load in self.pages.values())

    def lowest(self) -> tuple[Url, float]:
        """The page served slowest against the floor, and its ratio."""
        ratios = self.ratios()
        url = min(ratios, key=ratios.get)
        return url, ratios[url]

    def problems(self) -> list[str]:
        """What this run missed, in words for the report's verdict: failed responses,
        and a page under the goal where the goal applies."""
        problems = []
        if self.failed:
            problems.append(f"{self.name}: {self.failed} responses not 200 or not answered")
        url, ratio = self.lowest()
        if self.goal and ratio < CACHED_GOAL:
            problems.append(
                f"{self.name}: {url.label} ({url.language}) at {ratio:.2f} × the floor, "
                f"goal {CACHED_GOAL}"
            )
        return problems

    @property
    def met(self) -> bool:
        return not self.problems()


def loads_beside_floor(
    generator: LoadGenerator, floor_generator: LoadGenerator, urls: list[Url], options
) -> tuple[dict[Url, LoadResult], dict[Url, float]]:
    """Each URL's load for ``options.duration``, each right after the floor's for
    ``options.floor_seconds``, and that floor's req/s: a page and the floor it is
    divided by are measured in the same few seconds."""
    floor = next(url for url in urls if url.is_floor)
    loads, floors = {}, {}
    for url in urls:
        if url.is_floor or not url.path:
            continue
        floors[url] = floor_generator.run([floor.path], options.floor_seconds).per_second
        loads[url] = generator.run([url.path], options.duration)
    return loads, floors


def _measure(run: FrontRun, generator: LoadGenerator, floor_generator, urls, options) -> None:
    generator.run([url.path for url in urls], options.warmup)
    stored = [url for url in urls if url.is_floor or not never_stored(url.path)]
    run.pages, run.floors = loads_beside_floor(generator, floor_generator, stored, options)


def _server(root: Path, host: str, options, floor: Url, environment: dict):
    return gunicorn(
        root,
        workers=options.workers,
        ready_path=floor.path,
        host_header=host,
        log_path=root / "bench" / "gunicorn-front.log",
        environment={"PAGE_CACHE": "1", **environment},
    )


def on_redis(root: Path, urls: list[Url], host: str, options) -> FrontRun:
    """Gunicorn with the page store on a fresh Redis, which the warm-up fills."""
    run = FrontRun("Django's page cache on Redis (`REDIS_URL`)")
    floor = next(url for url in urls if url.is_floor)
    with (
        redis_server() as redis,
        _server(root, host, options, floor, {"REDIS_URL": redis.url}) as port,
    ):
        generator = LoadGenerator(port, host, options.concurrency)
        _measure(run, generator, generator, urls, options)
    return run


def through_varnish(root: Path, urls: list[Url], host: str, options) -> FrontRun | None:
    """Varnish with the shipped VCL in front of gunicorn (page cache on, file store);
    None where ``varnishd`` is not installed."""
    from tests.live import varnish_available, varnish_server

    if not varnish_available():
        return None
    run = FrontRun("Varnish in front of gunicorn (deploy/varnish/portal.vcl)", goal=False)
    floor = next(url for url in urls if url.is_floor)
    counters = ("MAIN.cache_hit", "MAIN.cache_miss")
    with (
        _server(root, host, options, floor, {}) as port,
        varnish_server(f"http://127.0.0.1:{port}") as varnish,
    ):
        before = varnish.counters(*counters)
        _measure(
            run,
            LoadGenerator(varnish.port, host, options.concurrency),
            LoadGenerator(port, host, options.concurrency),
            urls,
            options,
        )
        after = varnish.counters(*counters)
    hits, misses = (after[name] - before[name] for name in counters)
    run.hit_rate = hits / (hits + misses) if hits + misses else 0.0
    return run


def from_results(rows) -> FrontRun:
    """The embedded default's figures, from the results table's cached run."""
    run = FrontRun("Django's page cache, embedded default (files under var/)")
    kept = [
        row
        for row in rows
        if row.cached_load and row.cached_floor and not never_stored(row.url.path)
    ]
    run.pages = {row.url: row.cached_load for row in kept}
    run.floors = {row.url: row.cached_floor for row in kept}
    return run


def report_lines(runs: list[FrontRun]) -> list[str]:
    lines = [
        "",
        "## The page cache on each store, and behind Varnish",
        "",
        "Every page the page cache keeps (the search results are never kept), each loaded "
        "for the same time as above after a warm-up over all of them; `÷ floor` against "
        "the Django floor (the trivial view straight from gunicorn) measured just before "
        "each page (`floor req/s` is its median). The "
        f"goal for Django's page cache: every page at least {CACHED_GOAL} × the floor. "
        "Varnish answers stored pages itself, so its figures may pass the Django floor; "
        "its hit rate is from its own counters (`MAIN.cache_hit`, `MAIN.cache_miss`) over "
        "the measured period.",
        "",
        "| served by | pages | floor req/s | median req/s | median ÷ floor | lowest ÷ floor "
        "| lowest page | hit rate | failed | goal |",
        "|---|--:|--:|--:|--:|--:|---|--:|--:|:-:|",
    ]
    for run in runs:
        ratios = run.ratios()
        lowest, lowest_ratio = run.lowest()
        hit_rate = "—" if run.hit_rate is None else f"{run.hit_rate:.1%}"
        goal = ("✓" if run.met else "✗ missed") if run.goal else "—"
        lines.append(
            f"| {run.name} | {len(ratios)} | {run.floor:.0f} "
            f"| {statistics.median(load.per_second for load in run.pages.values()):.0f} "
            f"| {statistics.median(ratios.values()):.2f} | {lowest_ratio:.2f} "
            f"| {lowest.label} ({lowest.language}) | {hit_rate} | {run.failed} | {goal} |"
        )
    return lines
