"""Language rules of the search index: words, stop words and stems per locale.

Wagtail's database backend indexes one row per object with one text-search
configuration for the whole backend (SQLite's FTS5 has none at all), so the language
of each page is applied here instead, the same way on every database: each page also
indexes the *stems* of its text in its own language (``BasePage.search_stems``,
wired by ``PORTAL_SEARCH_STEMS``), and a query matches a word either as typed or by
its stem in the visitor's language. Kazakh uses :mod:`search.kazakh`; Russian and
English use the Snowball stemmers PostgreSQL's own ``russian`` and ``english``
configurations are built from.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from . import kazakh

# Letters and digits, with inner hyphens and apostrophes kept out of tokens: what the
# FTS5 and PostgreSQL tokenizers both split on, so a stem never straddles two tokens.
WORD = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_WORDS = 8
MAX_WORD_LENGTH = 40

STOP_WORDS = {
    "kk": frozenset(
        [
            "және",
            "мен",
            "бен",
            "пен",
            "да",
            "де",
            "та",
            "те",
            "әрі",
            "не",
            "немесе",
            "үшін",
            "туралы",
            "бойынша",
            "осы",
            "бұл",
            "ол",
        ]
    ),
    "ru": frozenset(
        [
            "и",
            "в",
            "во",
            "на",
            "по",
            "с",
            "со",
            "к",
            "о",
            "об",
            "от",
            "до",
            "из",
            "за",
            "для",
            "при",
            "не",
            "а",
            "но",
            "или",
            "это",
            "как",
            "что",
        ]
    ),
    "en": frozenset(
        [
            "a",
            "an",
            "and",
            "the",
            "of",
            "in",
            "on",
            "at",
            "to",
            "for",
            "by",
            "with",
            "from",
            "or",
            "is",
            "are",
            "be",
            "as",
            "it",
            "this",
            "that",
        ]
    ),
}


@lru_cache(maxsize=3)
def _snowball(language: str):
    return snowballstemmer.stemmer({"ru": "russian", "en": "english"}[language])


def normalise(text: str) -> str:
    """NFC, case-folded, ё as е: the spelling the index and the query share."""
    return unicodedata.normalize("NFC", text).casefold().replace("ё", "е")


def words(text: str) -> list[str]:
    return WORD.findall(normalise(text))


@lru_cache(maxsize=100_000)
def stem(word: str, language: str) -> str:
    """A word's stem in ``language``. Pure and costly (25–55 µs a word), and the same
    words recur in every register title a query is matched against: cached."""
    if language == "kk":
        return kazakh.stem(word)
    if language in ("ru", "en"):
        return _snowball(language).stemWord(word)
    return word


def stems_of_text(text: str, language: str) -> str:
    """Every word of ``text`` replaced by its stem, stop words dropped (index side)."""
    stop = STOP_WORDS.get(language, set())
    return " ".join(stem(word, language) for word in words(text) if word not in stop)


def query_terms(query: str, language: str) -> list[tuple[str, str]]:
    """(word, stem) pairs of a visitor's query: stop words dropped, at most
    ``MAX_QUERY_WORDS`` words of at most ``MAX_WORD_LENGTH`` letters. Only letters and
    digits survive, so nothing a visitor types reaches the backend as query syntax."""
    stop = STOP_WORDS.get(language, set())
    terms = []
    for word in words(query):
        word = word[:MAX_WORD_LENGTH].strip("_")
        if not word or word in stop or (word, stem(word, language)) in terms:
            continue
        terms.append((word, stem(word, language)))
        if len(terms) == MAX_QUERY_WORDS:
            break
    return terms


def page_stems(page) -> str:
    """What a page indexes besides its own fields: the stems of its searchable text
    in its own language (the ``PORTAL_SEARCH_STEMS`` hook of ``BasePage``)."""
    parts = [page.title, page.seo_title, page.search_description, getattr(page, "intro", "")]
    body = getattr(page, "body", None)
    if body is not None:
        parts.extend(body.stream_block.get_searchable_content(body))
    return stems_of_text(" ".join(filter(None, parts)), page.locale.language_code)
