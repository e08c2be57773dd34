"""An open-data download is one snapshot of the data: an item unpublished while the
file streams does not shift the records read after it (none lost, none twice).

The first records and the rest are read by two queries (``in_export_order``), and an
editor's change must come from another connection while the download is open, so this
test works with committed data outside the per-test transaction and removes the pages
it made.
"""

import json
import threading

from django.db import connection, connections
from django.test import Client

import pytest

from news.models import NewsPage
from opendata.datasets import FIRST_RECORDS
from portal.pages import public_pages
from tests import factories

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL gives each query its own snapshot unless told otherwise; an SQLite "
    "transaction reads one snapshot and blocks a writer from another connection",
)

NEWS_JSON = "/opendata/news.kk.json"


def kk_titles() -> list[str]:
    pages = public_pages(NewsPage).filter(locale__language_code="kk")
    return list(pages.order_by("-date", "pk").values_list("title", flat=True))


def in_another_connection(action):
    """``action`` run as another request would: its own connection, committed."""
    errors = []

    def run():
        try:
            action()
        except Exception as error:  # reported by the test, not lost in the thread
            errors.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert not errors, errors


def test_an_item_unpublished_while_a_download_streams_shifts_nothing(autocommit):
    index = factories.NewsIndexPageFactory(parent=factories.home_page())
    try:
        for _ in range(FIRST_RECORDS + 5):
            factories.NewsPageFactory(parent=index)
        before = kk_titles()
        chunks = iter(Client().get(NEWS_JSON).streaming_content)
        read = [next(chunks), next(chunks)]  # the description, then the first records
        newest = NewsPage.objects.get(title=before[0])
        in_another_connection(lambda: NewsPage.objects.get(pk=newest.pk).unpublish())
        read.extend(chunks)
        records = json.loads(b"".join(read))["records"]
        assert [record["title"] for record in records] == before
        assert newest.title not in kk_titles(), "the next download no longer lists it"
    finally:
        index.delete()  # and the news items under it
