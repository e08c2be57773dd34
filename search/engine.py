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
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import (
    BooleanField,
    Case,
    DateTimeField,
    ExpressionWrapper,
    F,
    Max,
    OuterRef,
    Q,
    Subquery,
    When,
)
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from wagtail.models import Locale, Page
from wagtail.search.query import And, Or, PlainText

from people.directory import name_matches
from portal.pages import public_pages, with_intro

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


def locale_id(language: str) -> int:
    """The id of a language's locale; locales never change once bootstrapped."""
    key = f"search:locale:{language}"
    value = cache.get(key)
    if value is None:
        value = Locale.objects.get(language_code=language).pk
        cache.set(key, value, None)
    return value


def sections_of(locale) -> list[Page]:
    """The top-level sections of a locale's tree (children of its home page)."""
    return list(public_pages().filter(depth=3, locale=locale).order_by("path"))


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
    withdrawn = news.objects.filter(locale=locale, withdrawn_on__isnull=False).values("pk")
    pages = (
        Page.objects.live()
        .public()
        .filter(locale=locale)
        .exclude(depth__lte=2)
        .exclude(id__in=withdrawn)
    )
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
    dashes and spaces ignored) or whose title and description (its purpose, DOC4) in
    ``language`` have every query word between them."""
    register = apps.get_model("documents.RegisteredDocument")
    code_query = _compact(query)
    found = []
    entries = (
        register.objects.public()
        .filter(withdrawn=False)
        .annotate(effective_date=Max("versions__effective_date"))
        .order_by("code")
    )
    for entry in entries:
        if len(code_query) >= 3 and code_query in _compact(entry.code):
            found.append(entry)
            continue
        text = f"{entry.title_for(language)} {entry.purpose_for(language)}"
        words = set(WORD.findall(normalise(text)))
        stems = {stem(word, language) for word in words}
        if terms and all(w in words or s in stems for w, s in terms):
            found.append(entry)
    return found


def _shared_start(first: str, second: str) -> str:
    length = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        length += 1
    return first[:length]


def people_results(language, terms) -> list:
    """People of the directory in ``language`` whose name has every query word (in
    any script, as the directory's own name search) or whose position has every word
    as typed or by its stem: one query, the position's words checked here."""
    by_name = name_matches(" ".join(word for word, _stem in terms))
    position_may_match = Q(position__gt="")
    for word, word_stem in terms:
        # The part a word and its stem share (English "faculty" stems to "faculti");
        # SQLite folds only ASCII case, so a capitalised first word is asked for too.
        common = _shared_start(word, word_stem)
        position_may_match &= Q(position__icontains=common) | Q(
            position__icontains=common.capitalize()
        )
    candidates = (
        apps.get_model("people.Person")
        .objects.in_language(language)
        .filter(by_name | position_may_match)
        .annotate(by_name=ExpressionWrapper(by_name, output_field=BooleanField()))
        .order_by("-by_name", "name", "pk")
    )
    found = []
    for row in candidates:
        words = set(WORD.findall(normalise(row.position)))
        stems = {stem(word, language) for word in words}
        if row.by_name or all(w in words or s in stems for w, s in terms):
            found.append(row)
    return found


class Combined:
    """Exact answers first (documents by code or title, people by name), then pages;
    a sequence the paginator can count and slice without loading every page."""

    def __init__(self, leading: list, pages):
        self.leading = leading
        self.pages = pages

    def count(self) -> int:
        return len(self.leading) + (self.pages.count() if self.pages is not None else 0)

    def __len__(self):
        return self.count()

    def __getitem__(self, item: slice):
        start, stop = item.start or 0, item.stop
        rows = list(self.leading[start:stop])
        if self.pages is not None and (stop is None or stop > len(self.leading)):
            page_start = max(0, start - len(self.leading))
            page_stop = None if stop is None else stop - len(self.leading)
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


# Page types with a date of their own (publication or start), shown instead of the
# last publication.
DATE_FIELDS = {
    "news.NewsPage": "date",
    "news.BlogPostPage": "date",
    "news.PressReleasePage": "date",
    "news.EventPage": "start",
}


def _with_dates(queryset):
    """``item_date`` from whichever dated type each row is, in the same query."""
    content_types = ContentType.objects.get_for_models(
        *(apps.get_model(label) for label in DATE_FIELDS)
    )
    whens = [
        When(
            content_type_id=content_types[model].pk,
            then=Subquery(model.objects.filter(pk=OuterRef("pk")).order_by().values(field)[:1]),
        )
        for model, field in ((apps.get_model(label), field) for label, field in DATE_FIELDS.items())
    ]
    return queryset.annotate(
        item_date=Case(*whens, default=F("last_published_at"), output_field=DateTimeField())
    )


def _as_date(value):
    if isinstance(value, datetime):
        return timezone.localdate(value) if timezone.is_aware(value) else value.date()
    if isinstance(value, str):  # SQLite hands a CASE over mixed columns back as text
        return date.fromisoformat(value[:10])
    return value


def describe(rows, terms, language, request, sections, library, directory=None) -> list[Result]:
    """Results for one page of rows, in one query for the pages (intro and date
    annotated across page types) and one for the versions of the documents shown."""
    page_ids = [row.pk for row in rows if isinstance(row, Page)]
    pages = (
        _with_dates(with_intro(Page.objects.filter(pk__in=page_ids))).in_bulk() if page_ids else {}
    )
    section_titles = {section.path: section.title for section in sections}
    person = apps.get_model("people.Person")
    results = []
    for row in rows:
        if isinstance(row, person):
            results.append(
                Result(
                    title=row.name,
                    url=directory.person_url(row),
                    kind=kinds.PERSON,
                    snippet=highlight(row.position_label or row.name, terms, language),
                    section=section_titles.get(directory.path[: 3 * Page.steplen], ""),
                )
            )
            continue
        if not isinstance(row, Page):
            results.append(
                Result(
                    title=row.title_for(language),
                    url=library.entry_url(row) if library else "",
                    kind=kinds.DOCUMENT,
                    snippet=highlight(
                        row.purpose_for(language) or row.title_for(language), terms, language
                    ),
                    date=row.effective_date,
                    code=row.code,
                )
            )
            continue
        page = pages.get(row.pk)
        if page is None:
            continue
        text = " ".join((page.search_description or page.listing_intro or page.title).split())
        results.append(
            Result(
                title=page.title,
                url=page.get_url(request),
                kind=kinds.kind_of(page.specific_class),
                snippet=highlight(text, terms, language),
                section=section_titles.get(page.path[: 3 * Page.steplen], ""),
                date=_as_date(page.item_date),
            )
        )
    return results


def library_for(locale):
    """The locale's whole-register library page (no category), where entries live."""
    library = apps.get_model("documents.DocumentLibraryPage")
    return public_pages(library).filter(locale=locale).order_by("category", "path").first()


__all__ = [
    "Combined",
    "Result",
    "describe",
    "document_results",
    "highlight",
    "library_for",
    "page_results",
    "people_results",
    "query_terms",
    "sections_of",
]
