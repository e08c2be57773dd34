"""The demo content, for the checks of the demo itself (product tests never see it).

The session database holds only what ``bootstrap_portal`` builds, as a deployment's
does. These checks load the demo once, inside a transaction that is rolled back after
the last of them, so no product test that runs later finds a demo page. Each test then
runs in its own savepoint inside it, as everywhere else.
"""

from django.core.management import call_command
from django.db import transaction

import pytest

from demo.users import ensure_demo_users
from tests.utils import signed_in_client


@pytest.fixture(scope="package", autouse=True)
def demo_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """Load the demo (users with their passwords in a temporary file, never var/)."""
    logins_file = tmp_path_factory.mktemp("demo") / "demo-logins.txt"
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", verbosity=0)
        ensure_demo_users(logins_file)
        yield logins_file
        transaction.set_rollback(True)


@pytest.fixture
def demo(db):
    """The demo is loaded (by ``demo_database``); a test asks for it by name."""


@pytest.fixture
def demo_logins_file(db, demo_database):
    return demo_database


@pytest.fixture
def login(db):
    """``login("editor-university")`` → a client signed in as that demo user."""
    return signed_in_client
