"""The demo role users, made once per session by the same code ``make run`` uses,
and clients logged in as them."""

from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.models import Page

import pytest

from demo.users import demo_logins, ensure_demo_users


@pytest.fixture(scope="session")
def demo_logins_file(django_db_setup, django_db_blocker, tmp_path_factory):
    """Demo users committed to the test database (browser tests log in with them);
    their passwords go to a temporary file, never to the developer's var/."""
    logins_file = tmp_path_factory.mktemp("demo") / "demo-logins.txt"
    with django_db_blocker.unblock():
        ensure_demo_users(logins_file)
    return logins_file


@pytest.fixture
def passwords(demo_logins_file):
    return {demo.username: password for demo, password in demo_logins(demo_logins_file)}


@pytest.fixture
def login(db, demo_logins_file):
    """``login("editor-university")`` → a client signed in as that demo user."""

    def as_user(username: str) -> Client:
        client = Client()
        client.force_login(get_user_model().objects.get(username=username))
        return client

    return as_user


def section(slug: str, language: str = "kk") -> Page:
    """The S1 section with this Kazakh slug, in ``language``."""
    source = Page.objects.get(depth=3, slug=slug, locale__language_code="kk")
    return Page.objects.get(translation_key=source.translation_key, locale__language_code=language)


@pytest.fixture(autouse=True)
def _demo_users(demo_logins_file):
    """Every governance test runs with the demo role users present."""
