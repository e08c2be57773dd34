"""The archive's month counts (issue 16): counting reads every item of an index, so with
the page cache on they are counted once per change of the news, not on every view, and
a published item shows in them at once."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def counting_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in queries if "GROUP BY" in query["sql"]]


def test_month_counts_are_counted_once_and_again_after_news_is_published(client, committed):
    with committed():
        index = factories.NewsIndexPageFactory(parent=factories.home_page())
        for day in (5, 20):
            factories.NewsPageFactory(parent=index, date=datetime.date(2026, 9, day))
    assert counting_queries(client, index.url)
    # Another address of the same index (a page the store does not hold yet): its
    # months and counts come from the store.
    assert not counting_queries(client, f"{index.url}2026/09/")
    assert client.get(f"{index.url}2026/11/").status_code == 404

    with committed():
        factories.NewsPageFactory(parent=index, date=datetime.date(2026, 11, 2))
    assert counting_queries(client, f"{index.url}2026/11/")
    assert f'href="{index.url}2026/11/"' in client.get(index.url).text
