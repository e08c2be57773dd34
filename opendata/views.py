"""CSV and JSON downloads of each dataset per language at stable URLs (O1):
``/opendata/<dataset>.<language>.csv`` and ``….json``.

A download is the whole dataset, as publishers and their users expect of a file at a
stable address (scripts fetch it; spreadsheets open it). It is streamed: records are
read from the database in batches and sent as they are written, so the first byte
leaves at once and a worker's memory stays flat whatever the size of the dataset. The
page cache keeps the finished file (``portal/page_cache.py``), so only the first visit
after a change builds it. Paged access to pages, for clients that want it, is the API
(``/api/v2/pages/?type=news.NewsPage&limit=…&offset=…``).
"""

import csv
import io
import json
from itertools import islice

from django.db import connections, router, transaction
from django.http import Http404, StreamingHttpResponse
from django.utils import translation

from wagtail.models import Page

from portal.languages import LANGUAGE_CODES
from portal.public_url import absolute

from .datasets import FIRST_RECORDS, LICENCE, LICENCE_URL, get_dataset

#: Records per chunk after the first (``FIRST_RECORDS``): large enough that a chunk is
#: worth a write.
BATCH = 500


def _base_url(request) -> str:
    """Addresses in the exports name the public site (PUBLIC_URL)."""
    return absolute("/").rstrip("/")


def _batches(records):
    records = iter(records)
    size = FIRST_RECORDS
    while batch := list(islice(records, size)):
        yield batch
        size = BATCH


def csv_chunks(dataset, records):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=dataset.field_names, lineterminator="\r\n")
    buffer.write("\ufeff")  # spreadsheets read UTF-8 (Cyrillic) only with a BOM
    writer.writeheader()
    yield buffer.getvalue()
    for batch in _batches(records):
        buffer.seek(0)
        buffer.truncate()
        writer.writerows(batch)
        yield buffer.getvalue()


def json_chunks(dataset, language, records):
    """One JSON object, its ``records`` last: the description first, then one line per
    record, so a client can read it whole or line by line."""
    head = json.dumps(
        {
            "dataset": dataset.slug,
            "language": language,
            "title": str(dataset.title),
            "description": str(dataset.description),
            "licence": LICENCE,
            "licence_url": LICENCE_URL,
            "fields": [
                {"name": f.name, "type": f.type, "description": str(f.description)}
                for f in dataset.fields
            ],
        },
        ensure_ascii=False,
        indent=1,
    )
    yield head[: -len("\n}")] + ',\n "records": ['
    separator = "\n  "
    for batch in _batches(records):
        parts = []
        for record in batch:
            parts.append(separator + json.dumps(record, ensure_ascii=False))
            separator = ",\n  "
        yield "".join(parts)
    yield "\n ]\n}\n"


def one_snapshot(using: str) -> None:
    """Make the transaction just begun on ``using`` read one snapshot of the data for
    all its queries (PostgreSQL's REPEATABLE READ; its default gives each query its
    own). Only a transaction this code began: the level can be set only before its
    first query, so inside a caller's transaction (a test's) nothing changes. SQLite's
    transactions read one snapshot already."""
    connection = connections[using]
    if connection.vendor == "postgresql" and len(connection.atomic_blocks) == 1:
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")


def _in_language(language, chunks):
    """Translated descriptions and dates read while streaming, after the view has
    returned, still come out in the export's language. One transaction reading one
    snapshot: the file shows the data as it was when its first records were read (a
    publish during the download does not half-show, nor shift the records read after
    it), and PostgreSQL's cursor returns its rows as asked; outside a transaction
    Django declares it WITH HOLD, which computes the whole result before the first
    row. The transaction is on the database pages are read from (a router may send
    reads elsewhere than the default, as ``bench/twin.py`` does)."""
    using = router.db_for_read(Page)
    with translation.override(language), transaction.atomic(using=using):
        one_snapshot(using)
        yield from chunks


def download(request, slug, language, extension):
    dataset = get_dataset(slug)
    if dataset is None or language not in LANGUAGE_CODES or extension not in ("csv", "json"):
        raise Http404
    records = dataset.records(language, _base_url(request))
    if extension == "csv":
        chunks = csv_chunks(dataset, records)
        content_type = "text/csv; charset=utf-8"
    else:
        chunks = json_chunks(dataset, language, records)
        content_type = "application/json; charset=utf-8"
    response = StreamingHttpResponse(_in_language(language, chunks), content_type=content_type)
    response.page_cacheable = True  # stored whole once streamed (portal/page_cache.py)
    response["Content-Disposition"] = f'inline; filename="{slug}-{language}.{extension}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
