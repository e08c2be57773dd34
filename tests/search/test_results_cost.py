"""The results page's SQL does not grow with what it shows (T2, issue 12 speed): a page
of ten results mixing every kind of page, documents and people costs no more queries
than a page with one result, and stays within the page-view budget of 12."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from tests import factories

WORD = "көпсалалылық"  # a word no prescribed page contains
QUERY_BUDGET = 12


class ResultsPageCostTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        sections = factories.sections("kk")
        for number in range(6):
            factories.SubsectionPageFactory(
                parent=sections[number % len(sections)], title=f"{WORD} бөлімі {number}"
            )
            factories.NewsPageFactory(parent=factories.news_index("kk"), title=f"{WORD} {number}")
            factories.EventPageFactory(
                parent=factories.event_index("kk"), title=f"{WORD} кеші {number}"
            )
            factories.BlogPostPageFactory(
                parent=factories.blog_index("kk"), title=f"{WORD} туралы ой {number}"
            )
            factories.PressReleasePageFactory(
                parent=factories.press_index("kk"), title=f"{WORD} хабарламасы {number}"
            )
        for number in range(3):
            factories.RegisteredDocumentFactory(title_kk=f"{WORD} ережесі {number}")
            factories.PersonFactory(name=f"Сынақ {number}", position=f"{WORD} маманы")
        factories.SubsectionPageFactory(parent=sections[0], title="Жалғыз бірегейсөз беті")

    def queries_of(self, **params) -> tuple[int, str]:
        self.client.get("/kk/search/", params)  # warm the per-locale caches like any page
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/kk/search/", params)
        self.assertEqual(response.status_code, 200)
        self.sql = [query["sql"][:150] for query in queries]
        return len(queries), response.content.decode()

    def test_a_full_page_of_mixed_results_costs_what_a_single_result_costs(self):
        one, html = self.queries_of(q="бірегейсөз")
        self.assertIn("Жалғыз бірегейсөз беті", html)
        for page in ("1", "2", "3"):
            with self.subTest(page=page):
                many, html = self.queries_of(q=WORD, page=page)
                self.assertEqual(html.count('class="search-result"'), 10)
                self.assertLessEqual(many, max(one, QUERY_BUDGET), self.sql)
                self.assertLessEqual(many, QUERY_BUDGET)

    def test_every_filter_stays_within_the_budget(self):
        for kind in ("page", "news", "event", "blog", "press", "document", "person"):
            with self.subTest(kind=kind):
                count, _html = self.queries_of(q=WORD, kind=kind)
                self.assertLessEqual(count, QUERY_BUDGET)
