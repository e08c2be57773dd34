"""Test-session setup: the prescribed tree is built once, for real, by the same
command a deployment runs, and nothing else (tests build their own data with
``tests/factories.py``); each test then works inside its own rolled-back transaction."""

from django.core.management import call_command
from django.db import connections
from django.test.utils import setup_databases, teardown_databases

import pytest


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker):
    """The test database, built and bootstrapped once.

    pytest-django creates test databases only for aliases that some collected test
    marks with ``django_db``. Browser tests carry no such mark (the server process
    must see what they commit), so a run of browser tests alone would otherwise use
    the development database. The default alias is therefore always set up here.
    """
    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        databases = setup_databases(verbosity=verbosity, interactive=False, aliases={"default"})
        call_command("bootstrap_portal", verbosity=0)
    yield
    # Searches the tests made are counted in memory and written when the process exits,
    # by then into the development database: they are the tests' own, so they go.
    from search.hits import hits

    hits.discard()
    with django_db_blocker.unblock():
        teardown_databases(databases, verbosity=verbosity)


def pytest_collection_modifyitems(items):
    """Run browser tests last: they share the committed test database with a
    gunicorn process, so they go after the fast in-transaction tests."""
    items.sort(key=_run_order)


def _run_order(item) -> int:
    """Browser tests after the in-transaction ones. No test may flush the database
    (``transaction=True``): the flush would take the bootstrapped tree that the
    browser tests' servers read; a test that must commit removes its own rows."""
    return 1 if "tests/browser/" in str(item.path).replace("\\", "/") else 0


@pytest.fixture
def redis_url():
    """A throwaway redis-server's URL. Redis is a real part of these tests: without it
    they fail (``.ci/run`` installs it; locally ``apt install redis-server``)."""
    from tests.live import redis_available, redis_server

    if not redis_available():
        pytest.fail("redis-server is required for this test (apt install redis-server).")
    with redis_server() as url:
        yield url


@pytest.fixture
def page_cache(settings, tmp_path):
    """The anonymous page cache on, with a store of this test's own (a folder, shared by
    every process as under ``make run``); yields the store."""
    import shutil

    from django.core.cache import caches

    settings.PAGE_CACHE_ENABLED = True
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "pages"),
        },
    }
    yield caches["pages"]
    shutil.rmtree(tmp_path / "pages", ignore_errors=True)


@pytest.fixture
def autocommit(django_db_setup, django_db_blocker):
    """Database access outside the per-test transaction, every statement committed, for
    tests whose threads or other connections must see the data; such a test removes
    exactly the rows it made (a flush would take the bootstrapped tree that the browser
    tests' servers read)."""
    with django_db_blocker.unblock():
        yield
        connections.close_all()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Changes made in this block reach the cache as if their transaction committed."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
