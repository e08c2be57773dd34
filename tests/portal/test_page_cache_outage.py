"""A Redis outage degrades the page cache to rendering and never leaves a page stale
(REL-1, T4; portal/purge_debt.py).

A real redis-server is stopped and started again on the same port with its data, the
way a Redis host comes back after it went away: the generations it held before the
outage come back with it, so a purge made while it was down must be made good.
"""

import time

from django.core.cache import caches
from django.test import Client

import pytest

from portal import purge_debt
from portal.languages import LANGUAGE_CODES
from tests import factories
from tests.live import redis_available, redis_caches, restartable_redis

pytestmark = pytest.mark.django_db

BOUND_SECONDS = 1


@pytest.fixture
def redis(settings):
    if not redis_available():
        pytest.fail("redis-server is required for this test (apt install redis-server).")
    with restartable_redis() as server:
        settings.PAGE_CACHE_ENABLED = True
        settings.CACHES = redis_caches(server.url)
        settings.PAGE_CACHE_DEBT_CHECK_SECONDS = BOUND_SECONDS
        purge_debt.forget_looks()
        yield server
        purge_debt.forget_looks()


@pytest.fixture
def section(redis, committed):
    with committed():
        return factories.SectionPageFactory(
            parent=factories.home_page(), title="Үзілістен бұрынғы атау", slug="outage-section"
        )


def _get(url):
    response = Client().get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response


def _source(response) -> str:
    return response.headers.get("X-Page-Cache", "none")


def test_a_change_published_while_redis_is_down_shows_within_the_bound_once_it_is_back(
    redis, section, committed
):
    assert [_source(_get(section.url)) for _ in range(2)] == ["miss", "hit"]
    generation = caches["pages"].get("page-cache:generation:kk")
    redis.stop()
    with committed():
        section.title = "Үзіліс кезінде жарияланған атау"
        section.save_revision().publish()
    during = _get(section.url)
    assert "Үзіліс кезінде жарияланған атау" in during.text
    assert _source(during) == "miss"
    redis.start()
    # Redis came back with what it held: the old generation and the page stored under it.
    assert caches["pages"].get("page-cache:generation:kk") == generation
    time.sleep(BOUND_SECONDS + 0.2)
    after = _get(section.url)
    assert "Үзіліс кезінде жарияланған атау" in after.text
    assert "Үзілістен бұрынғы атау" not in after.text
    assert [_source(after), _source(_get(section.url))] == ["miss", "hit"]


def test_a_settled_debt_is_paid_once_and_hits_stay_free_of_queries(
    redis, section, committed, django_assert_num_queries
):
    _get(section.url)
    redis.stop()
    with committed():
        section.title = "Бір рет төленетін қарыз"
        section.save_revision().publish()
    redis.start()
    time.sleep(BOUND_SECONDS + 0.2)
    assert "Бір рет төленетін қарыз" in _get(section.url).text
    generation = caches["pages"].get("page-cache:generation:kk")
    # Between two looks at the debt a hit asks nothing of the database.
    with django_assert_num_queries(0):
        assert _source(_get(section.url)) == "hit"
    time.sleep(BOUND_SECONDS + 0.2)
    # The next look finds the debt paid: nothing is replaced again.
    assert _source(_get(section.url)) == "hit"
    assert caches["pages"].get("page-cache:generation:kk") == generation


def test_with_redis_down_every_locale_still_answers_200(redis, section):
    urls = [factories.home_page(code).url for code in LANGUAGE_CODES] + [section.url]
    for url in urls:
        _get(url)
    redis.stop()
    for url in urls:
        for _ in range(2):
            response = _get(url)
            assert _source(response) == "miss", url
    redis.start()
    assert _source(_get(section.url)) in ("miss", "hit")
