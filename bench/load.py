"""Load generation: keep-alive HTTP from Python threads, or ``wrk`` when it is installed.

Both stop by themselves, after a fixed time or a fixed number of requests, whichever
comes first, so ``make bench`` can never hang on a slow page.
"""

import http.client
import itertools
import math
import os
import re
import shutil
import subprocess
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from bench.server import LOOPBACK

MAX_REQUESTS_PER_RUN = 200_000
REQUEST_TIMEOUT_SECONDS = 10


@dataclass(frozen=True)
class LoadResult:
    """What one load run saw: completed responses, those that were not 200, and
    connections that failed without a response."""

    responses: int
    non_200: int
    errors: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.responses / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class LoadGenerator:
    """How hard to push one server: ``concurrency`` connections sending ``host_header``."""

    port: int
    host_header: str
    concurrency: int

    @property
    def wrk(self) -> str | None:
        return shutil.which("wrk")

    @property
    def name(self) -> str:
        if self.wrk:
            return "wrk"
        return "Python threads (http.client, keep-alive)"

    def run(self, paths: Sequence[str], seconds: float) -> LoadResult:
        """Request ``paths`` in turn for ``seconds``; wrk is used for a single path only."""
        if self.wrk and len(paths) == 1:
            return self._run_wrk(self.wrk, paths[0], seconds)
        return self._run_threads(paths, seconds)

    def _run_threads(self, paths: Sequence[str], seconds: float) -> LoadResult:
        deadline = time.monotonic() + seconds
        cap = MAX_REQUESTS_PER_RUN // self.concurrency
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            results = list(
                pool.map(lambda _: self._client(paths, deadline, cap), range(self.concurrency))
            )
        return LoadResult(
            responses=sum(r.responses for r in results),
            non_200=sum(r.non_200 for r in results),
            errors=sum(r.errors for r in results),
            seconds=time.monotonic() - started,
        )

    def _client(self, paths: Sequence[str], deadline: float, cap: int) -> LoadResult:
        """One connection's loop. http.client reconnects by itself when the server
        closes the connection (gunicorn's sync workers do after every response)."""
        connection = http.client.HTTPConnection(
            LOOPBACK, self.port, timeout=REQUEST_TIMEOUT_SECONDS
        )
        responses = non_200 = errors = 0
        headers = {"Host": self.host_header}
        try:
            for path in itertools.cycle(paths):
                if responses + errors >= cap or time.monotonic() >= deadline:
                    break
                try:
                    connection.request("GET", path, headers=headers)
                    response = connection.getresponse()
                    response.read()
                except (OSError, http.client.HTTPException):
                    errors += 1
                    connection.close()
                    continue
                responses += 1
                non_200 += response.status != 200
        finally:
            connection.close()
        return LoadResult(responses, non_200, errors, seconds=0)

    def _run_wrk(self, wrk: str, path: str, seconds: float) -> LoadResult:
        threads = max(1, min(self.concurrency, os.cpu_count() or 1))
        duration = max(1, round(seconds))
        completed = subprocess.run(  # noqa: S603 - fixed argument list, no shell
            [
                wrk,
                "-t",
                str(threads),
                "-c",
                str(self.concurrency),
                "-d",
                f"{duration}s",
                "-H",
                f"Host: {self.host_header}",
                f"http://{LOOPBACK}:{self.port}{path}",
            ],
            capture_output=True,
            text=True,
            check=True,
            timeout=duration + 30,
        )
        return parse_wrk(completed.stdout, duration)


def parse_wrk(output: str, duration: float) -> LoadResult:
    """Read wrk's summary. wrk counts only non-2xx/3xx as failures, so a redirect is
    caught by the probe request made before each load run, not here."""

    def number(pattern: str) -> float:
        match = re.search(pattern, output)
        return float(match.group(1)) if match else 0.0

    responses = int(number(r"(\d+) requests in"))
    per_second = number(r"Requests/sec:\s*([\d.]+)")
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return LoadResult(
        responses=responses,
        non_200=int(number(r"Non-2xx or 3xx responses: (\d+)")),
        errors=sum(int(n) for n in socket_errors.groups()) if socket_errors else 0,
        seconds=responses / per_second if per_second else duration,
    )


@dataclass(frozen=True)
class Sample:
    """One request of a timed run: when it started (seconds from the run's start), how
    long it took, and its status (None: no response, the connection failed)."""

    started: float
    seconds: float
    status: int | None


def percentile(values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile of ``values`` (0 when there are none)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(share * len(ordered))))
    return ordered[rank - 1]


def run_timed(
    port: int,
    host_header: str,
    concurrency: int,
    paths: Sequence[str],
    seconds: float,
    started: float | None = None,
) -> tuple[list[Sample], float]:
    """``concurrency`` visitors, each requesting ``paths`` in turn (from a different
    starting point) for ``seconds``; every request is recorded against ``started`` (a
    ``time.monotonic()`` value, default now), so errors can be set against the time of
    an outage. Returns the samples and the run's length."""
    started = time.monotonic() if started is None else started
    deadline = started + seconds
    cap = MAX_REQUESTS_PER_RUN // concurrency

    def visitor(number: int) -> list[Sample]:
        samples: list[Sample] = []
        connection = http.client.HTTPConnection(LOOPBACK, port, timeout=REQUEST_TIMEOUT_SECONDS)
        order = list(paths[number % len(paths) :]) + list(paths[: number % len(paths)])
        try:
            for path in itertools.cycle(order):
                now = time.monotonic()
                if len(samples) >= cap or now >= deadline:
                    break
                status = None
                try:
                    connection.request("GET", path, headers={"Host": host_header})
                    response = connection.getresponse()
                    response.read()
                    status = response.status
                except (OSError, http.client.HTTPException):
                    connection.close()
                samples.append(Sample(now - started, time.monotonic() - now, status))
                if status is None:
                    # Nothing listens (yet): do not spin on a refused connection.
                    time.sleep(0.05)
        finally:
            connection.close()
        return samples

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        runs = list(pool.map(visitor, range(concurrency)))
    return [sample for run in runs for sample in run], time.monotonic() - started
