"""Load with outages (issue 16, REL-1, REL-2): many visitors on a mix of pages, search,
feeds and open data, first with nothing going wrong, then with Redis killed mid-run,
then with PostgreSQL restarted mid-run.

The outages happen to servers the bench starts for itself, never to the machine's
shared ones: a redis-server on a free loopback port (``REDIS_URL`` of the portal under
test points at it), and a throwaway PostgreSQL cluster made with ``initdb`` in a
temporary folder (as the ``postgres`` user when the bench runs as root), on a free
port, loaded with the bench's data and restarted with ``pg_ctl restart``. The portal's
gunicorn is never restarted. When the PostgreSQL binaries are missing the run is
reported as not done, with the reason.

What must hold: no error at all without an outage and with Redis gone (the portal
renders instead); with PostgreSQL restarting, errors only while it restarts (a request
that started before it was back plus one second) and none after.
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import connection

from bench.load import REQUEST_TIMEOUT_SECONDS, Sample, percentile, run_timed
from bench.measure import Url
from bench.server import LOOPBACK, free_port, gunicorn, probe_status

PG_BIN = Path(os.environ.get("BENCH_PG_BIN", "/usr/lib/postgresql/15/bin"))
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
#: A request that started this long after the server was back still belongs to the outage.
RECOVERY_GRACE_SECONDS = 1.0
#: Pages and open data come from the bench's targets; feeds are derived from the indexes.
_FEEDS = {"news index": "feed/rss/", "blog index": "feed/atom/", "events index": "ical/"}


@dataclass
class OutageRun:
    """One timed run and, for an outage, when it began and ended (seconds from start)."""

    name: str
    samples: list[Sample] = field(default_factory=list)
    seconds: float = 0.0
    down: float | None = None
    up: float | None = None
    not_done: str = ""
    left_out: list[str] = field(default_factory=list)
    errors_allowed_in_outage: bool = False

    @property
    def errors(self) -> list[Sample]:
        return [sample for sample in self.samples if sample.status != 200]

    @property
    def errors_after_recovery(self) -> list[Sample]:
        if self.up is None:
            return self.errors
        limit = self.up + RECOVERY_GRACE_SECONDS
        return [sample for sample in self.errors if sample.started > limit]

    @property
    def failed(self) -> bool:
        if self.not_done:
            return False
        if self.errors_allowed_in_outage:
            return bool(self.errors_after_recovery) or self.up is None
        return bool(self.errors)


def mix_paths(urls: list[Url]) -> list[str]:
    """Every measured page, search and open-data URL plus the feeds, interleaved."""
    paths = [url.path for url in urls if url.path and not url.is_floor]
    for url in urls:
        suffix = _FEEDS.get(url.label)
        if url.path and suffix:
            paths.append(url.path + suffix)
    return paths


def _timed_with_outage(
    port: int,
    host: str,
    options,
    paths: list[str],
    run: OutageRun,
    outage: Callable[[], None] | None = None,
    recovery: Callable[[], None] | None = None,
) -> None:
    """Load for ``options.load_seconds``; a third of the way in call ``outage`` and,
    when given, two thirds in ``recovery``, noting the times."""
    started = time.monotonic()
    result: dict = {}

    def load():
        result["samples"], result["seconds"] = run_timed(
            port, host, options.load_visitors, paths, options.load_seconds, started=started
        )

    worker = threading.Thread(target=load)
    worker.start()
    try:
        if outage is not None:
            time.sleep(options.load_seconds / 3)
            run.down = time.monotonic() - started
            outage()
            if recovery is not None:
                time.sleep(max(0.0, options.load_seconds * 2 / 3 - (time.monotonic() - started)))
                recovery()
            run.up = time.monotonic() - started
    finally:
        worker.join()
    run.samples, run.seconds = result.get("samples", []), result.get("seconds", 0.0)


def _usable(port: int, host: str, paths: list[str], run: OutageRun) -> list[str]:
    """The paths that answer 200 on this server (a throwaway database may lack some)."""
    usable = []
    for path in paths:
        if probe_status(port, path, host, timeout=60) == 200:
            usable.append(path)
        else:
            run.left_out.append(path)
    return usable


def baseline(root: Path, host: str, options, paths: list[str], floor: str) -> OutageRun:
    run = OutageRun("no outage")
    caches[settings.PAGE_CACHE_ALIAS].clear()
    with _portal(root, host, options, floor, {}) as port:
        _timed_with_outage(port, host, options, _usable(port, host, paths, run), run)
    return run


def redis_killed(root: Path, host: str, options, paths: list[str], floor: str) -> OutageRun:
    run = OutageRun("Redis killed mid-run, started again (empty) two thirds in")
    if not Path(REDIS_SERVER).exists():
        run.not_done = "redis-server is not installed"
        return run
    with redis_server() as redis:
        environment = {"REDIS_URL": redis.url}
        with _portal(root, host, options, floor, environment) as port:
            usable = _usable(port, host, paths, run)
            _timed_with_outage(port, host, options, usable, run, redis.kill, redis.start)
    return run


def postgres_restarted(root: Path, host: str, options, paths: list[str], floor: str) -> OutageRun:
    run = OutageRun("PostgreSQL restarted mid-run (its own throwaway cluster)")
    run.errors_allowed_in_outage = True
    if not (PG_BIN / "initdb").exists():
        run.not_done = f"the PostgreSQL server binaries are not installed ({PG_BIN})"
        return run
    try:
        cluster = _Postgres()
    except (OSError, subprocess.CalledProcessError) as error:
        run.not_done = f"a throwaway PostgreSQL cluster could not be started: {error}"
        return run
    with contextlib.closing(cluster):
        try:
            cluster.load(root)
        except (OSError, subprocess.CalledProcessError) as error:
            run.not_done = f"the bench data could not be loaded into PostgreSQL: {error}"
            return run
        caches[settings.PAGE_CACHE_ALIAS].clear()
        environment = {"DATABASE_URL": cluster.url}
        with _portal(root, host, options, floor, environment) as port:
            usable = _usable(port, host, paths, run)
            _timed_with_outage(port, host, options, usable, run, cluster.restart)
    return run


@contextlib.contextmanager
def _portal(root: Path, host: str, options, floor: str, environment: dict) -> Iterator[int]:
    with gunicorn(
        root,
        workers=options.workers,
        ready_path=floor,
        host_header=host,
        log_path=root / "bench" / "gunicorn-outages.log",
        environment={"PAGE_CACHE": "1", **environment},
    ) as port:
        yield port


class _Redis:
    def __init__(self):
        self.port = free_port()
        self.url = f"redis://{LOOPBACK}:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603 - fixed argument list, no shell
            [REDIS_SERVER, "--port", str(self.port), "--bind", LOOPBACK]
            + ["--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_for_port(self.port)

    def kill(self):
        """SIGKILL: Redis vanishes mid-command, as when its host fails."""
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()


@contextlib.contextmanager
def redis_server() -> Iterator[_Redis]:
    """A Redis of the bench's own on a free loopback port, killed afterwards."""
    redis = _Redis()
    redis.start()
    try:
        yield redis
    finally:
        redis.kill()


class _Postgres:
    """A PostgreSQL cluster of the bench's own in a temporary folder, trust auth on
    loopback only, with one database for the portal."""

    def __init__(self):
        self.port = free_port()
        self.workdir = Path(tempfile.mkdtemp(prefix="portal-bench-pg-"))
        self.data = self.workdir / "data"
        self.url = f"postgres://portal@{LOOPBACK}:{self.port}/portal_bench"
        as_root = os.geteuid() == 0
        self._as = ["runuser", "-u", "postgres", "--"] if as_root else []
        if as_root:
            shutil.chown(self.workdir, "postgres")
        self.log.touch()
        if as_root:
            shutil.chown(self.log, "postgres")
        self._pg("initdb", "-D", str(self.data), "-U", "portal", "--auth=trust", "-E", "UTF8")
        options = f"-p {self.port} -c listen_addresses={LOOPBACK} -k {self.workdir}"
        self._pg("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "start")
        self._pg("createdb", "-h", LOOPBACK, "-p", str(self.port), "-U", "portal", "portal_bench")

    @property
    def log(self) -> Path:
        return self.workdir / "postgres.log"

    def _pg(self, program: str, *arguments: str) -> None:
        """Run a PostgreSQL program; its output goes to the cluster's log, never to a
        pipe (the server that ``pg_ctl`` starts would inherit it and hold it open)."""
        with self.log.open("a") as log:
            subprocess.run(  # noqa: S603 - fixed argument list, no shell
                [*self._as, str(PG_BIN / program), *arguments],
                check=True,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                timeout=600,
            )

    def load(self, root: Path) -> None:
        """The bench's own database into this cluster: a dump of it when it is
        PostgreSQL, otherwise the same steps as ``make prepare`` (migrate, the prescribed
        tree and the demo)."""
        if connection.vendor == "postgresql":
            source = connection.settings_dict
            env = {**os.environ, "PGPASSWORD": source["PASSWORD"] or ""}
            dump = subprocess.Popen(  # noqa: S603 - fixed argument list, no shell
                [str(PG_BIN / "pg_dump"), "--no-owner", "--no-privileges", "-h"]
                + [source["HOST"] or LOOPBACK, "-p", str(source["PORT"] or 5432)]
                + ["-U", source["USER"], source["NAME"]],
                stdout=subprocess.PIPE,
                env=env,
            )
            subprocess.run(  # noqa: S603 - fixed argument list, no shell
                [str(PG_BIN / "psql"), "-q", "-v", "ON_ERROR_STOP=1", self.url],
                stdin=dump.stdout,
                stdout=subprocess.DEVNULL,
                check=True,
                timeout=1800,
            )
            dump.wait(timeout=60)
            return
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings", "DATABASE_URL": self.url}
        manage = [sys.executable, "manage.py"]
        for command in (
            ["migrate", "--noinput", "-v0"],
            ["createcachetable"],
            ["bootstrap_portal"],
            ["load_demo"],
        ):
            subprocess.run(  # noqa: S603 - fixed argument list, no shell
                manage + command,
                cwd=root,
                env=env,
                check=True,
                capture_output=True,
                timeout=3600,
            )

    def restart(self) -> None:
        """``pg_ctl restart -m fast``: every connection is cut, the server is back when
        it returns."""
        self._pg("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-m", "fast", "-w", "restart")

    def close(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._pg("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.workdir, ignore_errors=True)


def _wait_for_port(port: int, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection((LOOPBACK, port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def run_all(root: Path, urls: list[Url], host: str, options) -> list[OutageRun]:
    floor = next(url.path for url in urls if url.is_floor)
    paths = mix_paths(urls)
    runs = []
    for measure in (baseline, redis_killed, postgres_restarted):
        try:
            runs.append(measure(root, host, options, paths, floor))
        except RuntimeError as error:
            # gunicorn did not come up (a machine too loaded to start it in time): say
            # so in the report rather than lose the rest of the bench.
            reason = str(error).splitlines()[0]
            runs.append(OutageRun(measure.__name__.replace("_", " "), not_done=reason))
    return runs


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}"


def _when(run: OutageRun) -> str:
    errors = run.errors
    if not errors:
        return "—"
    if run.down is None:
        return f"{errors[0].started:.1f}–{errors[-1].started:.1f} s into the run"
    first = min(sample.started for sample in errors) - run.down
    last = max(sample.started for sample in errors) - run.down
    return f"{first:+.1f} s to {last:+.1f} s from the outage's start"


def report_lines(runs: list[OutageRun], options) -> list[str]:
    """The REPORT.md section: one row per run and what each must show."""
    lines = [
        "",
        "## Load with outages",
        "",
        f"{options.load_visitors} visitors (threads with keep-alive connections) for "
        f"{options.load_seconds:g} s per run, each cycling through every measured page, "
        "search, feed and open-data URL; page cache on (a fresh gunicorn each run, never "
        "restarted during it). An error is a response other than 200 or no response. "
        "Outages start a third of the way in; Redis (the bench's own, `REDIS_URL`) is "
        "killed with SIGKILL and started again, empty, two thirds in; PostgreSQL (the "
        "bench's own throwaway cluster) is restarted with `pg_ctl restart -m fast`. "
        "Times are from the outage's start; `up` is when the server was back. Latencies "
        "include the error responses.",
        "",
        "| run | requests | errors | of which no answer in "
        f"{REQUEST_TIMEOUT_SECONDS} s or refused | 5xx | when | after recovery | p50 ms "
        "| p95 ms | p99 ms | req/s | verdict |",
        "|---|--:|--:|--:|--:|---|--:|--:|--:|--:|--:|:-:|",
    ]
    for run in runs:
        if run.not_done:
            dashes = " | ".join("—" * 10)
            lines.append(f"| {run.name} | {dashes} | not done: {run.not_done} |")
            continue
        times = [sample.seconds for sample in run.samples]
        answered = sum(sample.status is not None for sample in run.samples)
        rate = answered / run.seconds if run.seconds else 0.0
        after = len(run.errors_after_recovery) if run.up is not None else "—"
        window = (
            f" (down {run.down:.1f} s, up {run.up:.1f} s into the run)"
            if run.down is not None and run.up is not None
            else ""
        )
        lines.append(
            f"| {run.name}{window} | {len(run.samples)} | {len(run.errors)} "
            f"| {sum(e.status is None for e in run.errors)} "
            f"| {sum((e.status or 0) >= 500 for e in run.errors)} | {_when(run)} "
            f"| {after} | {_ms(percentile(times, 0.5))} | {_ms(percentile(times, 0.95))} "
            f"| {_ms(percentile(times, 0.99))} | {rate:.1f} | {'✗' if run.failed else '✓'} |"
        )
    for run in runs:
        if run.left_out:
            lines.append("")
            lines.append(
                f"Left out of “{run.name}” (not 200 on that server before the run): "
                + ", ".join(f"`{path}`" for path in run.left_out)
            )
    lines += [
        "",
        "Verdicts: no outage and Redis killed: ✓ only with 0 errors; PostgreSQL restarted: "
        f"✓ when no error started later than {RECOVERY_GRACE_SECONDS:g} s after it was back.",
        "",
    ]
    return lines
