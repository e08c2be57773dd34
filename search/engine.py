"""Finding pages and register documents for one query in one language.

Results are always limited to the visitor's locale and to what a visitor may see:
live pages without a view restriction on themselves or an ancestor, no withdrawn
news, and register entries that are neither restricted (DOC4) nor withdrawn. The
register is not in Wagtail's index (its staff-only entries must never be), so it is
searched here, by title and by identification code however it is typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from django.apps import apps
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from wagtail.models import Page
from wagtail.search.query import And, Or, PlainText

from . import kinds
from .analysis import WORD, normalise, query_terms, stem

SNIPPET_BEFORE = 60
SNIPPET_LENGTH = 220
_CODE_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―_.«»\"“”„']+")


@dataclass
class Result:
    title: str
    url: str
    kind: str
    snippet: str
    section: str = ""
    date: date | None = None
    code: str = ""

    @property
    def kind_label(self):
        return kinds.LABELS[self.kind]


def sections_of(locale) -> list[Page]:
    """The top-level sections of a locale's tree (children of its home page)."""
    return list(
        Page.objects.live()
        .public()
        .filter(depth=3, locale=locale)
        .order_by("path")
        .only("id", "title", "path", "locale_id")
    )


def _backend_query(terms):
    """Each word must match, as typed or by its stem; only plain words are passed."""
    parts = [
        PlainText(word) if word == word_stem else Or([PlainText(word), PlainText(word_stem)])
        for word, word_stem in terms
    ]
    return parts[0] if len(parts) == 1 else And(parts)


def page_results(locale, terms, *, kind=None, section=None):
    """A lazy sequence of matching pages (Wagtail search results), best first."""
    news = apps.get_model("news.NewsPage")
    withdrawn = list(
        news.objects.filter(locale=locale, withdrawn_on__isnull=False).values_list("pk", flat=True)
    )
    pages = Page.objects.live().public().filter(locale=locale).exclude(depth__lte=2)
    if withdrawn:
        pages = pages.exclude(id__in=withdrawn)
    if section is not None:
        pages = pages.filter(path__startswith=section.path)
    if kind == kinds.PAGE:
        for model_kind in kinds.MODELS:
            pages = pages.not_type(kinds.model_of(model_kind))
    elif kind:
        pages = pages.type(kinds.model_of(kind))
    return pages.search(_backend_query(terms))


def _compact(text: str) -> str:
    return _CODE_SEPARATORS.sub("", normalise(text))


def document_results(language, query, terms) -> list:
    """Public register entries in force whose code contains the query (hyphens,
    dashes and spaces ignored) or whose title in ``language`` has every query word."""
    register = apps.get_model("documents.RegisteredDocument")
    code_query = _compact(query)
    found = []
    for entry in register.objects.public().filter(withdrawn=False).order_by("code"):
        title = entry.title_for(language)
        if len(code_query) >= 3 and code_query in _compact(entry.code):
            found.append(entry)
            continue
        title_words = set(WORD.findall(normalise(title)))
        title_stems = {stem(word, language) for word in title_words}
        if terms and all(w in title_words or s in title_stems for w, s in terms):
            found.append(entry)
    return found


class Combined:
    """Documents first (a code is the most exact answer there is), then pages; a
    sequence the paginator can count and slice without loading every page."""

    def __init__(self, documents: list, pages):
        self.documents = documents
        self.pages = pages

    def count(self) -> int:
        return len(self.documents) + (self.pages.count() if self.pages is not None else 0)

    def __len__(self):
        return self.count()

    def __getitem__(self, item: slice):
        start, stop = item.start or 0, item.stop
        rows = list(self.documents[start:stop])
        if self.pages is not None and (stop is None or stop > len(self.documents)):
            page_start = max(0, start - len(self.documents))
            page_stop = None if stop is None else stop - len(self.documents)
            rows.extend(self.pages[page_start:page_stop])
        return rows


def highlight(text: str, terms, language: str) -> str:
    """A window of ``text`` around the first matching word, matches in ``<mark>``,
    everything else escaped."""
    wanted_words = {word for word, _stem in terms}
    wanted_stems = {word_stem for _word, word_stem in terms}
    matches = [
        match
        for match in WORD.finditer(text)
        if (word := normalise(match.group())) in wanted_words
        or stem(word, language) in wanted_stems
    ]
    start = 0
    if matches and matches[0].start() > SNIPPET_BEFORE:
        start = text.rfind(" ", 0, matches[0].start() - SNIPPET_BEFORE) + 1
    end = start + SNIPPET_LENGTH
    if end < len(text):
        end = text.rfind(" ", start, end) if " " in text[start:end] else end
    pieces, position = [], start
    for match in matches:
        if match.start() < start or match.end() > end:
            continue
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    pieces.append(escape(text[position:end]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(pieces) + suffix)


def _page_text(page) -> str:
    parts = [page.search_description or getattr(page, "intro", "")]
    body = getattr(page, "body", None)
    if body is not None:
        parts.extend(body.stream_block.get_searchable_content(body))
    text = " ".join(" ".join(filter(None, parts)).split())
    return Truncator(text).chars(4000)


def _page_date(page):
    value = getattr(page, "date", None) or getattr(page, "start", None)
    value = value or page.last_published_at
    if isinstance(value, datetime):
        return timezone.localdate(value)
    return value


def describe(rows, terms, language, request, sections, library) -> list[Result]:
    """Results for one page of rows: specific pages loaded in one query per type."""
    page_ids = [row.pk for row in rows if isinstance(row, Page)]
    specific = Page.objects.filter(pk__in=page_ids).specific().in_bulk() if page_ids else {}
    section_titles = {section.path: section.title for section in sections}
    results = []
    for row in rows:
        if not isinstance(row, Page):
            version = row.current_version
            results.append(
                Result(
                    title=row.title_for(language),
                    url=library.entry_url(row) if library else "",
                    kind=kinds.DOCUMENT,
                    snippet=highlight(row.title_for(language), terms, language),
                    date=version.effective_date if version else None,
                    code=row.code,
                )
            )
            continue
        page = specific.get(row.pk)
        if page is None:
            continue
        results.append(
            Result(
                title=page.title,
                url=page.get_url(request),
                kind=kinds.kind_of(type(page)),
                snippet=highlight(_page_text(page), terms, language),
                section=section_titles.get(page.path[: 3 * Page.steplen], ""),
                date=_page_date(page),
            )
        )
    return results


def library_for(locale):
    """The locale's whole-register library page (no category), where entries live."""
    library = apps.get_model("documents.DocumentLibraryPage")
    return (
        library.objects.live().public().filter(locale=locale).order_by("category", "path").first()
    )


__all__ = [
    "Combined",
    "Result",
    "describe",
    "document_results",
    "highlight",
    "library_for",
    "page_results",
    "query_terms",
    "sections_of",
]
