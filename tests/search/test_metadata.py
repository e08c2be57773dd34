"""What machines read on every page (T2, L3, N1, N3): JSON-LD by page type in the
page's language, OpenGraph/Twitter cards, feed and calendar alternates, icons."""

import json
import re

from django.test import TestCase, override_settings

from news.models import BlogPostPage, EventPage, NewsPage, PressReleasePage
from sections.models import ContactsPage, SubsectionPage
from tests import factories

JSON_LD = re.compile(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', re.S)
EXPECTED_TYPE = {
    SubsectionPage: "WebPage",
    NewsPage: "NewsArticle",
    PressReleasePage: "NewsArticle",
    EventPage: "Event",
    BlogPostPage: "BlogPosting",
}


def json_ld(response) -> list[dict]:
    return [json.loads(block) for block in JSON_LD.findall(response.content.decode())]


class StructuredDataTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages = {
            model: factories.page_in_every_language(model, title="Құрылымдық деректер <тексеру>")
            for model in EXPECTED_TYPE
        }

    def test_every_page_type_has_its_schema_type_in_its_own_language(self):
        for model, pages in self.pages.items():
            for language, page in pages.items():
                with self.subTest(model=model.__name__, language=language):
                    items = json_ld(self.client.get(page.url))
                    types = {item["@type"]: item for item in items}
                    main = types[EXPECTED_TYPE[model]]
                    self.assertEqual(main["inLanguage"], language)
                    self.assertEqual(main["url"], f"http://testserver{page.url}")
                    crumbs = types["BreadcrumbList"]["itemListElement"]
                    self.assertEqual(crumbs[-1]["item"], f"http://testserver{page.url}")
                    self.assertEqual(crumbs[0]["item"], f"http://testserver/{language}/")

    @override_settings(PORTAL_SOCIAL_PROFILES=["https://www.instagram.com/kazutb"])
    def test_the_home_page_describes_the_university(self):
        for contacts in ContactsPage.objects.all():
            contacts.phones = "+7 (7172) 64-58-01"
            contacts.save_revision().publish()
        for language in factories.LANGUAGE_CODES:
            with self.subTest(language=language):
                home = factories.home_page(language)
                items = json_ld(self.client.get(home.url))
                university = next(i for i in items if i["@type"] == "CollegeOrUniversity")
                self.assertEqual(university["inLanguage"], language)
                self.assertTrue(university["logo"].startswith("http://testserver/static/"))
                self.assertTrue(university["address"]["streetAddress"])
                self.assertEqual(university["telephone"], ["+7 (7172) 64-58-01"])
                self.assertEqual(university["sameAs"], ["https://www.instagram.com/kazutb"])

    def test_markup_in_titles_cannot_end_the_script_element(self):
        page = self.pages[SubsectionPage]["kk"]
        html = self.client.get(page.url).content.decode()
        for block in JSON_LD.findall(html):
            self.assertNotIn("<", block)
        self.assertIn(
            "Құрылымдық деректер <тексеру>",
            json.dumps(json_ld(self.client.get(page.url)), ensure_ascii=False),
        )

    def test_open_graph_and_twitter_cards(self):
        news = self.pages[NewsPage]["ru"]
        html = self.client.get(news.url).content.decode()
        self.assertIn('<meta property="og:type" content="article">', html)
        self.assertIn(f'<meta property="og:url" content="http://testserver{news.url}">', html)
        self.assertIn('<meta property="og:locale" content="ru_RU">', html)
        self.assertIn('<meta name="twitter:card" content="summary">', html)
        self.assertIn('<meta property="og:image" content="http://testserver/static/', html)


class AlternatesAndIconsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.page = factories.page_of_type(SubsectionPage)
        cls.post = factories.BlogPostPageFactory(
            parent=factories.blog_index(), title="Блог жазбасы"
        )
        cls.release = factories.PressReleasePageFactory(
            parent=factories.press_index(), title="Баспасөз хабарламасы"
        )

    def test_every_page_of_a_locale_advertises_its_feeds_and_calendar(self):
        html = self.client.get(self.page.url).content.decode()
        news = factories.news_index("kk")
        for mime, url in (
            ("application/rss+xml", f"{news.url}feed/rss/"),
            ("application/atom+xml", f"{news.url}feed/atom/"),
            ("application/rss+xml", f"{factories.blog_index().url}feed/rss/"),
            ("application/rss+xml", f"{factories.press_index().url}feed/rss/"),
            ("text/calendar", f"{factories.event_index().url}ical/"),
        ):
            with self.subTest(url=url):
                self.assertRegex(
                    html,
                    rf'<link rel="alternate" type="{re.escape(mime)}"[^>]*href="http://testserver{re.escape(url)}"',
                )

    def test_the_rectors_blog_and_the_press_centre_have_feeds_of_their_own(self):
        for index, item in (
            (factories.blog_index(), self.post),
            (factories.press_index(), self.release),
        ):
            for kind in ("rss", "atom"):
                with self.subTest(index=index.title, kind=kind):
                    response = self.client.get(f"{index.url}feed/{kind}/")
                    self.assertEqual(response.status_code, 200)
                    self.assertIn(f"http://testserver{item.url}", response.content.decode())

    def test_favicon_and_manifest_are_served(self):
        icon = self.client.get("/favicon.ico")
        self.assertEqual(icon.status_code, 200)
        self.assertEqual(b"".join(icon.streaming_content)[:4], b"\x00\x00\x01\x00")
        manifest = self.client.get("/manifest.webmanifest")
        self.assertEqual(manifest["Content-Type"], "application/manifest+json")
        data = json.loads(manifest.content)
        self.assertEqual(data["start_url"], "/kk/")
        self.assertEqual(self.client.get(data["icons"][0]["src"]).status_code, 200)
        html = self.client.get(self.page.url).content.decode()
        self.assertIn('<link rel="manifest" href="/manifest.webmanifest">', html)
