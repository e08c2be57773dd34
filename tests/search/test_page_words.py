"""Search on PostgreSQL ranks from each page's words (``search.page_words``), a table
the database keeps in step with Wagtail's index: results follow every edit, removal and
rebuild of the index, and come in the order Wagtail's own rank gives."""

from unittest import skipUnless

from django.core.management import call_command
from django.db import connection
from django.test import TestCase

from wagtail.search.backends.database.postgres.weights import get_sql_weights

from search import engine
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
