"""Helpers shared by the test package."""

from html.parser import HTMLParser

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.models import Locale, Page

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# The section titles of S1 (requirements.md), kept here independently of the demo
# content so that a wrong title in the content is caught.
S1_SECTION_TITLES = {
    "kk": [
        "Университет",
        "Талапкерге",
        "Студентке",
        "Бітірушіге",
        "Оқыту",
        "Жаңалықтар",
        "Ректор блогы",
        "Байланыстар",
    ],
    "ru": [
        "Университет",
        "Абитуриенту",
        "Студенту",
        "Выпускнику",
        "Обучение",
        "Новости",
        "Блог ректора",
        "Контакты",
    ],
    "en": [
        "University",
        "Applicant",
        "Student",
        "Graduate",
        "Education",
        "News",
        "Rector's blog",
        "Contacts",
    ],
}


def home_page(language_code: str) -> Page:
    return Page.objects.get(depth=2, locale__language_code=language_code).specific


def translation_of(page: Page, language_code: str) -> Page:
    return page.get_translation(Locale.objects.get(language_code=language_code)).specific


class LinkCollector(HTMLParser):
    """Collects ``<a href>`` and ``<link rel hreflang>`` from a rendered page."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.alternates: dict[str, str] = {}
        self.canonical: str | None = None
        self.html_lang: str | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
        elif tag == "link" and attributes.get("rel") == "alternate" and "hreflang" in attributes:
            self.alternates[attributes["hreflang"]] = attributes["href"]
        elif tag == "link" and attributes.get("rel") == "canonical":
            self.canonical = attributes.get("href")
        elif tag == "html":
            self.html_lang = attributes.get("lang")


def parse(response) -> LinkCollector:
    collector = LinkCollector()
    collector.feed(response.content.decode())
    return collector


def signed_in_client(username: str) -> Client:
    """A browser of its own, signed in as the existing user ``username``."""
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def body(response) -> bytes:
    """The whole body, read from the stream when the response is streamed (the
    open-data exports) or from ``content`` otherwise (a page-cache hit of one)."""
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content
