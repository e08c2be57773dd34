"""Ranked page search on PostgreSQL, from the ranked words of ``search.page_words``.

Wagtail's database backend matches ``title || body @@ query`` and ranks every match with
``ts_rank`` calls over its vectors: a word found on most pages of a locale had thousands
of vectors read and ranked for one request (200–600 ms at 10,000 pages a language,
docs/search.md). Here a search reads the rows of its words in ``search_page_word``
(locale, word, page: each row with that word's rank on that page). A page matches when
it has every query term, as typed or by its stem, and a visitor may find it. A term's
rank on a page is the better of its two forms' ranks, and a page's rank the sum of its
terms': for a word that is its own stem, exactly Wagtail's rank (title rank times
``title_norm``, plus body rank, Wagtail's field weights). Ties go to the newest page, as
in Wagtail.

A page of results does not rank every match: a common word is on most pages of a
language, and ranking them all grew with the site (docs/performance.md). Each word's
rows are also indexed best first, so a page of results reads the best rows of each
form, ranks the pages they name, and knows it holds the true best when the last result
it needs outranks what any page not named could reach: no more, on each term, than the
better of its forms' last ranks read (Fagin's threshold algorithm). Otherwise it reads
deeper. A term whose forms were read to the end names every match. (The better form,
rather than the mean of the two that ``ts_rank`` gives ``word | stem``, is what lets a
page of results stop early: a page with the word as typed in its title has its stem
only in the low-weighted stems, so the two forms' best pages differ and the mean's
bound stays high until most rows are read.) Matches are counted exactly up to
``settings.SEARCH_COUNTED_AT_MOST`` and shown as "more than" beyond it; that many can be
paged through, as on the large search engines.

Used only when the search backend is Wagtail's database backend on PostgreSQL; SQLite
and a search server get ``QuerySet.search`` as before (``engine.page_results``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db import connections, router

from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.database.postgres.postgres import PostgresSearchBackend

from .page_words import TABLE

__all__ = ["RankedPages", "applies", "ranked_pages"]

# Best rows of each form read at first: at least this many, and per result asked for;
# each further reading goes this many times deeper.
FIRST_DEPTH = 40
DEPTH_PER_RESULT = 2
DEEPER = 4
# Ranks summed in another order may differ in the last bits: closer than this, the same.
_SAME_RANK = 1e-9


def applies() -> bool:
    """Whether pages are searched in Wagtail's index table on PostgreSQL."""
    return isinstance(get_search_backend(), PostgresSearchBackend)


def _form_rows(terms) -> list[tuple[str, int]]:
    """``(lexeme, term)`` for each form of each query term (as typed, its stem); a
    word that is a form of two terms is in both."""
    return sorted({(form, index) for index, pair in enumerate(terms) for form in pair})


def _cursor():
    """A cursor on the database pages are read from (a router may send reads to
    another one, as ``make bench-scale`` does for its demo-size twin)."""
    return connections[router.db_for_read(Page)].cursor()


def _page_rows(ids: list[int]) -> list[Page]:
    by_id = Page.objects.in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]


@dataclass(frozen=True)
class _Reading:
    """What reading the ``depth`` best rows of each form gave: the best ``(page_id,
    rank)`` of the matches those rows name, each ranked on all its terms; the most a
    match they do not name can rank, and an id below which such a match's id lies;
    whether every match is named; and the matches counted (up to one past the limit)."""

    best: list[tuple[int, float]]
    unnamed_at_most: float
    unnamed_below_id: int | None
    all_named: bool
    counted: int

    def settles(self, wanted: int) -> bool:
        """Whether ``best`` holds the true best ``wanted`` matches, or all of them.

        The last one needed must come before any match not named: rank higher than
        any can reach, or reach it exactly (many pages share a rank) with an id at
        least as new as every form's last row read, ties going to the newest page. A
        match not named that reaches the bound has, on each term, a form ranked as
        that form's last row read and was not read because it comes after it in the
        index (same rank, lower id)."""
        if self.all_named or len(self.best) >= self.counted:
            return True
        if len(self.best) < wanted:
            return False
        page_id, rank = self.best[wanted - 1]
        if rank > self.unnamed_at_most + _SAME_RANK:
            return True
        return rank >= self.unnamed_at_most - _SAME_RANK and page_id >= self.unnamed_below_id


class RankedPages:
    """The pages of a search, best first: a sequence the paginator can count and slice.

    ``count()`` is exact up to ``settings.SEARCH_COUNTED_AT_MOST`` (``more`` tells
    whether more match) and slices reach no further; ``window(start, stop)`` reads a
    slice and the count in one query, and the slice's page rows in one more. Iterating
    gives every match, ranked (``search.quality`` measures recall on all of them)."""

    def __init__(self, locale_id: int, terms, visible, first_depth: int = FIRST_DEPTH):
        self._locale_id = locale_id
        self._forms = _form_rows(terms)
        self._terms = len(terms)
        self._visible_sql, self._visible_params = visible
        self._first_depth = first_depth
        self._at_most = settings.SEARCH_COUNTED_AT_MOST
        self._counted: int | None = None

    def _count_read(self) -> int:
        if self._counted is None:
            self._counted = self._read(depth=0, wanted=0).counted
        return self._counted

    @property
    def more(self) -> bool:
        """Whether more pages match than are counted and can be paged through."""
        return self._count_read() > self._at_most

    def count(self) -> int:
        return min(self._count_read(), self._at_most)

    def __len__(self) -> int:
        return self.count()

    def window(self, start: int, stop: int) -> tuple[list[Page], int]:
        """The pages ``[start:stop]``, never past the counted ones, and the count."""
        stop = min(stop, self._at_most)
        if start >= stop:
            return [], self.count()
        depth = max(self._first_depth, DEPTH_PER_RESULT * stop)
        reading = self._read(depth, stop)
        while not reading.settles(stop):
            depth *= DEEPER
            reading = self._read(depth, stop)
        return _page_rows([page_id for page_id, _rank in reading.best[start:stop]]), self.count()

    def __getitem__(self, item: slice) -> list[Page]:
        if item.stop is not None:
            return self.window(item.start or 0, item.stop)[0]
        return _page_rows(self._every_match()[item.start or 0 :])

    def __iter__(self):
        return iter(self[:])

    # The SQL. Only placeholders, the table's name and Django's compiled query of the
    # pages a visitor may find are written in.

    def _form_table(self) -> tuple[str, tuple]:
        """The query's forms as a table: ``form(lexeme, term)``."""
        rows = ", ".join("(%s::text, %s::integer)" for _ in self._forms)
        return (
            f"form (lexeme, term) AS (VALUES {rows})",
            tuple(value for row in self._forms for value in row),
        )

    def _counting(self) -> tuple[str, tuple]:
        """``total``: the matches, counted up to one past the limit. Each form's rows
        are merged in page order, so the count stops early however many match."""
        if self._counted is not None:
            return "SELECT %s::bigint AS total", (self._counted,)
        per_form = " UNION ALL ".join(
            f"(SELECT page_id, %s AS term FROM {TABLE} "  # noqa: S608
            "WHERE locale_id = %s AND lexeme = %s ORDER BY page_id)"
            for _ in self._forms
        )
        per_form_params = tuple(
            value for lexeme, term in self._forms for value in (term, self._locale_id, lexeme)
        )
        return (
            "SELECT COUNT(*) AS total FROM ("  # noqa: S608
            f"SELECT present.page_id FROM ({per_form}) AS present "
            f"WHERE present.page_id IN ({self._visible_sql}) GROUP BY present.page_id "
            "HAVING COUNT(DISTINCT present.term) = %s LIMIT %s) AS capped",
            (*per_form_params, *self._visible_params, self._terms, self._at_most + 1),
        )

    def _read(self, depth: int, wanted: int) -> _Reading:
        """One reading at ``depth``: the best ``wanted`` matches among the pages the
        best rows name (each such page's forms looked up by the primary key, its
        visibility by the page's id), the bound on the others, and the count."""
        forms, form_params = self._form_table()
        counting, counting_params = self._counting()
        sql = (
            f"WITH {forms}, "  # noqa: S608
            # The best rows of each form, and where each form's reading stopped.
            "head AS (SELECT form.lexeme, best.page_id, best.score FROM form "
            "CROSS JOIN LATERAL (SELECT word.page_id, word.score "
            f"FROM {TABLE} AS word WHERE word.locale_id = %s AND word.lexeme = form.lexeme "
            "ORDER BY word.score DESC, word.page_id DESC LIMIT %s) AS best), "
            "reached AS (SELECT form.lexeme, form.term, COUNT(head.page_id) = %s AS more, "
            "(array_agg(head.score ORDER BY head.score, head.page_id))[1] AS last_score, "
            "(array_agg(head.page_id ORDER BY head.score, head.page_id))[1] AS last_id "
            "FROM form LEFT JOIN head ON head.lexeme = form.lexeme "
            "GROUP BY form.lexeme, form.term), "
            "per_term AS (SELECT term, MAX(last_score) FILTER (WHERE more) AS bound, "
            "MAX(last_id) FILTER (WHERE more) AS below_id FROM reached GROUP BY term), "
            "edge AS (SELECT COALESCE(SUM(bound), 0) AS bound, MAX(below_id) AS below_id, "
            "bool_or(bound IS NULL) AS all_named FROM per_term), "
            f"counted AS ({counting}), "
            # The pages named, ranked on every term.
            "ranked AS (SELECT named.page_id, scored.search_rank "
            "FROM (SELECT DISTINCT page_id FROM head) AS named "
            "CROSS JOIN LATERAL (SELECT SUM(term_rank) AS search_rank, COUNT(*) AS terms "
            "FROM (SELECT MAX(word.score) AS term_rank "
            f"FROM form JOIN {TABLE} AS word ON word.lexeme = form.lexeme "
            "WHERE word.locale_id = %s AND word.page_id = named.page_id "
            "GROUP BY form.term) AS by_term) AS scored "
            f"CROSS JOIN LATERAL (SELECT 1 FROM ({self._visible_sql}) AS visible "
            "WHERE visible.pk = named.page_id LIMIT 1) AS seen "
            "WHERE scored.terms = %s) "
            "SELECT edge.bound, edge.below_id, edge.all_named, counted.total, "
            "chosen.page_id, chosen.search_rank FROM edge CROSS JOIN counted "
            "LEFT JOIN LATERAL (SELECT page_id, search_rank FROM ranked "
            "ORDER BY search_rank DESC, page_id DESC LIMIT %s) AS chosen ON true"
        )
        params = (
            *form_params,
            self._locale_id,
            depth,
            depth,
            *counting_params,
            self._locale_id,
            *self._visible_params,
            self._terms,
            wanted,
        )
        with _cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        bound, below_id, all_named, counted, *_first = rows[0]
        self._counted = counted
        best = [(page_id, rank) for *_edge, page_id, rank in rows if page_id is not None]
        return _Reading(best, bound, below_id, bool(all_named), counted)

    def _every_match(self) -> list[int]:
        """Every match's id, best first."""
        forms, form_params = self._form_table()
        with _cursor() as cursor:
            cursor.execute(
                f"WITH {forms} SELECT page_id FROM ("  # noqa: S608
                "SELECT word.page_id, MAX(word.score) AS term_rank "
                f"FROM {TABLE} AS word JOIN form ON form.lexeme = word.lexeme "
                f"WHERE word.locale_id = %s AND word.page_id IN ({self._visible_sql}) "
                "GROUP BY word.page_id, form.term) AS by_term "
                "GROUP BY page_id HAVING COUNT(*) = %s "
                "ORDER BY SUM(term_rank) DESC, page_id DESC",
                (*form_params, self._locale_id, *self._visible_params, self._terms),
            )
            return [row[0] for row in cursor.fetchall()]


def ranked_pages(locale_id: int, pages, terms, first_depth: int = FIRST_DEPTH) -> RankedPages:
    """``pages`` of the locale that have every term (word or stem) in their indexed
    title or body, best first (rank, then newest id, as Wagtail orders)."""
    visible = pages.order_by().values("pk").query.sql_with_params()
    return RankedPages(locale_id, terms, visible, first_depth)
