"""One public address (PUBLIC_URL) for every absolute URL machines read: the API,
feeds, iCalendar, sitemaps, JSON-LD and open data, whatever host a request came in on
(here the test client's ``testserver``, as an internal address or a proxy would be)."""

import json
import re

from django.test import TestCase, override_settings

import search
from search.apps import SearchConfig
from tests import factories
from tests.utils import body

PUBLIC = "https://portal.example.kz"
URL = re.compile(r"https?://[^\s\"'<>]+")
# Namespaces and vocabularies, not links to this site.
FOREIGN = (
    "http://www.sitemaps.org/",
    "http://www.w3.org/",
    "https://schema.org",
    "http://purl.org/",
    "https://creativecommons.org/",
)


def own_urls(text: str) -> list[str]:
    return [url for url in URL.findall(text) if not url.startswith(FOREIGN)]


@override_settings(PUBLIC_URL=PUBLIC, WAGTAILAPI_BASE_URL=PUBLIC, WAGTAILADMIN_BASE_URL=PUBLIC)
class PublicAddressTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.news = factories.NewsPageFactory(parent=factories.news_index(), title="Жария мекенжай")
        cls.event = factories.EventPageFactory(parent=factories.event_index())
        cls.post = factories.BlogPostPageFactory(parent=factories.blog_index())
        cls.entry = factories.RegisteredDocumentFactory()

    def setUp(self):
        # What a deployment does after setting PUBLIC_URL: bootstrap_portal.
        self.assertTrue(
            SearchConfig("search", search).bootstrap_portal(),
            "the Site already had the public address",
        )

    def assert_public(self, text: str, where: str):
        urls = own_urls(text)
        self.assertTrue(urls, f"{where} has no absolute URL")
        for url in urls:
            self.assertTrue(url.startswith(PUBLIC + "/"), f"{where}: {url}")

    def test_feeds_use_the_public_address(self):
        for index in (factories.news_index(), factories.blog_index()):
            for kind in ("rss", "atom"):
                with self.subTest(index=index.title, kind=kind):
                    response = self.client.get(f"{index.url}feed/{kind}/")
                    self.assert_public(response.content.decode(), response.request["PATH_INFO"])

    def test_icalendar_uses_the_public_address(self):
        for url in (factories.event_index().calendar_url(), f"{self.event.url}ical/"):
            with self.subTest(url=url):
                text = self.client.get(url).content.decode()
                urls = re.findall(r"^URL[^:]*:(.*)$", text.replace("\r\n ", ""), re.M)
                self.assertTrue(urls)
                for found in urls:
                    self.assertTrue(found.strip().startswith(PUBLIC + "/"), found)

    def test_sitemaps_use_the_public_address(self):
        for url in ("/sitemap.xml", "/sitemap-documents.xml"):
            with self.subTest(url=url):
                self.assert_public(self.client.get(url).content.decode(), url)

    def test_the_api_uses_the_public_address(self):
        listing = self.client.get("/api/v2/pages/", {"type": "news.NewsPage"})
        self.assertEqual(listing.status_code, 200)
        for item in listing.json()["items"]:
            self.assertTrue(item["meta"]["detail_url"].startswith(PUBLIC + "/api/v2/"))
            self.assertTrue(item["meta"]["html_url"].startswith(PUBLIC + "/"))
        detail = self.client.get(f"/api/v2/pages/{self.news.pk}/")
        self.assert_public(json.dumps(detail.json()), "API detail")

    def test_json_ld_and_open_graph_use_the_public_address(self):
        for page in (factories.home_page("kk"), self.news, self.event, self.post):
            with self.subTest(page=page.title):
                html = self.client.get(page.url).content.decode()
                head = html[: html.index("</head>")]
                blocks = re.findall(
                    r'<script type="application/ld\+json"[^>]*>(.*?)</script>', head, re.S
                )
                self.assertTrue(blocks)
                for block in blocks:
                    self.assert_public(json.dumps(json.loads(block)), "JSON-LD")
                for tag in re.findall(r'<meta property="og:(?:url|image)" content="([^"]+)"', head):
                    self.assertTrue(tag.startswith(PUBLIC + "/"), tag)
        # The feeds and calendar every page of the locale advertises (news pages add
        # their own tag feeds, which follow the canonical link's host).
        head = self.client.get(factories.home_page("kk").url).content.decode()
        feeds = re.findall(r'<link rel="alternate" type="[^"]+"[^>]*href="([^"]+)"', head)
        self.assertGreaterEqual(len(feeds), 5)
        for feed in feeds:
            self.assertTrue(feed.startswith(PUBLIC + "/"), feed)

    def test_open_data_downloads_use_the_public_address(self):
        for dataset in ("news", "documents"):
            with self.subTest(dataset=dataset):
                response = self.client.get(f"/opendata/{dataset}.kk.json")
                self.assertEqual(response.status_code, 200, dataset)
                self.assert_public(body(response).decode(), dataset)
