"""``/sitemap.xml`` lists the live public pages of all three locales, each with its
translations as hreflang alternates, and ``/robots.txt`` points to it."""

import xml.etree.ElementTree as ET

from wagtail.models import Page, PageViewRestriction

import pytest

from sections.models import SubsectionPage
from tests import factories

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client) -> dict[str, dict[str, str]]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own output, not untrusted
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_sitemap_lists_every_live_page_in_every_locale_with_alternates(client):
    administration = factories.page_in_every_language(SubsectionPage)["en"]
    entries = sitemap_entries(client)
    live = Page.objects.live().filter(depth__gt=1)
    assert {f"http://testserver{p.url}" for p in live} == set(entries)
    alternates = entries[f"http://testserver{administration.url}"]
    assert set(alternates) == {"kk", "ru", "en", "x-default"}
    assert alternates["x-default"] == alternates["kk"]


def test_unpublished_and_private_pages_are_left_out(client):
    university = factories.sections("ru")[0]
    for _ in range(2):
        factories.page_in_every_language(SubsectionPage)
    hidden, private = university.get_children().live()[:2]
    hidden.specific.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    entries = sitemap_entries(client)
    assert f"http://testserver{hidden.url}" not in entries
    assert f"http://testserver{private.url}" not in entries
    assert f"http://testserver{university.url}" in entries


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    content = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in content
    assert "Disallow: /admin/" in content
