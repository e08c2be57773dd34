"""A withdrawn news item keeps its address (the archive keeps it), so every export and
the API publish the withdrawal, its date and its reason, the same way."""

import csv
import datetime
import io
import json

from django.test import TestCase

from tests import factories
from tests.utils import body


class WithdrawnNewsInOpenDataTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        index = factories.news_index()
        cls.current = factories.NewsPageFactory(parent=index, title="Ағымдағы жаңалық")
        cls.withdrawn = factories.NewsPageFactory(
            parent=index,
            title="Қайтарылған жаңалық",
            withdrawn_on=datetime.date(2025, 3, 4),
            withdrawal_notice="Күні қате көрсетілген.",
        )

    def records(self, extension):
        response = self.client.get(f"/opendata/news.kk.{extension}")
        self.assertEqual(response.status_code, 200)
        if extension == "json":
            return {row["title"]: row for row in json.loads(body(response))["records"]}
        rows = csv.DictReader(io.StringIO(body(response).decode("utf-8-sig")))
        return {row["title"]: row for row in rows}

    def test_csv_and_json_publish_the_withdrawal_with_its_date_and_reason(self):
        for extension in ("csv", "json"):
            with self.subTest(extension=extension):
                rows = self.records(extension)
                self.assertEqual(rows[self.withdrawn.title]["withdrawn_on"], "2025-03-04")
                self.assertEqual(
                    rows[self.withdrawn.title]["withdrawal_notice"], "Күні қате көрсетілген."
                )
                self.assertEqual(rows[self.current.title]["withdrawn_on"], "")

    def test_the_api_publishes_the_withdrawal_the_same_way(self):
        response = self.client.get(
            "/api/v2/pages/",
            {"type": "news.NewsPage", "fields": "withdrawn_on,withdrawal_notice", "limit": 100},
        )
        self.assertEqual(response.status_code, 200)
        items = {item["title"]: item for item in response.json()["items"]}
        self.assertEqual(items[self.withdrawn.title]["withdrawn_on"], "2025-03-04")
        self.assertEqual(items[self.withdrawn.title]["withdrawal_notice"], "Күні қате көрсетілген.")
        self.assertIsNone(items[self.current.title]["withdrawn_on"])
