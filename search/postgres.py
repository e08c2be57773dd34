"""Ranked page search on PostgreSQL, asked of Wagtail's index in a form its indexes answer.

Wagtail's database backend matches ``title || body @@ query``: a concatenation no
index holds, so PostgreSQL reads and concatenates the index row of every live page of
the locale for each search, and ranks each match with four ``ts_rank`` calls a query
word. Measured at 10,000 pages in each language (docs/search.md) that made a search
cost 200–375 ms. The same rows are the pages where every query word (as typed or by
its stem) is in the title or in the body: ``(title @@ w OR body @@ w) AND …``, which
the GIN indexes Wagtail creates on both columns answer as a bitmap. The rank is one
``ts_rank`` on the title (times Wagtail's ``title_norm``) plus one on the body, with
Wagtail's field weights: the order Wagtail gives, the title counting most.

Used only when the search backend is Wagtail's database backend on PostgreSQL; SQLite
and a search server get ``QuerySet.search`` as before (``engine.page_results``).
"""

from functools import reduce
from operator import and_

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F, Q

from wagtail.search.backends import get_search_backend
from wagtail.search.backends.database.postgres.postgres import PostgresSearchBackend
from wagtail.search.backends.database.postgres.query import Lexeme
from wagtail.search.backends.database.postgres.weights import get_sql_weights

__all__ = ["applies", "ranked_pages"]


def applies() -> bool:
    """Whether pages are searched in Wagtail's index table on PostgreSQL."""
    return isinstance(get_search_backend(), PostgresSearchBackend)


def _word_query(word: str, word_stem: str, config: str) -> SearchQuery:
    lexemes = Lexeme(word) if word == word_stem else Lexeme(word) | Lexeme(word_stem)
    return SearchQuery(lexemes, search_type="raw", config=config)


def ranked_pages(pages, terms):
    """``pages`` that have every term (word or stem) in their indexed title or body,
    best first (rank, then newest id, as Wagtail orders)."""
    config = get_search_backend().config
    word_queries = [_word_query(word, word_stem, config) for word, word_stem in terms]
    matches = Q()
    for word_query in word_queries:
        matches &= Q(index_entries__title=word_query) | Q(index_entries__body=word_query)
    whole = reduce(and_, word_queries)
    weights = get_sql_weights()
    rank = SearchRank(F("index_entries__title"), whole, weights=weights) * F(
        "index_entries__title_norm"
    ) + SearchRank(F("index_entries__body"), whole, weights=weights)
    return pages.filter(matches).annotate(search_rank=rank).order_by("-search_rank", "-pk")
