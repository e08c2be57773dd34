"""The public search at /<language>/search/ (T2): what a visitor finds and never finds."""

import datetime

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import PageViewRestriction

from documents.pages import DocumentLibraryPage
from search.hits import hits
from search.models import UnansweredQuery
from tests import factories

WORD = "жаңашылдық"  # a word no prescribed page contains


def results_text(response) -> str:
    """The page's main content: menus may list a page whatever the search found."""
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


class SearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.section = {code: factories.sections(code)[0] for code in factories.LANGUAGE_CODES}
        cls.other_section = factories.sections("kk")[1]
        cls.kk_page = factories.SubsectionPageFactory(
            parent=cls.section["kk"],
            title="Университеттің жаңашылдық орталығы",
            intro="Жаңашылдық орталығы студенттерге көмектеседі.",
        )
        cls.ru_page = factories.SubsectionPageFactory(
            parent=cls.section["ru"],
            title="Центр инноваций университета",
            intro=f"Центр инноваций помогает студентам. {WORD}",
        )
        cls.draft = factories.SubsectionPageFactory(
            parent=cls.section["kk"], title=f"{WORD} жоба", publish=False
        )
        cls.private = factories.SubsectionPageFactory(
            parent=cls.section["kk"], title=f"{WORD} ішкі құжат"
        )
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.LOGIN
        )
        cls.private_child = factories.SubsectionPageFactory(
            parent=cls.private, title=f"{WORD} ішкі бөлім"
        )
        index = factories.news_index("kk")
        cls.news = factories.NewsPageFactory(parent=index, title=f"{WORD} туралы жаңалық")
        cls.withdrawn = factories.NewsPageFactory(
            parent=index,
            title=f"{WORD} қате жаңалық",
            withdrawn_on=datetime.date(2025, 1, 1),
            withdrawal_notice="Қате.",
        )
        cls.withdrawn.save_revision().publish()
        cls.elsewhere = factories.SubsectionPageFactory(
            parent=cls.other_section, title=f"{WORD} басқа бөлімде"
        )
        cls.library = (
            DocumentLibraryPage.objects.live()
            .filter(locale__language_code="kk", category="")
            .order_by("path")
            .first()
        ) or factories.DocumentLibraryPageFactory(parent=cls.section["kk"])
        cls.public_doc = factories.RegisteredDocumentFactory(
            code="ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12", title_kk="Жаңашылдық саясаты туралы ереже"
        )
        cls.staff_doc = factories.RegisteredDocumentFactory(
            code="ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–13",
            title_kk="Жаңашылдық жөніндегі ішкі нұсқаулық",
            restricted=True,
        )
        cls.withdrawn_doc = factories.RegisteredDocumentFactory(
            code="ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–14",
            title_kk="Жаңашылдық бойынша ескі ереже",
            withdrawn=True,
        )

    def search(self, language="kk", **params):
        return self.client.get(f"/{language}/search/", params)

    def test_every_page_has_a_search_form_in_its_header(self):
        for language in factories.LANGUAGE_CODES:
            with self.subTest(language=language):
                response = self.client.get(factories.home_page(language).url)
                self.assertContains(response, f'action="/{language}/search/"')
                self.assertContains(response, 'role="search"')

    def test_inflected_kazakh_word_finds_the_page_with_another_form(self):
        response = self.search(q="университетте жаңашылдыққа")
        self.assertContains(response, self.kk_page.title)

    def test_results_come_only_from_the_visitors_language(self):
        response = self.search("kk", q=WORD)
        self.assertNotIn(self.ru_page.title, results_text(response))
        response = self.search("ru", q=WORD)
        self.assertContains(response, self.ru_page.title)
        self.assertNotIn(self.kk_page.title, results_text(response))
        self.assertNotIn(self.news.title, results_text(response))

    def test_drafts_private_pages_and_withdrawn_news_are_never_found(self):
        for query in (WORD, "жоба", "ішкі", "қате жаңалық", "жаңалық"):
            with self.subTest(query=query):
                text = results_text(self.search(q=query))
                for hidden in (self.draft, self.private, self.private_child, self.withdrawn):
                    self.assertNotIn(hidden.title, text)

    def test_staff_only_and_withdrawn_documents_are_never_found(self):
        for query in (WORD, "ішкі нұсқаулық", "ҚазТБУ-МжКҚБ-ҚТ-8.4.3-2025-13", "2025 14", "ереже"):
            with self.subTest(query=query):
                text = results_text(self.search(q=query))
                self.assertNotIn(self.staff_doc.title_kk, text)
                self.assertNotIn(self.withdrawn_doc.title_kk, text)

    def test_a_document_is_found_by_its_code_typed_with_hyphens_dashes_or_spaces(self):
        for typed in (
            "ҚазТБУ-МжКҚБ-ҚТ-8.4.3-2025-12",
            "ҚазТБУ — МжКҚБ — ҚТ — 8.4.3 — 2025 — 12",
            "қазтбу мжкқб қт 8.4.3 2025 12",
        ):
            with self.subTest(typed=typed):
                response = self.search(q=typed)
                self.assertContains(response, self.public_doc.title_kk)
                self.assertContains(response, self.library.entry_url(self.public_doc))

    def test_a_document_is_found_by_an_inflected_word_of_its_title(self):
        self.assertContains(self.search(q="саясатын"), self.public_doc.title_kk)

    def test_a_document_is_found_by_its_description_in_the_visitors_language(self):
        entry = factories.RegisteredDocumentFactory(
            title_kk="Ішкі тәртіп ережесі",
            purpose_kk="Жатақханада тұратын студенттердің міндеттерін белгілейді.",
            purpose_ru="Устанавливает обязанности студентов, проживающих в общежитии.",
        )
        response = self.search(q="жатақханадағы")
        self.assertContains(response, entry.title_kk)
        self.assertContains(response, "<mark>Жатақханада</mark>")
        self.assertNotContains(self.search(q="общежитии"), entry.title_kk)

    def test_results_show_kind_section_date_and_a_highlighted_snippet(self):
        response = self.search(q="студенттерге")
        self.assertContains(response, "<mark>студенттерге</mark>")
        self.assertContains(response, self.section["kk"].title)
        news = self.search(q=WORD, kind="news")
        self.assertContains(news, self.news.title)
        self.assertContains(news, self.news.date.strftime("%Y-%m-%d"))
        self.assertNotIn(self.kk_page.title, results_text(news))

    def test_filters_narrow_by_kind_and_section(self):
        documents = self.search(q=WORD, kind="document")
        self.assertContains(documents, self.public_doc.title_kk)
        self.assertNotIn(self.news.title, results_text(documents))
        in_section = self.search(q=WORD, section=self.other_section.pk)
        self.assertContains(in_section, self.elsewhere.title)
        self.assertNotIn(self.kk_page.title, results_text(in_section))
        pages = self.search(q=WORD, kind="page")
        self.assertContains(pages, self.elsewhere.title)
        self.assertNotIn(self.news.title, results_text(pages))

    def test_nothing_found_offers_suggestions(self):
        response = self.search(q="зззззззз")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "search-empty")
        self.assertContains(response, self.section["kk"].url)

    def test_hostile_input_gives_a_clean_page(self):
        long_query = "а" * 10_000
        cases = [
            {"q": ""},
            {"q": long_query},
            {"q": "' OR 1=1; DROP TABLE wagtailcore_page; --"},
            {"q": "(a|a)*$ .* [[ \\d+ ^"},
            {"q": '"unbalanced quote'},
            {"q": "NEAR(a b) AND OR NOT * ^title:x"},
            {"q": "nul\x00byte \x1b[31m"},
            {"q": WORD, "page": "-1"},
            {"q": WORD, "page": "abc"},
            {"q": WORD, "page": "99999"},
            {"q": WORD, "unknown": "filter"},
        ]
        for params in cases:
            with self.subTest(params=str(params)[:60]):
                response = self.search(**params)
                self.assertEqual(response.status_code, 200)
        for params in ({"q": WORD, "kind": "nonsense"}, {"q": WORD, "section": "abc"}):
            with self.subTest(params=params):
                response = self.search(**params)
                self.assertEqual(response.status_code, 400)
                self.assertContains(response, 'role="alert"', status_code=400)

    def test_undecodable_bytes_in_the_query_string_give_a_clean_page(self):
        response = self.client.get("/kk/search/?q=%ff%fe%c3%28" + "%D0%B6")
        self.assertEqual(response.status_code, 200)

    def test_pagination_keeps_the_query_and_filters(self):
        for index in range(12):
            factories.SubsectionPageFactory(parent=self.other_section, title=f"{WORD} {index}")
        first = self.search(q=WORD, section=self.other_section.pk)
        self.assertContains(first, "page=2")
        self.assertContains(first, f"section={self.other_section.pk}")
        second = self.search(q=WORD, section=self.other_section.pk, page=2)
        self.assertEqual(second.status_code, 200)

    def test_a_results_page_stays_within_the_page_query_budget(self):
        self.search(q=WORD)  # warm the per-locale caches (feeds, footer) like any page
        with CaptureQueriesContext(connection) as queries:
            response = self.search(q=WORD)
        self.assertContains(response, self.news.title)
        self.assertLessEqual(len(queries), 12, [q["sql"][:120] for q in queries])

    def test_promoted_results_are_pinned_per_language(self):
        query = Query.get("оқу ақысы")
        SearchPromotion.objects.create(query=query, page=self.kk_page, description="Ақы")
        SearchPromotion.objects.create(query=query, page=self.ru_page, description="Плата")
        response = self.search(q="Оқу  ақысы")
        self.assertContains(response, "search-result--promoted")
        self.assertContains(response, self.kk_page.url)
        self.assertNotIn(self.ru_page.url, results_text(response))


class QueryStatisticsTests(TestCase):
    def setUp(self):
        hits.flush()

    @override_settings(SEARCH_HITS_FLUSH_EVERY=3, SEARCH_HITS_FLUSH_SECONDS=3600)
    def test_a_search_does_not_write_and_counts_arrive_in_batches(self):
        with CaptureQueriesContext(connection) as queries:
            self.client.get("/kk/search/", {"q": "жоқсөзқұрама"})
            self.client.get("/kk/search/", {"q": "жоқсөзқұрама"})
        writes = [
            q["sql"] for q in queries if q["sql"].split()[0] in ("INSERT", "UPDATE", "DELETE")
        ]
        self.assertEqual(writes, [])
        self.assertFalse(Query.objects.filter(query_string="жоқсөзқұрама").exists())
        self.client.get("/kk/search/", {"q": "жоқсөзқұрама"})
        query = Query.objects.get(query_string="жоқсөзқұрама")
        self.assertEqual(QueryDailyHits.objects.get(query=query).hits, 3)
        self.assertEqual(
            UnansweredQuery.objects.get(language="kk", query_string="жоқсөзқұрама").hits, 3
        )

    @override_settings(SEARCH_HITS_FLUSH_EVERY=2, SEARCH_HITS_FLUSH_SECONDS=3600)
    def test_a_full_batch_is_written_once_the_request_has_finished(self):
        """Counting a search writes nothing; the search that fills the batch has it
        written when its request finishes (the server has the response by then)."""
        with CaptureQueriesContext(connection) as queries:
            hits.add("kk", "толған буда", found=True)
        self.assertEqual(queries.captured_queries, [])
        self.client.get("/kk/search/", {"q": "толған буда"})
        query = Query.objects.get(query_string="толған буда")
        self.assertEqual(QueryDailyHits.objects.get(query=query).hits, 2)

    @override_settings(SEARCH_HITS_FLUSH_EVERY=100, SEARCH_HITS_FLUSH_SECONDS=3600)
    def test_a_request_that_did_not_search_never_writes_statistics(self):
        """Counts that have grown old are not written by a page view or a refused
        form: only a search makes a batch due, so those requests stay read-only."""
        hits.add("kk", "күтетін буда", found=True)
        with self.settings(SEARCH_HITS_FLUSH_SECONDS=0):
            with CaptureQueriesContext(connection) as queries:
                self.client.get("/kk/search/")  # no query: nothing counted
                self.client.post("/kk/search/", {"q": "x"})
            writes = [
                q["sql"] for q in queries if q["sql"].split()[0] in ("INSERT", "UPDATE", "DELETE")
            ]
            self.assertEqual(writes, [])
            self.assertEqual(hits.pending(), 1)
            self.client.get("/kk/search/", {"q": "күтетін буда"})
        self.assertEqual(hits.pending(), 0)
        query = Query.objects.get(query_string="күтетін буда")
        self.assertEqual(QueryDailyHits.objects.get(query=query).hits, 2)
