"""Recall and precision of the real index on the fixed query sets (T2).

The pages are built here; the queries are inflected forms that the pages do not
contain as typed, so only the language rules can find them."""

from django.test import TestCase

from search.quality import measure, queries
from tests.search import corpus

THRESHOLDS = {"kk": (0.9, 0.8), "ru": (0.9, 0.8), "en": (0.9, 0.8)}


class QuerySetQualityTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        for language in THRESHOLDS:
            corpus.build(language)

    def test_query_sets_are_large_enough(self):
        self.assertGreaterEqual(len(queries("kk")), 30)
        self.assertGreaterEqual(len(queries("ru")), 15)
        self.assertGreaterEqual(len(queries("en")), 15)

    def test_inflected_queries_find_their_pages_in_each_language(self):
        for language, (min_recall, min_precision) in THRESHOLDS.items():
            with self.subTest(language=language):
                score = measure(language)
                self.assertGreaterEqual(score.judged, len(queries(language)) * 0.9)
                self.assertGreaterEqual(score.recall, min_recall, score.misses)
                self.assertGreaterEqual(score.precision, min_precision)

    def test_words_alone_miss_inflected_kazakh_forms(self):
        """The baseline the stemmer is measured against: without it, most Kazakh
        queries find nothing, so the test above is not passing by accident."""
        self.assertLess(measure("kk", stems=False).recall, 0.5)
