"""Editors' side of search: the unanswered-searches report and who pins results."""

import datetime

from django.test import TestCase
from django.utils import timezone

from governance import roles
from search.models import UnansweredQuery
from tests import factories


class UnansweredSearchReportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        today = timezone.localdate()
        UnansweredQuery.objects.create(
            language="kk", query_string="жатақхана бағасы", date=today, hits=7
        )
        UnansweredQuery.objects.create(
            language="kk",
            query_string="жатақхана бағасы",
            date=today - datetime.timedelta(days=1),
            hits=5,
        )
        UnansweredQuery.objects.create(
            language="ru", query_string="стоимость обучения", date=today, hits=3
        )
        UnansweredQuery.objects.create(
            language="en",
            query_string="old query",
            date=today - datetime.timedelta(days=90),
            hits=50,
        )

    def test_approvers_see_the_most_frequent_unanswered_queries_first(self):
        self.client.force_login(factories.role_user(roles.SECTION_APPROVERS))
        response = self.client.get("/admin/search-reports/unanswered/", {"period": "30"})
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn("жатақхана бағасы", html)
        self.assertIn("<td>12</td>", html)
        self.assertLess(html.index("жатақхана бағасы"), html.index("стоимость обучения"))
        self.assertNotIn("old query", html)

    def test_the_report_filters_by_language_and_exports(self):
        self.client.force_login(factories.role_user(roles.MARKETING_HEAD))
        response = self.client.get("/admin/search-reports/unanswered/", {"language": "ru"})
        self.assertContains(response, "стоимость обучения")
        self.assertNotContains(response, "жатақхана бағасы")
        export = self.client.get("/admin/search-reports/unanswered/", {"export": "csv"})
        self.assertEqual(export.status_code, 200)
        self.assertIn("жатақхана бағасы", b"".join(export.streaming_content).decode())

    def test_section_editors_may_not_see_the_report(self):
        editor = factories.role_user(roles.SECTION_EDITORS["universitet"])
        self.client.force_login(editor)
        response = self.client.get("/admin/search-reports/unanswered/")
        self.assertIn(response.status_code, (302, 403))

    def test_the_marketing_head_may_pin_promoted_results(self):
        marketing = factories.role_user(roles.MARKETING_HEAD)
        self.assertTrue(marketing.has_perm("wagtailsearchpromotions.add_searchpromotion"))
        self.client.force_login(marketing)
        self.assertEqual(self.client.get("/admin/searchpicks/").status_code, 200)
