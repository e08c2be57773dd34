"""What ``make bench`` measures.

Each target finds its own URL in the database, so the bench follows whatever tree
``bootstrap_portal`` and ``load_demo`` built instead of hard-coding slugs. To measure
another kind of page, append a ``Target`` to ``TARGETS`` whose finder returns the path of
one live public page of that kind, or None when the tree has none (the report flags it
and the run fails).
"""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from wagtail.models import Page

from documents.pages import DisclosurePage, DocumentLibraryPage
from home.models import HomePage
from news.models import (
    BlogIndexPage,
    BlogPostPage,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    PressIndexPage,
    PressReleasePage,
)
from opendata.models import OpenDataCatalogPage
from people.models import DirectoryPage, ExpertIndexPage, Person
from sections.models import ContactsPage, ExternalLinkPage, SectionPage, SubsectionPage


@dataclass(frozen=True)
class Target:
    """A kind of page to measure.

    ``find_path`` gets a language code and returns a path such as ``/kk/universitet/``.
    A target that does not depend on the locale (a document download) sets
    ``per_locale=False`` and is measured once, with the default language.
    """

    label: str
    find_path: Callable[[str], str | None]
    per_locale: bool = True


def page_path(page: Page | None) -> str | None:
    """The path Wagtail routes to ``page``, with its language prefix."""
    url_parts = page.get_url_parts() if page is not None else None
    return url_parts[2] if url_parts else None


def home_path(language_code: str) -> str | None:
    home = HomePage.objects.live().public().filter(locale__language_code=language_code).first()
    return page_path(home)


def subsection_path(language_code: str) -> str | None:
    """The first subsection directly under a section: the most common kind of page."""
    sections = (
        SectionPage.objects.live()
        .public()
        .filter(locale__language_code=language_code)
        .order_by("path")
    )
    for section in sections:
        subsection = (
            section.get_children().live().public().type(SubsectionPage).order_by("path").first()
        )
        if subsection is not None:
            return page_path(subsection)
    return None


def first_of(model) -> Callable[[str], str | None]:
    """A finder for the first live public page of ``model`` in tree order."""

    def find(language_code: str) -> str | None:
        page = (
            model.objects.live()
            .public()
            .filter(locale__language_code=language_code)
            .order_by("path")
            .first()
        )
        return page_path(page)

    return find


def news_item_with_gallery(language_code: str) -> str | None:
    """A news item whose body has a photo gallery (the heaviest news item to render)."""
    items = (
        NewsPage.objects.live()
        .public()
        .filter(locale__language_code=language_code, withdrawn_on__isnull=True)
        .order_by("path")
    )
    for item in items:
        if any(block.block_type == "gallery" for block in item.body):
            return page_path(item)
    return None


def news_archive_month(language_code: str) -> str | None:
    """The archive page of the month of the newest news item."""
    index = NewsIndexPage.objects.live().filter(locale__language_code=language_code).first()
    newest = index.current_items().first() if index else None
    path = page_path(index) if newest else None
    return f"{path}{newest.date.year}/{newest.date.month:02d}/" if path else None


def person_page(language_code: str) -> str | None:
    """The page of a person in the directory (the first by name in the language)."""
    directory = DirectoryPage.objects.live().filter(locale__language_code=language_code).first()
    person = Person.objects.in_language(language_code).order_by("name").first()
    path = page_path(directory)
    return f"{path}{person.slug}/" if path and person else None


def open_data_export(language_code: str) -> str | None:
    """The largest page-based dataset, the news, as JSON in one language."""
    return f"/opendata/news.{language_code}.json"


# An inflected word per language, so the stems are used (search/quality.py).
SEARCH_WORDS = {"kk": "университеттің", "ru": "университета", "en": "universities"}


def search_results(language_code: str) -> str | None:
    return f"/{language_code}/search/?" + urlencode({"q": SEARCH_WORDS[language_code]})


TARGETS = (
    Target("home page", home_path),
    Target("subsection page", subsection_path),
    Target("section page", first_of(SectionPage)),
    Target("external link page", first_of(ExternalLinkPage)),
    Target("contacts page", first_of(ContactsPage)),
    Target("news index", first_of(NewsIndexPage)),
    Target("news archive month", news_archive_month),
    Target("news item with a gallery", news_item_with_gallery),
    Target("blog index", first_of(BlogIndexPage)),
    Target("blog post", first_of(BlogPostPage)),
    Target("events index", first_of(EventIndexPage)),
    Target("event", first_of(EventPage)),
    Target("press centre", first_of(PressIndexPage)),
    Target("press release", first_of(PressReleasePage)),
    Target("document library", first_of(DocumentLibraryPage)),
    Target("information disclosure", first_of(DisclosurePage)),
    Target("open-data catalogue", first_of(OpenDataCatalogPage)),
    Target("directory of 2,000 people", first_of(DirectoryPage)),
    Target("a person's page", person_page),
    Target("experts pool", first_of(ExpertIndexPage)),
    Target("open-data export (news JSON)", open_data_export),
    Target("search results", search_results),
)
