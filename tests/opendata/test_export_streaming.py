"""The open-data downloads stay whole files at stable addresses, streamed as they are
written (the first byte does not wait for the last record) and kept by the page cache
once complete; their cost in queries does not grow with the number of records."""

import csv
import io
import json

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest

from news.models import NewsPage
from opendata.datasets import FIRST_RECORDS
from portal.pages import public_pages
from tests import factories
from tests.utils import body

pytestmark = pytest.mark.django_db

NEWS_JSON = "/opendata/news.kk.json"
NEWS_CSV = "/opendata/news.kk.csv"


def news_items(count, **fields):
    index = factories.news_index()
    return [factories.NewsPageFactory(parent=index, **fields) for _ in range(count)]


def exported_titles(response) -> list[str]:
    return [record["title"] for record in json.loads(body(response))["records"]]


def expected_titles() -> list[str]:
    pages = public_pages(NewsPage).filter(locale__language_code="kk")
    return list(pages.order_by("-date", "pk").values_list("title", flat=True))


def test_a_download_is_streamed_with_its_description_before_the_records():
    news_items(3)
    response = Client().get(NEWS_JSON)
    assert response.status_code == 200
    assert response.streaming and not response.has_header("Content-Length")
    chunks = [chunk.decode() for chunk in response.streaming_content]
    assert '"dataset": "news"' in chunks[0] and '"licence"' in chunks[0]
    assert "Сынақ жаңалығы" not in chunks[0], "the description leaves before any record"
    whole = json.loads("".join(chunks))
    assert [r["title"] for r in whole["records"]] == expected_titles()
    assert set(whole["records"][0]) == {
        "date",
        "title",
        "intro",
        "url",
        "withdrawn_on",
        "withdrawal_notice",
    }


def test_the_first_records_leave_in_a_small_batch_of_their_own():
    """However large the dataset, a client has its first screenful of records without
    waiting for the rows after them to be read and written."""
    news_items(FIRST_RECORDS + 3)
    chunks = [chunk.decode() for chunk in Client().get(NEWS_JSON).streaming_content]
    assert [chunk.count('"url":') for chunk in chunks] == [0, FIRST_RECORDS, 3, 0]


def test_addresses_in_the_download_are_each_pages_own():
    items = news_items(3)
    records = json.loads(body(Client().get(NEWS_JSON)))["records"]
    urls = {record["title"]: record["url"] for record in records}
    for item in items:
        assert urls[item.title] == "http://testserver" + item.url


def test_an_empty_dataset_is_still_a_valid_file():
    """No news in English yet: a valid JSON object with no records, a CSV header."""
    NewsPage.objects.filter(locale__language_code="en").delete()
    assert json.loads(body(Client().get("/opendata/news.en.json")))["records"] == []
    header = body(Client().get("/opendata/news.en.csv")).decode("utf-8-sig")
    assert header.startswith("date,title,intro,url,withdrawn_on,withdrawal_notice")


def test_the_cost_of_a_download_in_queries_does_not_grow_with_its_records():
    """The first records are read by a query of their own, the rest from one cursor:
    one query more than a dataset that fits in the first read, then no more."""

    def queries(path):
        body(Client().get(path))  # Wagtail caches the site's root paths on the first
        with CaptureQueriesContext(connection) as captured:
            body(Client().get(path))
        return len(captured)

    news_items(2)
    few = {path: queries(path) for path in (NEWS_JSON, NEWS_CSV)}
    news_items(FIRST_RECORDS)
    more = {path: queries(path) for path in (NEWS_JSON, NEWS_CSV)}
    news_items(40)
    many = {path: queries(path) for path in (NEWS_JSON, NEWS_CSV)}
    assert many == more == {path: count + 1 for path, count in few.items()}


def test_a_complete_download_is_served_from_the_page_cache(page_cache, committed):
    with committed():
        news_items(3)
    first = Client().get(NEWS_JSON)
    assert first.streaming and first["X-Page-Cache"] == "miss"
    first_body = body(first)
    second = Client().get(NEWS_JSON)
    assert second["X-Page-Cache"] == "hit"
    assert body(second) == first_body
    assert second["Content-Type"] == "application/json; charset=utf-8"
    assert second["Access-Control-Allow-Origin"] == "*"
    assert "s-maxage" in second["Cache-Control"]


def test_a_published_news_item_is_in_the_next_download_at_once(page_cache, committed):
    with committed():
        news_items(2)
    body(Client().get(NEWS_CSV))
    assert Client().get(NEWS_CSV)["X-Page-Cache"] == "hit"
    with committed():
        (fresh,) = news_items(1, title="Жаңа ғана жарияланған жаңалық")
    response = Client().get(NEWS_CSV)
    assert response["X-Page-Cache"] == "miss"
    rows = csv.DictReader(io.StringIO(body(response).decode("utf-8-sig")))
    assert fresh.title in [row["title"] for row in rows]


def test_a_download_abandoned_half_way_is_not_kept(page_cache, committed):
    """A client that stops reading after the first chunk leaves nothing behind: the
    next visitor gets the whole file, never a truncated copy."""
    with committed():
        news_items(2)
    abandoned = Client().get(NEWS_JSON)
    next(iter(abandoned.streaming_content))  # and never another
    del abandoned  # the server drops it: its stream is closed
    again = Client().get(NEWS_JSON)
    assert again["X-Page-Cache"] == "miss"
    assert exported_titles(again) == expected_titles()


def test_a_download_over_the_size_limit_is_served_but_not_kept(page_cache, committed, settings):
    settings.PAGE_CACHE_MAX_STREAM_BYTES = 200
    with committed():
        news_items(3)
    for _ in range(2):
        response = Client().get(NEWS_JSON)
        assert response["X-Page-Cache"] == "miss"
        assert exported_titles(response) == expected_titles()


def test_a_signed_in_user_never_fills_the_cache_with_a_download(page_cache, committed):
    with committed():
        news_items(1)
    staff = Client()
    staff.force_login(factories.SuperuserFactory())
    body(staff.get(NEWS_JSON))
    assert Client().get(NEWS_JSON)["X-Page-Cache"] == "miss"
