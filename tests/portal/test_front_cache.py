"""Varnish in front of gunicorn, with the VCL the portal ships (T4, REL-3): anonymous
pages come from the front cache, an editor's publish reaches every locale through it at
once, a signed-in visitor passes, and only allowed addresses may purge.

The data is committed (the servers are other processes) and removed afterwards.
"""

from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.models import Page

import pytest

from tests import factories
from tests.live import gunicorn, raw_request, site_host, varnish, varnish_available

User = get_user_model()


def fetch(base_url: str, path: str, host: str, method: str = "GET", cookie: str = ""):
    return raw_request(base_url, path, host, method, headers={"Cookie": cookie} if cookie else None)


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        section = factories.SectionPageFactory(
            parent=factories.home_page(), title="Алдыңғы кэш бөлімі", slug="front-cache"
        )
        translated = factories.translate_everywhere(
            section, {"ru": "Раздел за фронт-кэшем", "en": "Front cache section"}
        )
        User.objects.create_superuser("front-cache-editor", password=factories.PASSWORD)
        host = site_host()
        paths = {code: urlsplit(page.url).path for code, page in translated.items()}
    yield translated, paths, host
    with django_db_blocker.unblock():
        for page in Page.objects.filter(slug="front-cache"):
            page.delete()
        User.objects.filter(username="front-cache-editor").delete()


@pytest.fixture(scope="module")
def front(pages):
    if not varnish_available():
        pytest.fail("varnishd is required for this test (apt install varnish).")
    with gunicorn(PAGE_CACHE="1") as backend, varnish(backend) as front_url:
        yield front_url


@pytest.fixture
def purging(settings, front):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "portal.front_cache.ReportingHTTPBackend",
            "LOCATION": front,
        }
    }


def test_an_anonymous_page_is_served_from_the_front_cache(pages, front):
    _translated, paths, host = pages
    path = paths["kk"]
    first = fetch(front, path, host)
    second = fetch(front, path, host)
    assert first[0] == second[0] == 200
    assert second[1]["X-Front-Cache"] == "hit"
    assert second[2] == first[2]


def test_a_publish_reaches_every_locale_through_the_front_cache(
    pages, front, purging, django_db_blocker
):
    translated, paths, host = pages
    for path in paths.values():
        fetch(front, path, host)
        assert fetch(front, path, host)[1]["X-Front-Cache"] == "hit"
    with django_db_blocker.unblock():
        source = translated["kk"]
        source.title = "Алдыңғы кэш бөлімі жаңарды"
        source.save_revision().publish()
        ru = translated["ru"]
        ru.title = "Раздел за фронт-кэшем обновлён"
        ru.save_revision().publish()
    assert "Алдыңғы кэш бөлімі жаңарды" in fetch(front, paths["kk"], host)[2]
    assert "Раздел за фронт-кэшем обновлён" in fetch(front, paths["ru"], host)[2]
    # The home page's menu lists the section: it is fresh too.
    assert "Алдыңғы кэш бөлімі жаңарды" in fetch(front, "/kk/", host)[2]
    for path in paths.values():
        assert fetch(front, path, host)[1]["X-Front-Cache"] in ("miss", "hit")


def test_a_signed_in_editor_passes_the_front_cache(pages, front, django_db_blocker):
    _translated, paths, host = pages
    path = paths["en"]
    fetch(front, path, host)
    assert "wagtail-userbar" not in fetch(front, path, host)[2]
    with django_db_blocker.unblock():
        editor = Client()
        editor.force_login(User.objects.get(username="front-cache-editor"))
        cookie = f"sessionid={editor.cookies['sessionid'].value}"
    status, headers, body = fetch(front, path, host, cookie=cookie)
    assert status == 200
    assert headers["X-Front-Cache"] == "miss"
    # The editor's own view of the page, with the link to edit it.
    assert "wagtail-userbar" in body


def test_a_purge_from_an_address_outside_the_acl_is_refused(pages):
    _translated, paths, host = pages
    path = paths["kk"]
    with gunicorn(PAGE_CACHE="1") as backend, varnish(backend, purgers=("192.0.2.1",)) as front:
        fetch(front, path, host)
        status, _headers, _body = fetch(front, path, host, method="PURGE")
        assert status == 405
        assert fetch(front, path, host)[1]["X-Front-Cache"] == "hit"
    with gunicorn(PAGE_CACHE="1") as backend, varnish(backend) as front:
        fetch(front, path, host)
        assert fetch(front, path, host, method="PURGE")[0] == 200
        assert fetch(front, path, host)[1]["X-Front-Cache"] == "miss"
