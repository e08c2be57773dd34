"""The fuzz test's own machinery can fail: it reports a 5xx and a refused request that
wrote a row, traces the query parameters a view reads, and has the corpus it claims."""

import re

from django.test import Client, override_settings

import pytest

from tests.fuzzing.corpus import PER_KIND, Dealer, build_corpus
from tests.fuzzing.runner import Known, Runner

SELF_CHECK = "tests.fuzzing.selfcheck_urls"
TRACER = "tests.fuzzing.tracing.QueryParameterTracer"


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=SELF_CHECK)
def test_a_5xx_and_a_write_before_a_4xx_are_failures():
    runner = Runner()
    runner.send("GET", "/broken/")
    runner.send("POST", "/half-write/", "x=1", "application/x-www-form-urlencoded")
    runner.send("GET", "/reads/")
    assert len(runner.failures) == 2
    assert "GET /broken/ → 500 RuntimeError: the harness must report this" in runner.failures[0]
    assert "POST /half-write/ → 400 but wrote rows {'taggit.Tag': 1}" in runner.failures[1]


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=SELF_CHECK)
def test_a_5xx_known_to_be_fixed_elsewhere_is_reported_apart():
    runner = Runner([Known("fixed on another branch", ("GET",), re.compile(r"^/broken/"))])
    runner.send("GET", "/broken/")
    runner.send("HEAD", "/broken/")
    assert len(runner.known) == 1
    assert runner.known[0].startswith("GET /broken/ → 500")
    assert len(runner.failures) == 1
    assert runner.failures[0].startswith("HEAD /broken/ → 500")


@pytest.mark.django_db
def test_the_tracer_records_every_query_parameter_a_view_reads(settings):
    with override_settings(ROOT_URLCONF=SELF_CHECK, MIDDLEWARE=[TRACER, *settings.MIDDLEWARE]):
        response = Client().get("/reads/", {"unread": "1"})
    assert response.wsgi_request.fuzz_keys_read == {"size", "colour"}


def test_the_corpus_holds_over_a_thousand_distinct_malformed_values_of_every_kind():
    corpus = build_corpus()
    values = [value for kind in corpus.values() for value in kind]
    assert len(values) == len(set(values)) >= 1000
    assert all(len(kind) == PER_KIND for kind in corpus.values())
    texts = {value.text for value in values}
    assert {"\x00", "%ff", "'", '"', "-1", "0"} <= texts
    assert any(len(text) > 4000 for text in texts)
    assert any("<script>" in text for text in texts)
    assert any("UNION SELECT" in text for text in texts)
    # isdecimal, not isdigit: "²" is a digit that int() refuses.
    assert any(text.isdecimal() and int(text) > 2**64 for text in texts)


def test_consecutive_values_are_of_different_kinds_and_none_repeats_before_all_are_used():
    corpus = build_corpus()
    dealer = Dealer(corpus)
    first = dealer.deal(len(corpus))
    assert {value.kind for value in first} == set(corpus)
    dealer.deal(len(dealer) - len(corpus))
    assert len(dealer.dealt) == len(dealer)
