"""Search on PostgreSQL ranks from each page's words (``search.page_words``), a table
the database keeps in step with Wagtail's index: results follow every edit, removal and
rebuild of the index, and come in the order Wagtail's own rank gives."""

from unittest import skipUnless

from django.core.management import call_command
from django.db import connection
from django.test import TestCase, override_settings

from wagtail.models import Page
from wagtail.search.backends.database.postgres.weights import get_sql_weights

from search import engine, postgres
from search.analysis import query_terms
from tests import factories


def found(word: str, language: str = "kk") -> list[str]:
    """The titles of the pages a visitor's search for ``word`` lists, best first."""
    terms = query_terms(word, language)
    return [page.title for page in engine.page_results(engine.locale_id(language), terms)[:]]


@skipUnless(connection.vendor == "postgresql", "the ranked words are PostgreSQL's")
class RankedWordsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.section = factories.sections("kk")[0]

    def page(self, title: str, intro: str = ""):
        return factories.SubsectionPageFactory(parent=self.section, title=title, intro=intro)

    def test_pages_come_in_the_order_of_wagtails_rank(self):
        once = self.page("Бірінші бет", "Мұнда жаңасөзбек бір рет айтылады.")
        thrice = self.page("Екінші бет", "Жаңасөзбек, жаңасөзбек және тағы да жаңасөзбек.")
        titled = self.page("Жаңасөзбек туралы бет", "Тақырыбында бар.")
        self.assertEqual(found("жаңасөзбек"), [titled.title, thrice.title, once.title])

        word, word_stem = query_terms("жаңасөзбек", "kk")[0]
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT object_id::integer FROM wagtailsearch_indexentry, "
                "to_tsquery('simple', quote_literal(%s) || ' | ' || quote_literal(%s)) AS q "
                "WHERE object_id = ANY(%s) ORDER BY "
                "ts_rank(%s::float4[], title, q) * title_norm + ts_rank(%s::float4[], body, q) "
                "DESC, object_id::integer DESC",
                [
                    word,
                    word_stem,
                    [str(page.pk) for page in (once, thrice, titled)],
                    get_sql_weights(),
                    get_sql_weights(),
                ],
            )
            by_wagtail = [row[0] for row in cursor.fetchall()]
        self.assertEqual(by_wagtail, [titled.pk, thrice.pk, once.pk])

    def test_a_page_of_results_read_from_the_best_rows_is_the_whole_ranking(self):
        """However few of each word's best rows are read first, every page of results
        is what ranking every match gives: a search reads deeper until the last result
        it shows outranks every page it has not read. Many pages share a rank here
        (the same text), and those come newest first."""
        for number in range(9):
            words = ["тереңбек"] * (number % 3 + 1) + ["ақжолбек"] * (number % 2)
            self.page(f"Бет {number}", " ".join(words) + " мәтін")
        self.page("Тереңбек тақырыпта", "Жазылған.")
        self.page("Тереңбектің беті", "Тереңбектің сөзі бар, ақжолбек те бар.")
        self.page("Тек ақжолбек", "Ақжолбек.")
        self.page("Ақжолбек пен тереңбек", "Тереңбек ақжолбек.")
        locale = engine.locale_id("kk")
        pages = Page.objects.live().filter(locale_id=locale)
        for query in ("тереңбек", "тереңбектің", "тереңбек ақжолбек"):
            terms = query_terms(query, "kk")
            whole = [page.pk for page in postgres.ranked_pages(locale, pages, terms)]
            self.assertGreater(len(whole), 3, query)
            for first_depth in (1, 2, 3):
                ranked = postgres.ranked_pages(locale, pages, terms, first_depth=first_depth)
                for start in range(len(whole)):
                    with self.subTest(query=query, depth=first_depth, start=start):
                        shown, total = ranked.window(start, start + 3)
                        self.assertEqual([page.pk for page in shown], whole[start : start + 3])
                        self.assertEqual(total, len(whole))

        # The word only in the body: a title's rank also weighs the title's length
        # against the index's average, which moves as pages are added.
        same_text = [self.page("Бірдей бет", "Қатарбек туралы.") for _ in range(3)]
        newest_first = sorted((page.pk for page in same_text), reverse=True)
        terms = query_terms("қатарбек", "kk")
        shallow = postgres.ranked_pages(locale, pages, terms, first_depth=1)
        self.assertEqual([page.pk for page in shallow.window(0, 3)[0]], newest_first)

    @override_settings(SEARCH_COUNTED_AT_MOST=3)
    def test_past_the_counted_limit_a_search_says_more_than(self):
        """Matches are counted up to a limit; past it the visitor reads "more than",
        and the best of them are still listed."""
        titles = [self.page(f"Шектібек {number}", "").title for number in range(4)]
        response = self.client.get("/kk/search/", {"q": "шектібек"})
        self.assertContains(response, "«шектібек» бойынша 3 нәтижеден астам")
        self.assertEqual(response.content.decode().count('class="search-result"'), 3)
        self.assertEqual(found("шектібек")[:3], titles[::-1][:3])

        Page.objects.get(title=titles[0]).unpublish()
        response = self.client.get("/kk/search/", {"q": "шектібек"})
        self.assertContains(response, "«шектібек» бойынша 3 нәтиже")
        self.assertNotContains(response, "астам")

    def test_every_query_word_must_be_on_the_page(self):
        both = self.page("Көкжиекбек пен ақжолтай", "")
        self.page("Тек көкжиекбек", "")
        self.assertEqual(found("көкжиекбек ақжолтай"), [both.title])

    def test_results_follow_an_edit_and_a_deletion(self):
        page = self.page("Ескісөзбек жазылған бет", "")
        self.assertEqual(found("ескісөзбек"), [page.title])

        page.title = "Жаңажазбабек жазылған бет"
        page.save_revision().publish()
        self.assertEqual(found("ескісөзбек"), [])
        self.assertEqual(found("жаңажазбабек"), [page.title])

        page.delete()
        self.assertEqual(found("жаңажазбабек"), [])
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM search_page_word WHERE page_id = %s", [page.pk])
            self.assertEqual(cursor.fetchone()[0], 0)

    def test_results_survive_rebuilding_the_index(self):
        page = self.page("Қайтақұрылбек беті", "")
        call_command("update_index", verbosity=0)
        self.assertEqual(found("қайтақұрылбек"), [page.title])

    def test_only_the_locale_of_the_search_is_ranked(self):
        kazakh = self.page("Тілшебек беті", "")
        english = factories.SubsectionPageFactory(
            parent=factories.sections("en")[0], title="Тілшебек page"
        )
        self.assertEqual(found("тілшебек", "kk"), [kazakh.title])
        self.assertEqual(found("тілшебек", "en"), [english.title])
