"""The news index paginates newest first and survives any ``?page=`` value."""

import datetime

import pytest

from news.models import NewsPage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index():
    """An index of the test's own: twelve current items of 2026 (a volunteers' story
    among them), then 25 items from January 2025, older than all of them."""
    index = factories.own_news_index()["en"]
    for day in range(1, 13):
        factories.NewsPageFactory(
            parent=index,
            title="Volunteers plant trees" if day == 1 else f"Recent item {day:02d}",
            date=datetime.date(2026, 3, day),
        )
    assert index.current_items().filter(date__year=2026).count() == 12
    for day in range(1, 26):
        index.add_child(
            instance=NewsPage(
                title=f"Listing item {day:02d}",
                slug=f"listing-item-{day:02d}",
                date=datetime.date(2025, 1, day),
            )
        )
    return index


def test_later_pages_continue_with_older_items(client, news_index):
    """Ten per page, newest first: the twelve 2026 items fill page 1 and the start of
    page 2, then items 25–18; page 3 holds items 17–08."""
    second = client.get(news_index.url, {"page": "2"}).content.decode()
    third = client.get(news_index.url, {"page": "3"}).content.decode()
    assert ">Listing item 18<" in second and ">Listing item 17<" not in second
    assert ">Listing item 17<" in third and ">Listing item 08<" in third
    assert ">Listing item 18<" not in third and ">Listing item 07<" not in third
    assert f'rel="canonical" href="http://testserver{news_index.url}?page=3"' in third


@pytest.mark.parametrize("value", ["abc", "-1", "0", "", "1.5", "%00"])
def test_malformed_page_number_shows_the_first_page(client, news_index, value):
    assert client.get(news_index.url, {"page": value}).content == client.get(news_index.url).content


def test_page_number_past_the_end_shows_the_last_page(client, news_index):
    last = client.get(news_index.url, {"page": "99999"})
    assert last.status_code == 200
    assert "Listing item 01<" in last.content.decode()


def test_pages_of_a_filtered_listing_keep_the_filter(client, news_index):
    for item in NewsPage.objects.filter(title__startswith="Listing item"):
        item.tags.add("archive-test")
        item.save_revision().publish()
    first = client.get(news_index.url, {"tag": "archive-test"}).content.decode()
    assert 'href="?tag=archive-test&amp;page=2"' in first
    second = client.get(news_index.url, {"tag": "archive-test", "page": "2"}).content.decode()
    assert ">Listing item 15<" in second and "Volunteers" not in second
