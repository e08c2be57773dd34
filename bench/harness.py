"""One bench run: SQL counted in-process, req/s through gunicorn, then the report."""

import argparse
import os
import platform
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

import django
from django.conf import settings
from django.core.cache import caches
from django.db import connection

import wagtail
from wagtail.models import Page

from bench.front import from_results, loads_beside_floor, on_redis, through_varnish
from bench.front import report_lines as front_lines
from bench.load import LoadGenerator, LoadResult
from bench.measure import Row, Url, count_queries, in_process_client, pick_host, resolve_urls
from bench.news_volume import news_volume
from bench.outages import report_lines, run_all
from bench.people_volume import people_volume
from bench.report import RunInfo, render
from bench.search_quality import search_quality_lines
from bench.server import gunicorn, probe_status


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Measure the portal against a trivial view.")
    parser.add_argument("--duration", type=float, default=5, help="seconds of load per URL")
    parser.add_argument("--warmup", type=float, default=2, help="seconds of warm-up in all")
    parser.add_argument("--concurrency", type=int, default=4, help="simultaneous connections")
    parser.add_argument(
        "--floor-seconds",
        type=float,
        default=2,
        help="seconds of floor load before each cached page (its ratio's divisor)",
    )
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="gunicorn workers")
    parser.add_argument("--load-seconds", type=float, default=60, help="seconds per outage run")
    parser.add_argument("--load-visitors", type=int, default=50, help="visitors in outage runs")
    parser.add_argument(
        "--load-only", action="store_true", help="only the load with outages, printed"
    )
    parser.add_argument(
        "--front-only", action="store_true", help="only the page cache on Redis and Varnish"
    )
    return parser.parse_args(argv)


def database_description() -> str:
    db_version = ".".join(str(part) for part in connection.get_database_version())
    return f"{connection.display_name} {db_version} (`{connection.settings_dict['ENGINE']}`)"


def run_info(options: argparse.Namespace, load_generator: str, news_items: int) -> RunInfo:
    return RunInfo(
        date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        python=platform.python_version(),
        django=django.get_version(),
        wagtail=wagtail.__version__,
        database=database_description(),
        cache=settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
        gunicorn=version("gunicorn"),
        workers=options.workers,
        cpus=os.cpu_count() or 1,
        live_pages=Page.objects.live().filter(depth__gt=1).count(),
        news_items=news_items,
        concurrency=options.concurrency,
        warmup_seconds=options.warmup,
        duration_seconds=options.duration,
        load_generator=load_generator,
    )


def measure_load(
    root: Path, urls: list[Url], host: str, options: argparse.Namespace, *, page_cache: bool
) -> tuple[dict[Url, tuple[int | None, LoadResult, float | None]], str]:
    """Each URL's probe status, load result and the floor it is divided by, through one
    gunicorn, and the generator used. Rendered pages run at a few hundredths of the
    floor, measured once; with ``page_cache`` the server stores anonymous pages in a
    store emptied first, which the warm-up fills, and each page comes right after a
    floor of its own (``loads_beside_floor``), as its goal is a share of the floor."""
    measurable = [url for url in urls if url.path]
    floor = next(url for url in urls if url.is_floor)
    if page_cache:
        caches[settings.PAGE_CACHE_ALIAS].clear()
    with gunicorn(
        root,
        workers=options.workers,
        ready_path=floor.path,
        host_header=host,
        log_path=root / "bench" / "gunicorn.log",
        environment={"PAGE_CACHE": "1" if page_cache else "0"},
    ) as port:
        generator = LoadGenerator(port, host, options.concurrency)
        generator.run([url.path for url in measurable], options.warmup)
        if page_cache:
            loads, floors = loads_beside_floor(generator, generator, urls, options)
            loads[floor] = generator.run([floor.path], options.duration)
        else:
            loads = {url: generator.run([url.path], options.duration) for url in measurable}
            floors = {}
        results = {
            url: (probe_status(port, url.path, host), loads[url], floors.get(url))
            for url in measurable
        }
    return results, generator.name


def run(root: Path, argv: list[str] | None = None) -> int:
    """Measure, write ``bench/REPORT.md``, and return 1 if any row fails, else 0."""
    options = parse_args(argv)
    host = pick_host(settings.ALLOWED_HOSTS)
    with news_volume() as news_items, people_volume():
        urls = resolve_urls()
        if options.load_only:
            outages = run_all(root, urls, host, options)
            print("\n".join(report_lines(outages, options)))
            return 1 if any(outage.failed for outage in outages) else 0
        if options.front_only:
            front = _front_runs(root, urls, host, options)
            print("\n".join(front_lines(front)))
            return 1 if any(run.failed for run in front) else 0
        client = in_process_client(host)
        query_counts = {url: count_queries(client, url.path) for url in urls if url.path}
        loads, load_generator = measure_load(root, urls, host, options, page_cache=False)
        cached, _generator = measure_load(root, urls, host, options, page_cache=True)
        front = _front_runs(root, urls, host, options)
        info = run_info(options, load_generator, news_items)
        search_lines = search_quality_lines(client)
        outages = run_all(root, urls, host, options)
    nothing = (None, None, None)  # a URL with no page of its kind was not loaded
    rows = [
        Row(
            url,
            query_counts.get(url),
            *loads.get(url, nothing)[:2],
            cached_load=cached.get(url, nothing)[1],
            cached_floor=cached.get(url, nothing)[2],
        )
        for url in urls
    ]
    front = [from_results(rows), *front]
    problems = [problem for run in front for problem in run.problems()]
    outage_lines = report_lines(outages, options)
    report = (
        render(info, rows, problems)
        + "\n".join(front_lines(front) + search_lines + outage_lines)
        + "\n"
    )
    report_path = root / "bench" / "REPORT.md"
    report_path.write_text(report, encoding="utf-8")
    print(report)
    print(f"Written to {report_path}")
    failed = any(row.failures for row in rows) or problems
    return 1 if failed or any(o.failed for o in outages) else 0


def _front_runs(root: Path, urls: list[Url], host: str, options) -> list:
    """The cached pages served from Redis, then through Varnish where it is installed."""
    runs = [on_redis(root, urls, host, options), through_varnish(root, urls, host, options)]
    return [run for run in runs if run is not None]
