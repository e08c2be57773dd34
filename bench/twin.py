"""A demo-size twin of the bench-scale database, so both sizes are measured turn about.

``make bench-scale`` compares each page's cost at 10,000 pages with its cost at demo
size. Measured one size after the other, minutes apart, on a machine shared with other
virtual machines, the two columns drifted by up to ±50 % with no change to the code (a
section page at 0.56 ×, an external link page at 1.48 × in the same run). So before the
volume is built the database is copied (PostgreSQL's ``CREATE DATABASE … TEMPLATE``),
and every request for the demo size goes to the copy while the one for the full size
goes to the original, one after the other: the drift is the same for both.

The copy is a second database alias; a router sends every ORM query there while
:func:`on_twin` is active. Code that used the default connection directly would not
follow it, so each request on the twin is checked to have made no query on the default
database (:func:`twin_cost` raises otherwise). Only on PostgreSQL; elsewhere the sizes
are measured one after the other as before.
"""

import contextvars
from contextlib import contextmanager

from django.conf import settings
from django.db import connection, connections, router

__all__ = ["ALIAS", "drop", "make", "on_twin"]

ALIAS = "demo_twin"
_active: contextvars.ContextVar[str | None] = contextvars.ContextVar("bench_twin", default=None)


class _TwinRouter:
    """Every model to the twin while one is active; no opinion otherwise."""

    def db_for_read(self, model, **hints):
        return _active.get()

    db_for_write = db_for_read

    def allow_relation(self, first, second, **hints):
        # The twin is a copy: an object read from either database relates to the other's
        # (Wagtail keeps some, such as images, in process-wide caches).
        return True


def _twin_name() -> str:
    return f"{settings.DATABASES['default']['NAME']}_demo"


def _admin_statement(sql: str) -> None:
    """Run ``sql`` outside any transaction, on the server's maintenance database (a
    database cannot be copied while anyone is connected to it)."""
    connections.close_all()
    with connection._nodb_cursor() as cursor:
        cursor.execute(sql)


def make() -> bool:
    """Copy the default database as the twin and route to it on demand; False (nothing
    done) where the database is not PostgreSQL."""
    if connection.vendor != "postgresql":
        return False
    quote = connection.ops.quote_name
    source, twin = settings.DATABASES["default"]["NAME"], _twin_name()
    # Planner statistics first, copied with the data: the built size is analysed after
    # the build, and a running server's autovacuum keeps them; a demo-size copy without
    # them plans its small tables blind (a page query 9 ms instead of 0.7).
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    _admin_statement(f"DROP DATABASE IF EXISTS {quote(twin)}")
    _admin_statement(f"CREATE DATABASE {quote(twin)} TEMPLATE {quote(source)}")
    connections.settings[ALIAS] = {**connections.settings["default"], "NAME": twin}
    router.routers.insert(0, _TwinRouter())
    return True


def drop() -> None:
    """Remove the twin (the report is written)."""
    if ALIAS not in connections.settings:
        return
    connections[ALIAS].close()
    quote = connection.ops.quote_name
    _admin_statement(f"DROP DATABASE IF EXISTS {quote(_twin_name())}")


@contextmanager
def on_twin():
    """Requests inside go to the twin; yields its connection."""
    token = _active.set(ALIAS)
    try:
        yield connections[ALIAS]
    finally:
        _active.reset(token)
