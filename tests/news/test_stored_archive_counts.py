"""The archive's month counts are stored in the database (issue 16): with the page cache
off too, a news index is counted once per change of its items, not on every view, and
every way an item changes shows at once in the months, the archive and the page total."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from news.models import NewsIndexPage
from news.models.archive import forget_month_counts, stored_month_counts
from tests import factories

pytestmark = pytest.mark.django_db

#: "Page 1 of 2" and "Withdrawn" as a Kazakh visitor reads them.
PAGE_1_OF_2, WITHDRAWN = "1-бет, барлығы 2", "Кері қайтарылған"
SEPTEMBER, NOVEMBER = datetime.date(2026, 9, 1), datetime.date(2026, 11, 1)


@pytest.fixture
def index():
    index = factories.NewsIndexPageFactory(parent=factories.home_page())
    for day in (5, 20):
        factories.NewsPageFactory(parent=index, date=SEPTEMBER.replace(day=day))
    return index


def counted(client, url) -> bool:
    """Whether showing ``url`` counted the index's items."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return any("GROUP BY" in query["sql"] for query in queries)


def month_link(index, month) -> str:
    return f'href="{index.url}{month.year}/{month.month:02d}/"'


def test_without_the_page_cache_the_index_is_counted_once_per_change(client, index, settings):
    assert not settings.PAGE_CACHE_ENABLED
    assert counted(client, index.url)
    assert not counted(client, index.url)
    assert not counted(client, f"{index.url}2026/09/")

    factories.NewsPageFactory(parent=index, date=NOVEMBER)
    assert counted(client, f"{index.url}2026/11/")
    assert month_link(index, NOVEMBER) in client.get(index.url).text


def test_an_unpublished_item_leaves_its_month(client, index):
    item = factories.NewsPageFactory(parent=index, date=NOVEMBER)
    assert month_link(index, NOVEMBER) in client.get(index.url).text

    item.unpublish()
    assert month_link(index, NOVEMBER) not in client.get(index.url).text
    assert client.get(f"{index.url}2026/11/").status_code == 404


def test_a_withdrawn_item_stays_in_the_archive_and_leaves_the_page_total(client, index):
    for day in range(1, 10):
        factories.NewsPageFactory(parent=index, date=NOVEMBER.replace(day=day))
    assert PAGE_1_OF_2 in client.get(index.url).text

    item = index.get_children().specific().get(newspage__date=NOVEMBER.replace(day=9))
    item.withdrawn_on = NOVEMBER.replace(day=10)
    item.withdrawal_notice = "Қате жарияланды."
    item.save_revision().publish()
    assert PAGE_1_OF_2 not in client.get(index.url).text  # ten items: one page
    assert WITHDRAWN in client.get(f"{index.url}2026/11/").text


def test_a_deleted_item_leaves_its_month_and_a_deleted_index_its_counts(client, index, committed):
    item = factories.NewsPageFactory(parent=index, date=NOVEMBER)
    assert month_link(index, NOVEMBER) in client.get(index.url).text

    item.delete()
    assert month_link(index, NOVEMBER) not in client.get(index.url).text
    with committed():  # an index deleted with its items: nothing of it is left behind
        NewsIndexPage.objects.get(pk=index.pk).delete()
    assert client.get(f"{factories.home_page().url}{index.slug}/").status_code == 404


def test_an_item_moved_to_another_index_moves_in_the_counts(client, index):
    other = factories.NewsIndexPageFactory(parent=factories.home_page("ru"))
    item = factories.NewsPageFactory(parent=index, date=NOVEMBER)
    assert month_link(index, NOVEMBER) in client.get(index.url).text
    assert month_link(other, NOVEMBER) not in client.get(other.url).text

    item.move(other, pos="last-child")
    assert month_link(index, NOVEMBER) not in client.get(index.url).text
    assert month_link(other, NOVEMBER) in client.get(other.url).text


def test_a_restricted_item_leaves_the_counts_and_returns_when_it_is_lifted(client, index):
    item = factories.NewsPageFactory(parent=index, date=NOVEMBER)
    assert month_link(index, NOVEMBER) in client.get(index.url).text

    restriction = PageViewRestriction.objects.create(
        page=item, restriction_type=PageViewRestriction.LOGIN
    )
    assert month_link(index, NOVEMBER) not in client.get(index.url).text
    restriction.delete()
    assert month_link(index, NOVEMBER) in client.get(index.url).text


def test_a_count_begun_before_a_change_is_not_stored(index):
    def count_while_news_changes():
        rows = index._count_months()
        forget_month_counts([index.pk])  # another request's change, meanwhile
        return rows

    stored_month_counts(index.pk, count_while_news_changes)
    recounts = []
    stored_month_counts(index.pk, lambda: recounts.append(1) or index._count_months())
    assert recounts == [1]


def test_the_archive_names_each_month_in_the_visitors_language(client):
    """Month names are worked out once per process and language: each language keeps
    its own."""
    names = {"kk": "Қараша 2026", "ru": "Ноябрь 2026", "en": "November 2026"}
    for code, name in names.items():
        index = factories.NewsIndexPageFactory(parent=factories.home_page(code))
        factories.NewsPageFactory(parent=index, date=NOVEMBER)
        for url in (index.url, f"{index.url}2026/11/"):
            html = client.get(url).text
            assert month_link(index, NOVEMBER) in html
            nav = html[html.index('class="news-archive"') :]
            assert f">{name}</a>" in nav, (code, url)
