"""The news index filters by tag and category and keeps a permanent archive by year and
month (N1, P §3.2.3); bad addresses answer 404, never 500."""

import datetime
import re
from html import unescape

import pytest

from news.models import NewsPage
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


def listed_titles(response) -> list[str]:
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return [unescape(t) for t in re.findall(r'class="card__link" href="[^"]*">([^<]+)</a>', main)]


def test_every_month_with_news_has_an_archive_page_listing_exactly_that_month(
    client, news, subtests
):
    for code in LANGUAGE_CODES:
        index = news[code]
        items = NewsPage.objects.live().child_of(index)
        months = {item.date.replace(day=1) for item in items}
        assert len(months) == 3
        for month in sorted(months):
            with subtests.test(language=code, month=month):
                url = f"{index.url}{month.year}/{month.month:02d}/"
                response = client.get(url)
                assert response.status_code == 200
                expected = {
                    item.title
                    for item in items
                    if (item.date.year, item.date.month) == (month.year, month.month)
                }
                assert set(listed_titles(response)) == expected


def test_the_index_links_to_every_archive_month(client, news):
    index = news["ru"]
    html = client.get(index.url).content.decode()
    for item in NewsPage.objects.live().child_of(index):
        assert f'href="{index.url}{item.date.year}/{item.date.month:02d}/"' in html


def test_an_old_item_keeps_its_archive_month_for_good(client, news):
    index = news["en"]
    index.add_child(
        instance=NewsPage(
            title="Founding day 2003", slug="founding-2003", date=datetime.date(2003, 5, 7)
        )
    )
    assert "Founding day 2003" in listed_titles(client.get(f"{index.url}2003/05/"))
    assert "Founding day 2003" in listed_titles(client.get(f"{index.url}2003/"))


@pytest.mark.parametrize(
    "path",
    [
        "2026/13/",
        "0/1/",
        "2026/0/",
        "1999/01/",
        "9999/12/",
        "2026/1x/",
        "feed/xml/",
        "tags/%3Cb%3E/feed/rss/",
    ],
)
def test_bad_archive_and_feed_addresses_are_not_found(client, news, path):
    assert client.get(news["kk"].url + path).status_code == 404


def test_the_tag_filter_lists_only_tagged_items_of_the_locale(client, news):
    index = news["en"]
    response = client.get(index.url, {"tag": "sport"})
    assert response.status_code == 200
    assert listed_titles(response) == ["Our volleyball team wins the city championship"]
    assert "News tagged “sport”." in response.content.decode()


def test_the_category_filter_lists_only_that_category(client, news):
    index = news["ru"]
    response = client.get(index.url, {"category": "science"})
    expected = {
        page.title for page in NewsPage.objects.live().child_of(index).filter(category="science")
    }
    assert set(listed_titles(response)) == expected and len(expected) == 2


@pytest.mark.parametrize(
    "query",
    [{"tag": "<script>alert(1)</script>"}, {"tag": "no-such-tag"}, {"category": "gossip"}],
)
def test_bad_filters_are_not_found_and_never_echoed(client, news, query):
    response = client.get(news["en"].url, query)
    assert response.status_code == 404
    assert "<script>alert" not in response.content.decode()


def test_withdrawn_items_leave_the_index_but_stay_in_their_archive_month(client, news):
    index = news["en"]
    withdrawn = NewsPage.objects.child_of(index).get(withdrawn_on__isnull=False)
    assert withdrawn.title not in listed_titles(client.get(index.url))
    archive = client.get(f"{index.url}{withdrawn.date.year}/{withdrawn.date.month:02d}/")
    assert withdrawn.title in listed_titles(archive)


def test_a_month_without_its_leading_zero_names_the_padded_address_as_canonical(client, news):
    index = news["en"]
    html = client.get(f"{index.url}2026/9/").content.decode()
    assert f'<link rel="canonical" href="http://testserver{index.url}2026/09/">' in html
