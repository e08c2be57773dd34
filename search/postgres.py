"""Ranked page search on PostgreSQL, asked of Wagtail's index in a form its indexes answer.

Wagtail's database backend matches ``title || body @@ query``: a concatenation no
index holds, so PostgreSQL reads and concatenates the index row of every live page of
the locale for each search, and ranks each match with four ``ts_rank`` calls a query
word. Measured at 10,000 pages in each language (docs/search.md) that made a search
cost 200–375 ms. Here:

- The same rows are the pages where every query word (as typed or by its stem) is in
  the title or in the body: ``(title @@ w OR body @@ w) AND …``, which the GIN indexes
  Wagtail creates on both columns answer as a bitmap.
- The rank is one ``ts_rank`` on the title (times Wagtail's ``title_norm``) plus one on
  the body, with Wagtail's field weights: the order Wagtail gives, the title counting
  most.
- Ranking is done on the index rows alone, narrowed to the pages a visitor may find
  (a semi-join on their ids), and only the requested page of ids leaves the sort with
  the total (``COUNT(*) OVER ()``); the ten pages are then read by primary key. Sorting
  whole page rows instead carried a kilobyte a match through the sort, which spilled to
  disk when a common word matched most of a locale.

Used only when the search backend is Wagtail's database backend on PostgreSQL; SQLite
and a search server get ``QuerySet.search`` as before (``engine.page_results``).
"""

from functools import reduce
from operator import and_

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, IntegerField, Q
from django.db.models.functions import Cast

from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.database.postgres.postgres import PostgresSearchBackend
from wagtail.search.backends.database.postgres.query import Lexeme
from wagtail.search.backends.database.postgres.weights import get_sql_weights
from wagtail.search.models import IndexEntry
from wagtail.search.utils import get_descendants_content_types_pks

__all__ = ["RankedPages", "applies", "ranked_pages"]


def applies() -> bool:
    """Whether pages are searched in Wagtail's index table on PostgreSQL."""
    return isinstance(get_search_backend(), PostgresSearchBackend)


def _word_query(word: str, word_stem: str, config: str) -> SearchQuery:
    lexemes = Lexeme(word) if word == word_stem else Lexeme(word) | Lexeme(word_stem)
    return SearchQuery(lexemes, search_type="raw", config=config)


class RankedPages:
    """The pages of a search, best first: a sequence the paginator can count and slice.

    ``window(start, stop)`` reads one slice and the total in one query; counting alone
    and slicing alone are there for the paginator's other paths."""

    def __init__(self, entries):
        self._entries = entries

    def _pages(self, ids: list[int]) -> list[Page]:
        by_id = Page.objects.in_bulk(ids)
        return [by_id[pk] for pk in ids if pk in by_id]

    def window(self, start: int, stop: int) -> tuple[list[Page], int]:
        """The pages ``[start:stop]`` and how many pages match in all, in one query.

        The ranks are computed below an ``OFFSET 0`` fence, so the window count and the
        sort see only (id, rank) pairs; without it PostgreSQL carried each match's
        tsvectors through the window and spilled them to disk. Only the requested rows
        are then joined with their pages."""
        ranked = self._entries.order_by().values_list("page_id", "search_rank")
        sql, params = ranked.query.sql_with_params()
        table = connection.ops.quote_name(Page._meta.db_table)
        key = connection.ops.quote_name(Page._meta.pk.column)
        rows = list(
            Page.objects.raw(
                f"SELECT {table}.*, chosen.total FROM ("  # noqa: S608
                "SELECT page_id, search_rank, COUNT(*) OVER () AS total "
                f"FROM ({sql} OFFSET 0) AS matched "
                "ORDER BY search_rank DESC, page_id DESC LIMIT %s OFFSET %s"
                f") AS chosen JOIN {table} ON {table}.{key} = chosen.page_id "
                "ORDER BY chosen.search_rank DESC, chosen.page_id DESC",
                (*params, stop - start, start),
            )
        )
        if not rows:
            return [], self.count()
        return rows, rows[0].total

    def count(self) -> int:
        return self._entries.count()

    def __len__(self) -> int:
        return self.count()

    def __iter__(self):
        return iter(self[:])

    def __getitem__(self, item: slice) -> list[Page]:
        return self._pages(list(self._entries.values_list("page_id", flat=True)[item]))


def ranked_pages(pages, terms) -> RankedPages:
    """``pages`` that have every term (word or stem) in their indexed title or body,
    best first (rank, then newest id, as Wagtail orders)."""
    config = get_search_backend().config
    word_queries = [_word_query(word, word_stem, config) for word, word_stem in terms]
    matches = Q()
    for word_query in word_queries:
        matches &= Q(title=word_query) | Q(body=word_query)
    whole = reduce(and_, word_queries)
    weights = get_sql_weights()
    rank = SearchRank(F("title"), whole, weights=weights) * F("title_norm") + SearchRank(
        F("body"), whole, weights=weights
    )
    # Joined on the page's integer key, so that a rare word's few index rows are each
    # looked up in the page table's primary key rather than hashed against every page
    # of the locale (Wagtail keeps ``object_id`` as text).
    entries = (
        IndexEntry.objects.filter(
            matches, content_type_id__in=get_descendants_content_types_pks(Page)
        )
        .annotate(page_id=Cast("object_id", IntegerField()))
        .filter(page_id__in=pages.order_by().values("pk"))
        .annotate(search_rank=rank)
        .order_by("-search_rank", "-page_id")
    )
    return RankedPages(entries)
