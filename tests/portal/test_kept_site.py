"""The request's Wagtail site kept per worker for visitors (portal/sites.py): read once,
never stale, and not a way to grow a worker's memory."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

import pytest

from portal import sites
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def _site_queries(captured) -> int:
    return sum('"wagtailcore_site"' in query["sql"] for query in captured.captured_queries)


@pytest.fixture
def section(committed):
    with committed():
        return factories.SectionPageFactory(parent=factories.home_page())


def test_a_visitor_s_next_page_finds_the_site_without_reading_it_again(section):
    # ``?x=`` is never stored, so each request renders the page.
    assert Client().get(section.url, {"x": "1"}).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = Client().get(section.url, {"x": "2"})
    assert response.status_code == 200 and section.title in response.text
    assert _site_queries(captured) == 0


def test_a_change_to_the_site_is_seen_by_the_next_request(section, committed):
    assert Client().get(section.url, {"x": "1"}).status_code == 200
    site = Site.objects.get(is_default_site=True)
    hostname = site.hostname
    with committed():
        site.hostname, site.is_default_site = "elsewhere.example", False
        site.save()
    # No site answers for this host any more: the page is gone at once, not after a while.
    assert Client().get(section.url, {"x": "2"}).status_code == 404
    with committed():
        site.hostname, site.is_default_site = hostname, True
        site.save()
    assert Client().get(section.url, {"x": "3"}).status_code == 200


def test_a_signed_in_editor_looks_the_site_up_on_each_request(section, admin_user):
    editor = Client()
    editor.force_login(admin_user)
    editor.get(section.url)
    with CaptureQueriesContext(connection) as captured:
        assert editor.get(section.url).status_code == 200
    assert _site_queries(captured) == 1


def test_made_up_hosts_are_answered_but_not_kept_without_bound(section, settings):
    settings.ALLOWED_HOSTS = ["*"]
    for number in range(sites.MAX_HOSTS + 8):
        response = Client(HTTP_HOST=f"made-up-{number}.example").get(section.url, {"x": "1"})
        assert response.status_code == 200
    assert len(sites._hosts) <= sites.MAX_HOSTS


def test_a_disallowed_host_is_still_refused(section):
    assert Client(HTTP_HOST="evil.example").get(section.url).status_code == 400


@pytest.mark.parametrize("host", ["LOCALHOST", "localhost.", "localhost:80", "127.0.0.1:8000"])
def test_spellings_of_an_allowed_host_find_the_same_site(section, host):
    kept = Client(HTTP_HOST=host).get(section.url, {"x": "1"})
    again = Client(HTTP_HOST=host).get(section.url, {"x": "2"})
    assert kept.status_code == again.status_code == 200
    assert section.title in again.text
