"""A user in every role (W1), made by the factories for each test, and clients logged
in as them. The usernames only name the role in the tests; the rights come from the
groups that ``setup_roles`` made."""

from wagtail.models import Page

import pytest

from governance import roles
from tests import factories
from tests.utils import signed_in_client

# username → role group; translators work in the admin in their own language.
ROLE_USERS = {
    "admin": roles.ADMINISTRATORS,
    "editor-university": roles.SECTION_EDITORS["universitet"],
    "editor-applicant": roles.SECTION_EDITORS["talapkerge"],
    "editor-student": roles.SECTION_EDITORS["studentke"],
    "editor-graduate": roles.SECTION_EDITORS["bitirushige"],
    "editor-education": roles.SECTION_EDITORS["okytu"],
    "editor-news": roles.NEWS_EDITORS,
    "approver": roles.SECTION_APPROVERS,
    "marketing": roles.MARKETING_HEAD,
    "translator-ru": roles.TRANSLATORS["ru"],
    "translator-en": roles.TRANSLATORS["en"],
    "rector": roles.RECTOR,
    "quality": roles.QUALITY_OFFICE,
}


@pytest.fixture(autouse=True)
def role_users(db):
    """Every governance test runs with one user per role present."""
    users = {}
    for username, group in ROLE_USERS.items():
        if username == "admin":
            users[username] = factories.SuperuserFactory(username=username, groups=[group])
        else:
            users[username] = factories.role_user(group, username=username)
    return users


@pytest.fixture
def login(role_users):
    """``login("editor-university")`` → a client signed in as that role's user."""
    return signed_in_client


def section(slug: str, language: str = "kk") -> Page:
    """The S1 section with this (prescribed) Kazakh slug, in ``language``."""
    source = Page.objects.get(depth=3, slug=slug, locale__language_code="kk")
    return Page.objects.get(translation_key=source.translation_key, locale__language_code=language)
