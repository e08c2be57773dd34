"""The news index paginates newest first and survives any ``?page=`` value."""

import datetime

import pytest

from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index():
    index = NewsIndexPage.objects.get(locale__language_code="en")
    for day in range(1, 26):
        index.add_child(
            instance=NewsPage(
                title=f"Listing item {day:02d}",
                slug=f"listing-item-{day:02d}",
                date=datetime.date(2025, 1, day),
            )
        )
    return index


def test_second_page_continues_with_older_items(client, news_index):
    """Ten per page, newest first: the four 2026 demo items and items 25–20 fill
    page 1, items 19–10 page 2."""
    first = client.get(news_index.url).content.decode()
    second = client.get(news_index.url, {"page": "2"}).content.decode()
    assert ">Listing item 20<" in first and ">Listing item 19<" not in first
    assert ">Listing item 19<" in second and ">Listing item 10<" in second
    assert ">Listing item 20<" not in second and ">Listing item 09<" not in second
    assert f'rel="canonical" href="http://testserver{news_index.url}?page=2"' in second


@pytest.mark.parametrize("value", ["abc", "-1", "0", "", "1.5", "%00"])
def test_malformed_page_number_shows_the_first_page(client, news_index, value):
    assert client.get(news_index.url, {"page": value}).content == client.get(news_index.url).content


def test_page_number_past_the_end_shows_the_last_page(client, news_index):
    last = client.get(news_index.url, {"page": "99999"})
    assert last.status_code == 200
    assert "Listing item 01<" in last.content.decode()
