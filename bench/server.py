"""gunicorn serving the portal on a free loopback port for the length of a ``with`` block."""

import contextlib
import http.client
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

# Never any other address: the bench must not expose the demo site to the network.
LOOPBACK = "127.0.0.1"
# Generous: on a shared, loaded machine two workers importing Wagtail can take a minute.
START_TIMEOUT_SECONDS = 90
STOP_TIMEOUT_SECONDS = 10


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


def probe_status(port: int, path: str, host_header: str, timeout: float = 10) -> int | None:
    """The status of one GET on a fresh connection, None when nothing answered."""
    connection = http.client.HTTPConnection(LOOPBACK, port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": host_header})
        response = connection.getresponse()
        response.read()
        return response.status
    except (OSError, http.client.HTTPException):
        return None
    finally:
        connection.close()


def _wait_until_ready(
    process: subprocess.Popen, port: int, path: str, host_header: str, log_path: Path
) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while True:
        if probe_status(port, path, host_header, timeout=2) == 200:
            return
        if process.poll() is not None or time.monotonic() > deadline:
            log_tail = log_path.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"gunicorn did not start (log {log_path}):\n{log_tail}")
        time.sleep(0.3)


@contextlib.contextmanager
def gunicorn(
    root: Path,
    *,
    workers: int,
    ready_path: str,
    host_header: str,
    log_path: Path,
    environment: dict[str, str] | None = None,
) -> Iterator[int]:
    """Yield the port of a gunicorn serving ``bench.settings``; stop it however the block ends.

    The flags are those of ``make serve`` (sync workers, request limits) without the access
    log, so the numbers are the ones a visitor of the one-machine deployment would get. No
    control socket: its default path is per user, shared with any ``make run`` going on.
    """
    port = free_port()
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        "portal.wsgi",
        "--bind",
        f"{LOOPBACK}:{port}",
        "--workers",
        str(workers),
        "--limit-request-line",
        "8190",
        "--limit-request-fields",
        "100",
        "--no-control-socket",
    ]
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings", **(environment or {})}
    with log_path.open("w") as log:
        process = subprocess.Popen(  # noqa: S603 - fixed argument list, no shell
            command, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            _wait_until_ready(process, port, ready_path, host_header, log_path)
            yield port
        finally:
            process.terminate()
            try:
                process.wait(timeout=STOP_TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
