"""Test-session setup: the prescribed tree is built once, for real, by the same
command a deployment runs; each test then works inside its own rolled-back
transaction."""

from django.core.management import call_command

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("bootstrap_portal", verbosity=0)


def pytest_collection_modifyitems(items):
    """Run browser tests last: they share the committed test database with a
    gunicorn process, so they go after the fast in-transaction tests."""
    items.sort(key=lambda item: "tests/browser/" in str(item.path).replace("\\", "/"))
