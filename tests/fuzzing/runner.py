"""Sends the fuzz test's requests as an anonymous visitor and judges each answer: never
a 5xx, and a request that was refused (4xx) changed no row anywhere."""

import re
import traceback
from dataclasses import dataclass, field
from itertools import count

from django.test import Client
from django.test.client import RedirectCycleError

from .rows import RowCounter

SAFE_METHODS = ("GET", "HEAD")


def finish(response) -> None:
    """Read a streamed answer to its end, as a server would: the test client then closes
    it without closing the test's database connection (``response.close()`` would)."""
    if response.streaming:
        for _chunk in response.streaming_content:
            pass


@dataclass
class Known:
    """A 5xx that another branch fixes; matched narrowly by method and URL."""

    reason: str
    methods: tuple[str, ...]
    url: re.Pattern

    def covers(self, method: str, path: str) -> bool:
        return method in self.methods and bool(self.url.search(path))


@dataclass
class Runner:
    known_elsewhere: list[Known] = field(default_factory=list)

    def __post_init__(self):
        self.client = Client(raise_request_exception=False)
        self.csrf_client = Client(enforce_csrf_checks=True, raise_request_exception=False)
        self.rows = RowCounter()
        self._last = self.rows.snapshot()
        self._addresses = count(1)
        self.sent = 0
        self.statuses: dict[int, int] = {}
        self.failures: list[str] = []
        self.known: list[str] = []

    def _address(self) -> str:
        """A different visitor address each time, so per-address rate limits answer
        only when the test means them to."""
        number = next(self._addresses)
        return f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"

    def send(self, method: str, path: str, body=b"", content_type=None, *, csrf=False, **extra):
        client = self.csrf_client if csrf else self.client
        extra.setdefault("REMOTE_ADDR", self._address())
        try:
            if method in SAFE_METHODS:
                send = client.get if method == "GET" else client.head
                response = send(path, follow=True, **extra)
            else:
                response = client.generic(
                    method,
                    path,
                    body,
                    content_type=content_type or "application/octet-stream",
                    **extra,
                )
        except RedirectCycleError as error:
            self._fail(method, path, f"redirect loop: {error}")
            return None
        self.sent += 1
        self._judge(method, path, response)
        finish(response)
        return response

    def _judge(self, method, path, response):
        status = response.status_code
        self.statuses[status] = self.statuses.get(status, 0) + 1
        after = self.rows.snapshot()
        changes = RowCounter.changes(self._last, after)
        self._last = after
        if status >= 500:
            self._fail(method, path, f"{status}{self._exception(response)}")
        elif status >= 400 and changes:
            self._fail(method, path, f"{status} but wrote rows {changes}")

    def _fail(self, method, path, what):
        line = f"{method} {path if len(path) <= 240 else path[:200] + '…'} → {what}"
        if any(known.covers(method, path) for known in self.known_elsewhere):
            self.known.append(line)
        else:
            self.failures.append(line)

    @staticmethod
    def _exception(response) -> str:
        if not getattr(response, "exc_info", None):
            return ""
        _type, error, trace = response.exc_info
        frame = traceback.extract_tb(trace)[-1]
        return f" {type(error).__name__}: {str(error)[:160]} at {frame.filename}:{frame.lineno}"
