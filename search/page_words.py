"""Each page's words with their rank, a table PostgreSQL keeps in step with Wagtail's index.

Ranking a search in Wagtail's index means a ``ts_rank`` over the title and body vectors
of every matching page: a word found on most pages of a locale had thousands of vectors
read and ranked for one request (200–600 ms at 10,000 pages a language, docs/search.md).
The rank of one word on one page does not depend on the query, so it is computed once,
when the page is indexed:

``search_page_word(locale_id, lexeme, page_id, entry_id, score)`` holds a row for every
word of every indexed page, with the ``ts_rank`` that word alone gets on the page
(title rank times Wagtail's ``title_norm``, plus the body rank, with Wagtail's field
weights). A search reads the best rows of its few words from a second index, best first,
and each named page's rows from the primary key; a page's rank is the sum of its query
words' ranks (``search.postgres``): for a one-word query, exactly the rank Wagtail gives.

Triggers on Wagtail's ``wagtailsearch_indexentry`` write the rows whenever a page's
entry is written or removed (and empty the table when the index is truncated), so
nothing in Python can forget to keep it current. Only pages have rows: the entry's
object must be a page of the entry's content type. PostgreSQL only; other databases
search through Wagtail (``search.engine.page_results``).
"""

from django.db.backends.base.base import BaseDatabaseWrapper

from wagtail.search.backends.database.postgres.weights import (
    WEIGHTS_VALUES,
    get_sql_weights,
    set_weights,
)

TABLE = "search_page_word"

# Each word's rows best first: a page of results reads the best of them and stops
# (search.postgres). Created with the table, and by a migration of its own on a table
# built before it.
BEST_FIRST_INDEX_NAME = "search_page_word_best"
BEST_FIRST_INDEX = f"""
CREATE INDEX IF NOT EXISTS {BEST_FIRST_INDEX_NAME}
    ON search_page_word (locale_id, lexeme, score DESC, page_id DESC);
"""

_STRUCTURE = """
CREATE TABLE IF NOT EXISTS search_page_word (
    locale_id integer NOT NULL,
    lexeme text NOT NULL,
    page_id integer NOT NULL,
    entry_id integer NOT NULL,
    score real NOT NULL,
    PRIMARY KEY (locale_id, lexeme, page_id) INCLUDE (score)
);
CREATE INDEX IF NOT EXISTS search_page_word_entry ON search_page_word (entry_id);
-- A search keeps the matches a visitor may find: the live pages of its locale, read
-- from this index alone rather than from the page table's wide rows.
CREATE INDEX IF NOT EXISTS search_live_page ON wagtailcore_page (locale_id, id)
    INCLUDE (depth) WHERE live;

CREATE OR REPLACE FUNCTION search_page_word_write(entry wagtailsearch_indexentry) RETURNS void
LANGUAGE sql VOLATILE AS $$
    INSERT INTO search_page_word (locale_id, lexeme, page_id, entry_id, score)
    SELECT page.locale_id, word.lexeme, page.id, entry.id, SUM(word.part)
    FROM wagtailcore_page AS page
    CROSS JOIN LATERAL (
        SELECT lexeme, search_word_rank(weights) * entry.title_norm AS part
        FROM unnest(entry.title)
        UNION ALL
        SELECT lexeme, search_word_rank(weights) FROM unnest(entry.body)
    ) AS word
    WHERE entry.object_id ~ '^[0-9]{1,9}$'
      AND page.id = entry.object_id::integer
      AND page.content_type_id = entry.content_type_id
    GROUP BY page.locale_id, page.id, word.lexeme
$$;

CREATE OR REPLACE FUNCTION search_page_word_follow() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM search_page_word WHERE entry_id = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM search_page_word_write(NEW);
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION search_page_word_clear() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE search_page_word;
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS search_page_word_follow ON wagtailsearch_indexentry;
CREATE TRIGGER search_page_word_follow
    AFTER INSERT OR DELETE OR UPDATE OF object_id, content_type_id, title, body, title_norm
    ON wagtailsearch_indexentry FOR EACH ROW EXECUTE FUNCTION search_page_word_follow();
DROP TRIGGER IF EXISTS search_page_word_clear ON wagtailsearch_indexentry;
CREATE TRIGGER search_page_word_clear
    AFTER TRUNCATE ON wagtailsearch_indexentry
    FOR EACH STATEMENT EXECUTE FUNCTION search_page_word_clear();
"""

_REMOVE = """
DROP TRIGGER IF EXISTS search_page_word_follow ON wagtailsearch_indexentry;
DROP TRIGGER IF EXISTS search_page_word_clear ON wagtailsearch_indexentry;
DROP FUNCTION IF EXISTS search_page_word_follow();
DROP FUNCTION IF EXISTS search_page_word_clear();
DROP FUNCTION IF EXISTS search_page_word_write(wagtailsearch_indexentry);
DROP FUNCTION IF EXISTS search_word_rank(text[]);
DROP TABLE IF EXISTS search_page_word;
DROP INDEX IF EXISTS search_live_page;
"""


def _weights() -> str:
    """Wagtail's ``ts_rank`` weights, ``{D,C,B,A}``, from the boosts of the indexed
    fields (Wagtail fills them when its backend is first built)."""
    if not WEIGHTS_VALUES:
        set_weights()
    return get_sql_weights()


def _rank_function(weights: str) -> str:
    """``ts_rank`` of a one-word query on one vector, from that word's weight letters
    (position order): PostgreSQL's ``calc_rank_or`` for a single word."""
    d, c, b, a = (float(value) for value in weights.strip("{}").split(","))
    return f"""
CREATE OR REPLACE FUNCTION search_word_rank(letters text[]) RETURNS real
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    weight float8;
    best float8 := -1;
    best_at integer := 1;
    total float8 := 0;
    at integer := 0;
    letter text;
BEGIN
    FOREACH letter IN ARRAY letters LOOP
        at := at + 1;
        weight := CASE letter WHEN 'A' THEN {a!r} WHEN 'B' THEN {b!r}
                              WHEN 'C' THEN {c!r} ELSE {d!r} END;
        total := total + weight / (at * at);
        IF weight > best THEN
            best := weight;
            best_at := at;
        END IF;
    END LOOP;
    RETURN (best + total - best / (best_at * best_at)) / 1.64493406685;
END
$$;
COMMENT ON FUNCTION search_word_rank(text[]) IS '{weights}';
"""


def _installed_weights(cursor) -> str | None:
    cursor.execute("SELECT obj_description(to_regprocedure('search_word_rank(text[])'), 'pg_proc')")
    row = cursor.fetchone()
    return row[0] if row else None


def rebuild(connection: BaseDatabaseWrapper) -> None:
    """Every indexed page's rows again, from Wagtail's index as it stands."""
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE search_page_word")
        cursor.execute(
            "SELECT search_page_word_write(entry) FROM wagtailsearch_indexentry AS entry"
        )
        cursor.execute("ANALYZE search_page_word")


def install(connection: BaseDatabaseWrapper) -> None:
    """Create the table, its triggers and the rank function with Wagtail's current
    weights; rank every indexed page again when the weights changed (a field's boost
    changed in the code). Cheap when nothing changed: it runs after every migrate."""
    if connection.vendor != "postgresql":
        return
    weights = _weights()
    with connection.cursor() as cursor:
        if _installed_weights(cursor) == weights:
            return
        cursor.execute(_rank_function(weights))
        cursor.execute(_STRUCTURE)
        cursor.execute(BEST_FIRST_INDEX)
    rebuild(connection)


def add_best_first_index(connection: BaseDatabaseWrapper) -> None:
    """The best-first index on a table built before it had one (migration 0003)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(BEST_FIRST_INDEX)


def drop_best_first_index(connection: BaseDatabaseWrapper) -> None:
    """Migration 0003 reversed: the table as it was before the index."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX IF EXISTS {BEST_FIRST_INDEX_NAME}")


def remove(connection: BaseDatabaseWrapper) -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(_REMOVE)
