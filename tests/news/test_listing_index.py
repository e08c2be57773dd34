"""The news listing reads its newest items through an index on the date (issue 16,
flat cost): at 15,000 items PostgreSQL otherwise sorts every item for each page of ten
(bench/SCALE.md). The planner is told to avoid a sort or a full scan where it can, as it
would choose at that size; the plan must then name the index. (SQLite, the embedded
default, is checked for the index only: its planner starts from the page table.)"""

import datetime

from django.db import connection

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_the_newest_news_of_an_index_are_read_in_date_order_from_the_date_index():
    index = factories.NewsIndexPageFactory(parent=factories.home_page())
    for number in range(30):
        factories.NewsPageFactory(
            parent=index, date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number)
        )
    newest = index.specific.current_items()[:10]
    assert [item.date.day for item in newest][:2] == [30, 29]
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            # SQLite's planner starts from the page table at any size; the index is
            # there for PostgreSQL, the production database.
            columns = connection.introspection.get_constraints(cursor, "news_newspage")
            assert columns["news_item_date_idx"]["columns"] == ["date", "page_ptr_id"]
            return
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute("SET LOCAL enable_seqscan = off")
    assert "news_item_date_idx" in newest.explain()
