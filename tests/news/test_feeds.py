"""RSS 2.0 and Atom feeds per locale and per tag, advertised in the page head (N1)."""

import re
import xml.etree.ElementTree as ET

import pytest

from news.models import NewsPage
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
RSS, ATOM_TYPE = "application/rss+xml", "application/atom+xml"


def rss_items(response) -> list[dict]:
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 - our own output
    return [
        {"title": item.findtext("title"), "link": item.findtext("link")}
        for item in channel.findall("item")
    ], channel


def atom_entries(response) -> list[dict]:
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 - our own output
    assert feed.tag == f"{ATOM}feed"
    return [
        {"title": entry.findtext(f"{ATOM}title"), "link": entry.find(f"{ATOM}link").get("href")}
        for entry in feed.findall(f"{ATOM}entry")
    ], feed


def current_urls(index) -> set[str]:
    return {f"http://testserver{item.url}" for item in index.current_items()}


def test_rss_feed_holds_only_the_locales_current_news(client, news, subtests):
    for code in LANGUAGE_CODES:
        with subtests.test(language=code):
            index = news[code]
            items, channel = rss_items(client.get(f"{index.url}feed/rss/"))
            assert channel.findtext("language") == code
            assert channel.findtext("title") == index.title
            assert {item["link"] for item in items} == current_urls(index)
            assert all(f"/{code}/" in item["link"] for item in items)


def test_atom_feed_holds_only_the_locales_current_news(client, news, subtests):
    for code in LANGUAGE_CODES:
        with subtests.test(language=code):
            index = news[code]
            entries, feed = atom_entries(client.get(f"{index.url}feed/atom/"))
            assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == code
            assert {entry["link"] for entry in entries} == current_urls(index)


def test_tag_feeds_hold_only_items_with_that_tag(client, news):
    index = news["ru"]
    tagged = {
        f"http://testserver{item.url}"
        for item in NewsPage.objects.live().child_of(index).filter(tags__name="спорт")
    }
    items, channel = rss_items(client.get(f"{index.url}tags/спорт/feed/rss/"))
    assert {item["link"] for item in items} == tagged and len(tagged) == 1
    assert "спорт" in channel.findtext("title")
    entries, _feed = atom_entries(client.get(f"{index.url}tags/спорт/feed/atom/"))
    assert {entry["link"] for entry in entries} == tagged


def test_a_withdrawn_item_leaves_the_feeds(client, news):
    index = news["en"]
    withdrawn = NewsPage.objects.child_of(index).get(withdrawn_on__isnull=False)
    items, _channel = rss_items(client.get(f"{index.url}feed/rss/"))
    assert withdrawn.title not in {item["title"] for item in items}


def test_news_pages_advertise_the_feeds_in_the_head(client, news, subtests):
    for code in LANGUAGE_CODES:
        index = news[code]
        item = index.current_items().first()
        for url in (index.url, item.url):
            with subtests.test(language=code, url=url):
                head = client.get(url).content.decode().split("</head>")[0]
                for kind, mime in (("rss", RSS), ("atom", ATOM_TYPE)):
                    link = re.search(rf'<link rel="alternate" type="{re.escape(mime)}"[^>]*>', head)
                    assert link and f'href="http://testserver{index.url}feed/{kind}/"' in link[0]


def test_a_tag_listing_also_advertises_the_tags_feed(client, news):
    index = news["en"]
    head = client.get(index.url, {"tag": "sport"}).content.decode().split("</head>")[0]
    assert f'href="http://testserver{index.url}tags/sport/feed/rss/"' in head
