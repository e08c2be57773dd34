"""A PURGE Varnish did not take is made good once it answers again (REL-1, T4;
portal/front_cache.py, portal/purge_debt.py).

Real varnishd with the shipped VCL in front of gunicorn. The portal reaches Varnish's
purge endpoint through a network path of its own (``tests.live.NetworkPath``), which
goes down (connections refused, or accepted and never answered) and comes back while
Varnish keeps its cache, as when the link between an application host and the Varnish
host fails; or Varnish refuses the portal's PURGE until its ACL is fixed and the VCL
reloaded. Visitors reach Varnish directly throughout. The editor's changes are made
in this process, as a worker of the same deployment; gunicorn's workers settle the debt.

The data is committed (the servers are other processes) and removed afterwards.
"""

import time
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.test import Client
from django.urls import reverse

from wagtail.models import Page

import pytest

from portal.purge_debt import DEBT_ALIAS
from tests import factories
from tests.governance.flows import subsection_data
from tests.live import (
    gunicorn,
    network_path,
    raw_request,
    site_host,
    varnish_available,
    varnish_server,
)

User = get_user_model()

#: How often each worker looks at the debt (PAGE_CACHE_DEBT_CHECK_SECONDS).
BOUND_SECONDS = 1
#: How long a PURGE may wait for Varnish (the backend's TIMEOUT).
PURGE_TIMEOUT_SECONDS = 2
#: Room for the PURGEs themselves and a loaded machine.
SLACK_SECONDS = 3
SLUG = "front-cache-debt"
#: Where the portal's PURGEs come from (the VCL's purgers ACL as shipped).
PORTAL_ADDRESSES = ("127.0.0.1", "::1")
EDITOR = "front-cache-debt-editor"


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        section = factories.SectionPageFactory(
            parent=factories.home_page(), title="Кэш қарызы бөлімі", slug=SLUG
        )
        translated = factories.translate_everywhere(
            section, {"ru": "Раздел долга кэша", "en": "Cache debt section"}
        )
        subsection = factories.SubsectionPageFactory(
            parent=section, title="Кэш қарызы бөлімшесі", slug=f"{SLUG}-sub"
        )
        User.objects.create_superuser(EDITOR, password=factories.PASSWORD)
        host = site_host()
        paths = {code: urlsplit(page.url).path for code, page in translated.items()}
    yield translated, subsection, paths, host
    with django_db_blocker.unblock():
        for page in Page.objects.filter(slug__startswith=SLUG).order_by("-depth"):
            page.delete()
        User.objects.filter(username=EDITOR).delete()
        caches[DEBT_ALIAS].clear()


@pytest.fixture(scope="module")
def servers(pages):
    """Varnish, gunicorn behind it, and the path from the portal to Varnish's PURGE."""
    if not varnish_available():
        pytest.fail("varnishd is required for this test (apt install varnish).")
    with (
        network_path() as purge_path,
        gunicorn(
            PAGE_CACHE="1",
            FRONTEND_CACHE_URL=purge_path.url,
            PAGE_CACHE_DEBT_CHECK_SECONDS=str(BOUND_SECONDS),
        ) as backend,
        varnish_server(backend) as front,
    ):
        purge_path.restore(front.url)
        yield front, purge_path


@pytest.fixture
def purge_path(settings, servers):
    """This process purges through the same path as gunicorn's workers."""
    _front, path = servers
    settings.PAGE_CACHE_DEBT_CHECK_SECONDS = BOUND_SECONDS
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "portal.front_cache.ReportingHTTPBackend",
            "LOCATION": path.url,
            "TIMEOUT": PURGE_TIMEOUT_SECONDS,
        }
    }
    yield path
    path.restore()
    servers[0].allow_purges_from(PORTAL_ADDRESSES)


def _served(front, path, host):
    status, headers, body = raw_request(front, path, host)
    assert status == 200, (path, status)
    return headers["X-Front-Cache"], body


def _warm(front, paths, host):
    for path in paths:
        _served(front, path, host)
        assert _served(front, path, host)[0] == "hit", path


def _seconds_until_fresh(front, expected: dict[str, str], host, limit: float) -> float:
    """Poll Varnish until every path shows its expected text; the seconds it took."""
    started = time.monotonic()
    while True:
        stale = [
            path for path, text in expected.items() if text not in _served(front, path, host)[1]
        ]
        elapsed = time.monotonic() - started
        if not stale or elapsed > limit:
            assert not stale, f"still stale after {elapsed:.1f} s: {stale}"
            return elapsed
        time.sleep(0.1)


def test_a_change_published_while_varnish_is_unreachable_shows_in_every_locale_once_it_is_back(
    pages, servers, purge_path, django_db_blocker
):
    translated, _subsection, paths, host = pages
    front = servers[0].url
    _warm(front, paths.values(), host)
    purge_path.cut()
    new_titles = {
        "kk": "Varnish жоқта жарияланған атау",
        "ru": "Название, опубликованное без Varnish",
        "en": "Title published while Varnish was away",
    }
    with django_db_blocker.unblock():
        for code, page in translated.items():
            page.title = new_titles[code]
            page.save_revision().publish()
    # The workers' watchers try again meanwhile and fail: Varnish still has the old pages.
    time.sleep(BOUND_SECONDS + 0.5)
    for code, path in paths.items():
        source, body = _served(front, path, host)
        assert source == "hit"
        assert new_titles[code] not in body

    purge_path.restore()
    took = _seconds_until_fresh(
        front,
        {paths[code]: title for code, title in new_titles.items()},
        host,
        limit=BOUND_SECONDS + SLACK_SECONDS,
    )
    print(f"fresh in every locale {took:.2f} s after the purge path came back")
    # Paid once: the pages are stored again and stay stored.
    time.sleep(BOUND_SECONDS + 0.5)
    _served(front, paths["ru"], host)
    assert _served(front, paths["ru"], host)[0] == "hit"


def test_an_editor_publishes_while_varnish_does_not_answer(
    pages, servers, purge_path, django_db_blocker
):
    _translated, subsection, _paths, host = pages
    front = servers[0].url
    path = urlsplit(subsection.url).path
    _warm(front, [path], host)
    purge_path.hang()
    new_title = "Varnish жауап бермегенде жарияланды"
    with django_db_blocker.unblock():
        editor = Client()
        editor.force_login(User.objects.get(username=EDITOR))
        started = time.monotonic()
        response = editor.post(
            reverse("wagtailadmin_pages:edit", args=[subsection.pk]),
            subsection_data(title=new_title, slug=subsection.slug, **{"action-publish": "1"}),
        )
        took = time.monotonic() - started
        published = Page.objects.get(pk=subsection.pk)
    print(f"the publish took {took:.2f} s with Varnish not answering")
    assert response.status_code == 302, response.content.decode()[:2000]
    assert published.live and published.title == new_title
    # One PURGE timeout at most, not one for each row the publish saved (two of them).
    assert took < 2 * PURGE_TIMEOUT_SECONDS
    assert new_title not in _served(front, path, host)[1]

    purge_path.restore()
    _seconds_until_fresh(front, {path: new_title}, host, limit=BOUND_SECONDS + SLACK_SECONDS)


def test_a_change_purged_while_varnish_refuses_the_portal_shows_once_it_is_allowed_again(
    pages, servers, purge_path, django_db_blocker
):
    """Varnish answers the PURGE with an error (405: the portal's address is missing
    from its ACL) until the operator fixes the ACL and reloads the VCL, which keeps the
    cache: the page changed in between is then fresh within the bound."""
    translated, _subsection, paths, host = pages
    varnish, _path = servers
    _warm(varnish.url, [paths["en"]], host)
    varnish.allow_purges_from(("192.0.2.1",))
    new_title = "Changed while Varnish refused the portal"
    with django_db_blocker.unblock():
        page = translated["en"]
        page.title = new_title
        page.save_revision().publish()
    time.sleep(BOUND_SECONDS + 0.5)
    source, body = _served(varnish.url, paths["en"], host)
    assert (source, new_title in body) == ("hit", False)

    varnish.allow_purges_from(PORTAL_ADDRESSES)
    took = _seconds_until_fresh(
        varnish.url, {paths["en"]: new_title}, host, limit=BOUND_SECONDS + SLACK_SECONDS
    )
    print(f"fresh {took:.2f} s after the ACL was fixed")
