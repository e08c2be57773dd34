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
from functools import lru_cache

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import (
    BooleanField,
    DateField,
    DateTimeField,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Subquery,
    TextField,
    Value,
)
from django.db.models.functions import Cast, Coalesce, NullIf
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from wagtail.models import Locale, Page
from wagtail.search.query import And, Or, PlainText

from people.directory import name_matches
from portal import page_cache
from portal.pages import public_pages

from . import kinds, postgres
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


def sections_of(language: str) -> list[Page]:
    """The top-level sections of a language's tree (children of its home page): the
    same on every search, so kept in the page store until that language's public
    content changes (``portal.page_cache.remembered``)."""
    locale = locale_id(language)
    return page_cache.remembered(
        language,
        "search:sections",
        lambda: list(public_pages().filter(depth=3, locale=locale).order_by("path")),
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
    if postgres.applies():
        return postgres.ranked_pages(getattr(locale, "pk", locale), pages, terms)
    return pages.search(_backend_query(terms))


def _compact(text: str) -> str:
    return _CODE_SEPARATORS.sub("", normalise(text))


@lru_cache(maxsize=8192)
def _words_and_stems(text: str, language: str) -> tuple[frozenset, frozenset]:
    """The words of a register entry's text and their stems: when the register is
    prepared again after a change, only the texts that changed are analysed again."""
    found = frozenset(WORD.findall(normalise(text)))
    return found, frozenset(stem(word, language) for word in found)


@dataclass(frozen=True)
class _RegisterEntry:
    """A public register entry as the search matches it, in one language."""

    pk: int
    code: str
    compact_code: str
    title: str
    purpose: str
    effective_date: date | None
    words: frozenset
    stems: frozenset


def _register(language: str) -> tuple[_RegisterEntry, ...]:
    """Every public entry in force, prepared for matching in ``language``: one query
    for only what the match and the result need (the code, the title and description
    in ``language`` or the Kazakh source where it has none, the latest effective
    date), each text split and stemmed once."""
    register = apps.get_model("documents.RegisteredDocument")
    texts = [
        Coalesce(NullIf(f"{field}_{language}", Value("")), f"{field}_kk", output_field=TextField())
        for field in ("title", "purpose")
    ]
    latest = (
        apps.get_model("documents.DocumentVersion")
        .objects.filter(document=OuterRef("pk"), effective_date__isnull=False)
        .order_by("-effective_date")
        .values("effective_date")[:1]
    )
    rows = (
        register.objects.public()
        .filter(withdrawn=False)
        .order_by("code")
        .values_list("pk", "code", *texts, Subquery(latest))
    )
    return tuple(
        _RegisterEntry(
            pk,
            code,
            _compact(code),
            title,
            purpose,
            effective_date,
            *_words_and_stems(f"{title} {purpose}", language),
        )
        for pk, code, title, purpose, effective_date in rows
    )


def document_results(language, query, terms) -> list:
    """Public register entries in force whose code contains the query (hyphens,
    dashes and spaces ignored) or whose title and description (its purpose, DOC4) in
    ``language`` have every query word between them, in code order.

    The register prepared for matching is kept in this process until the language's
    public content changes (``portal.page_cache.remembered_here``): read and analysed
    on every search it cost more than ranking the pages. Only the entries found become
    instances, for ``describe``."""
    register = apps.get_model("documents.RegisteredDocument")
    code_query = _compact(query)
    prepared = page_cache.remembered_here(
        language, f"search:register:{language}", lambda: _register(language)
    )
    entries = []
    for row in prepared:
        if (len(code_query) >= 3 and code_query in row.compact_code) or (
            terms and all(w in row.words or s in row.stems for w, s in terms)
        ):
            entry = register(
                pk=row.pk,
                code=row.code,
                **{f"title_{language}": row.title, f"purpose_{language}": row.purpose},
            )
            entry.effective_date = row.effective_date
            entries.append(entry)
    return entries


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
    as typed or by its stem: one query narrowing by the stored, folded position
    (``position_key``), the position's words checked here."""
    by_name = name_matches(" ".join(word for word, _stem in terms))
    position_may_match = Q(position_key__gt="")
    for word, word_stem in terms:
        # The part a word and its stem share (English "faculty" stems to "faculti").
        position_may_match &= Q(position_key__contains=_shared_start(word, word_stem))
    candidates = (
        apps.get_model("people.Person")
        .objects.in_language(language)
        .filter(by_name | position_may_match)
        .annotate(by_name=ExpressionWrapper(by_name, output_field=BooleanField()))
        .order_by("-by_name", "name", "pk")
    )
    found = []
    for row in candidates:
        words = set(WORD.findall(row.position_key))
        stems = {stem(word, language) for word in words}
        if row.by_name or all(w in words or s in stems for w, s in terms):
            found.append(row)
    return found


class Combined:
    """Exact answers first (documents by code or title, people by name), then pages;
    a sequence the paginator can count and slice without loading every page.

    ``expected`` is the slice the paginator will ask for (the requested page). When the
    pages can read a slice with the total (``postgres.RankedPages.window``), counting
    fetches that slice's rows too: one pass over the matches instead of one to count
    them and one to rank them."""

    def __init__(self, leading: list, pages, expected: slice | None = None):
        self.leading = leading
        self.pages = pages
        self.expected = expected
        self._fetched = None

    def _pages_slice(self, start: int, stop: int | None) -> tuple[int, int | None]:
        page_start = max(0, start - len(self.leading))
        return page_start, None if stop is None else stop - len(self.leading)

    def count(self) -> int:
        if self.pages is None:
            return len(self.leading)
        if hasattr(self.pages, "window") and self.expected is not None:
            start, stop = self._pages_slice(self.expected.start or 0, self.expected.stop)
            if stop is not None and stop > 0:
                rows, total = self.pages.window(start, stop)
                self._fetched = (start, stop, rows)
                return len(self.leading) + total
        return len(self.leading) + self.pages.count()

    def __len__(self):
        return self.count()

    @property
    def more(self) -> bool:
        """Whether more pages match than were counted (``postgres.RankedPages``)."""
        return bool(getattr(self.pages, "more", False))

    def __getitem__(self, item: slice):
        start, stop = item.start or 0, item.stop
        rows = list(self.leading[start:stop])
        if self.pages is not None and (stop is None or stop > len(self.leading)):
            page_start, page_stop = self._pages_slice(start, stop)
            fetched = self._from_fetched(page_start, page_stop)
            rows.extend(self.pages[page_start:page_stop] if fetched is None else fetched)
        return rows

    def _from_fetched(self, start: int, stop: int | None) -> list | None:
        """The rows counting fetched, when they hold ``[start:stop]`` (the paginator
        asks for fewer on the last page)."""
        if self._fetched is None:
            return None
        fetched_start, fetched_stop, rows = self._fetched
        reached_end = len(rows) < fetched_stop - fetched_start
        covered = (stop is not None and stop <= fetched_stop) or reached_end
        if start < fetched_start or not covered:
            return None
        return rows[start - fetched_start : None if stop is None else stop - fetched_start]


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


def _details(pages) -> dict[int, tuple[str, object]]:
    """``{pk: (intro, date)}`` of result pages, in one query over only the page types
    among them (a ``UNION ALL`` of one small select per type): the date of a dated type
    (publication or start), else none. Annotating every page type at once (a ``CASE``
    over some twenty subqueries) cost more to build in Python than the search itself.
    A day and a moment come back in columns of their own (a ``UNION`` needs one type
    a column, and a day cast to a moment would move with the session's time zone)."""
    by_model = {}
    for page in pages:
        by_model.setdefault(page.specific_class, []).append(page.pk)
    selects = []
    for model, ids in by_model.items():
        if model is None:
            continue
        field = DATE_FIELDS.get(model._meta.label)
        kind = type(model._meta.get_field(field)) if field else None
        selects.append(
            model.objects.filter(pk__in=ids)
            .order_by()
            .annotate(
                item_day=F(field) if kind is DateField else Cast(Value(None), DateField()),
                item_moment=(
                    F(field) if kind is DateTimeField else Cast(Value(None), DateTimeField())
                ),
            )
            .values_list("pk", "intro", "item_day", "item_moment")
        )
    if not selects:
        return {}
    rows = selects[0].union(*selects[1:], all=True) if len(selects) > 1 else selects[0]
    return {pk: (intro or "", day or moment) for pk, intro, day, moment in rows}


def _as_date(value):
    if isinstance(value, datetime):
        return timezone.localdate(value) if timezone.is_aware(value) else value.date()
    if isinstance(value, str):  # SQLite hands a CASE over mixed columns back as text
        return date.fromisoformat(value[:10])
    return value


def describe(rows, terms, language, request, sections, library, directory=None) -> list[Result]:
    """Results for one page of rows: the pages' intros and dates in one query (the
    rows themselves come from the search), nothing more per result."""
    details = _details(row for row in rows if isinstance(row, Page))
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
        page = row
        if page.pk not in details:
            continue
        intro, item_date = details[page.pk]
        text = " ".join((page.search_description or intro or page.title).split())
        results.append(
            Result(
                title=page.title,
                url=page.get_url(request),
                kind=kinds.kind_of(page.specific_class),
                snippet=highlight(text, terms, language),
                section=section_titles.get(page.path[: 3 * Page.steplen], ""),
                date=_as_date(item_date or page.last_published_at),
            )
        )
    return results


def _homes(locale) -> tuple:
    library_model = apps.get_model("documents.DocumentLibraryPage")
    directory_model = apps.get_model("people.DirectoryPage")
    category = library_model.objects.filter(pk=OuterRef("pk")).values("category")[:1]
    types = ContentType.objects.get_for_models(library_model, directory_model).values()
    rows = (
        public_pages()
        .filter(locale=locale, content_type__in=types)
        .annotate(sort_category=Coalesce(Subquery(category), Value("")))
        .order_by("sort_category", "path")
        .specific(defer=True)
    )
    found = {}
    for page in rows:
        found.setdefault(type(page), page)
    return found.get(library_model), found.get(directory_model)


def result_homes(language: str, *, library: bool, directory: bool) -> tuple:
    """The pages documents and people link to, the ones asked for: the language's
    whole-register library page (no category, else the first) and its directory page.
    Read in one query (deferred specific pages: their URLs need no more) and kept in
    the page store until the language's public content changes."""
    if not (library or directory):
        return None, None
    locale = locale_id(language)
    found_library, found_directory = page_cache.remembered(
        language, "search:homes", lambda: _homes(locale)
    )
    return (found_library if library else None), (found_directory if directory else None)


__all__ = [
    "Combined",
    "Result",
    "describe",
    "document_results",
    "highlight",
    "page_results",
    "people_results",
    "query_terms",
    "result_homes",
    "sections_of",
]
