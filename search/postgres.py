"""Ranked page search on PostgreSQL, from the ranked words of ``search.page_words``.

Wagtail's database backend matches ``title || body @@ query`` and ranks every match with
``ts_rank`` calls over its vectors: a word found on most pages of a locale had thousands
of vectors read and ranked for one request (200–600 ms at 10,000 pages a language,
docs/search.md). Here a search reads the rows of its words in ``search_page_word``
(locale, word: the primary key, each row with that word's rank on that page), keeps
the pages that have every query word (as typed or by its stem) and that a visitor may
find, and ranks each by the sum of its words' ranks. For one word that is exactly
Wagtail's rank (title rank times ``title_norm``, plus body rank, Wagtail's field
weights); for several, the mean of each word's rank (Wagtail's ``ts_rank`` would also
weigh how close the words stand). Ties go to the newest page, as in Wagtail.

Only the (id, rank) pairs go through the sort and the total (``COUNT(*) OVER ()``); the
requested page of them is then joined with the page rows in the same query.

Used only when the search backend is Wagtail's database backend on PostgreSQL; SQLite
and a search server get ``QuerySet.search`` as before (``engine.page_results``).
"""

from django.db import connection

from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.database.postgres.postgres import PostgresSearchBackend

from .page_words import TABLE

__all__ = ["RankedPages", "applies", "ranked_pages"]


def applies() -> bool:
    """Whether pages are searched in Wagtail's index table on PostgreSQL."""
    return isinstance(get_search_backend(), PostgresSearchBackend)


def _shares(terms) -> dict[str, tuple[float, int]]:
    """``{word: (share of its rank in the page's rank, bits of the query terms it
    answers)}``: each term's rank is the mean of its forms' (as typed, its stem), as
    ``ts_rank`` ranks ``word | stem``; the page's is the mean of its terms'. A word
    that is a form of two terms answers both."""
    shares: dict[str, tuple[float, int]] = {}
    for position, (word, word_stem) in enumerate(terms):
        forms = {word, word_stem}
        for form in forms:
            share, bits = shares.get(form, (0.0, 0))
            shares[form] = (share + 1 / (len(forms) * len(terms)), bits | 1 << position)
    return shares


class RankedPages:
    """The pages of a search, best first: a sequence the paginator can count and slice.

    ``window(start, stop)`` reads one slice and the total in one query; counting alone
    and slicing alone are there for the paginator's other paths."""

    def __init__(self, sql: str, params: tuple):
        self._sql = sql  # (page_id, search_rank) of every match, unordered
        self._params = params

    def _run(self, sql: str, params=()) -> list[tuple]:
        with connection.cursor() as cursor:
            cursor.execute(sql, (*self._params, *params))
            return cursor.fetchall()

    def window(self, start: int, stop: int) -> tuple[list[Page], int]:
        """The pages ``[start:stop]`` and how many pages match in all, in one query:
        only the requested rows are joined with their pages."""
        table = connection.ops.quote_name(Page._meta.db_table)
        key = connection.ops.quote_name(Page._meta.pk.column)
        rows = list(
            Page.objects.raw(
                f"SELECT {table}.*, chosen.total FROM ("  # noqa: S608
                "SELECT page_id, search_rank, COUNT(*) OVER () AS total "
                f"FROM ({self._sql}) AS matched "
                "ORDER BY search_rank DESC, page_id DESC LIMIT %s OFFSET %s"
                f") AS chosen JOIN {table} ON {table}.{key} = chosen.page_id "
                "ORDER BY chosen.search_rank DESC, chosen.page_id DESC",
                (*self._params, stop - start, start),
            )
        )
        if not rows:
            return [], self.count()
        return rows, rows[0].total

    def count(self) -> int:
        return self._run(f"SELECT COUNT(*) FROM ({self._sql}) AS matched")[0][0]  # noqa: S608

    def __len__(self) -> int:
        return self.count()

    def __iter__(self):
        return iter(self[:])

    def __getitem__(self, item: slice) -> list[Page]:
        start = item.start or 0
        limit = "ALL" if item.stop is None else str(max(0, item.stop - start))
        ids = [
            row[0]
            for row in self._run(
                f"SELECT page_id FROM ({self._sql}) AS matched "  # noqa: S608
                f"ORDER BY search_rank DESC, page_id DESC LIMIT {limit} OFFSET %s",
                (start,),
            )
        ]
        by_id = Page.objects.in_bulk(ids)
        return [by_id[pk] for pk in ids if pk in by_id]


def ranked_pages(locale_id: int, pages, terms) -> RankedPages:
    """``pages`` of the locale that have every term (word or stem) in their indexed
    title or body, best first (rank, then newest id, as Wagtail orders)."""
    shares = _shares(terms)
    words = list(shares)
    share_cases = " ".join("WHEN %s THEN %s" for _ in words)
    bit_cases = " ".join("WHEN %s THEN %s" for _ in words)
    visible, visible_params = pages.order_by().values("pk").query.sql_with_params()
    # Only placeholders, the table's name and Django's compiled query are written in.
    sql = (
        "SELECT word.page_id, "  # noqa: S608
        f"SUM(word.score * CASE word.lexeme {share_cases} END) AS search_rank "
        f"FROM {TABLE} AS word "
        f"WHERE word.locale_id = %s AND word.lexeme IN ({', '.join('%s' for _ in words)}) "
        f"AND word.page_id IN ({visible}) "
        "GROUP BY word.page_id "
        f"HAVING bit_or(CASE word.lexeme {bit_cases} END) = %s"
    )
    params = (
        *(value for word in words for value in (word, shares[word][0])),
        locale_id,
        *words,
        *visible_params,
        *(value for word in words for value in (word, shares[word][1])),
        (1 << len(terms)) - 1,
    )
    return RankedPages(sql, params)
