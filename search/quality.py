"""Fixed query sets and the recall/precision of the search over whatever content the
database holds (the tests' factory-made pages, or the demo in ``make bench``).

Each query is an inflected form; its relevant pages are judged without the stemmer:
a page is relevant when its text contains any form of the query's word from a
hand-written list of forms (``forms``). Forms missing from a list make precision look
lower than it is, never recall higher.
"""

from __future__ import annotations

from dataclasses import dataclass

from wagtail.models import Locale, Page

from . import engine
from .analysis import words


@dataclass(frozen=True)
class Concept:
    queries: tuple[str, ...]
    forms: frozenset[str]


def _concept(queries: str, forms: str) -> Concept:
    return Concept(tuple(queries.split()), frozenset(forms.split()) | frozenset(queries.split()))


CONCEPTS = {
    "kk": [
        _concept(
            "университеттің университетте",
            "университет университетке университеттен университетті университеттері "
            "университетіміз университеттегі университетінің университетімен",
        ),
        _concept(
            "студенттерге студенттің",
            "студент студенттер студенттердің студентке студенттерді студенттеріміз",
        ),
        _concept(
            "кітапханаға кітапханасы",
            "кітапхана кітапханада кітапхананың кітапханасына кітапханалар",
        ),
        _concept("стипендиясы стипендияны", "стипендия стипендияға стипендиялар"),
        _concept("емтихандар емтиханға", "емтихан емтиханда емтихандарды емтиханның"),
        _concept("жатақханада жатақхананың", "жатақхана жатақханаға жатақханалар жатақханасы"),
        _concept("факультетінің факультетте", "факультет факультеті факультеттер факультеттің"),
        _concept("ректордың ректорға", "ректор ректорының ректормен ректоры"),
        _concept("конференцияға конференциясы", "конференция конференцияда конференциялар"),
        _concept(
            "бағдарламасы бағдарламаға",
            "бағдарлама бағдарламалары бағдарламасына бағдарламалар",
        ),
        _concept("оқытушылар оқытушылардың", "оқытушы оқытушыға оқытушылары оқытушыны"),
        _concept("гранттар грантқа", "грант гранты гранттың"),
        _concept("кафедрасы кафедрада", "кафедра кафедраның кафедралар"),
        _concept("қабылдауға қабылдауы", "қабылдау қабылдаудың"),
        _concept("түлектер түлегі", "түлек түлектеріміз түлектерге"),
        _concept("мектебі мектептер", "мектеп мектепте мектептің"),
    ],
    "ru": [
        _concept("университета университетом", "университет университете университеты"),
        _concept("студентов студентам", "студент студенты студента студентами"),
        _concept("библиотеке", "библиотека библиотеки библиотеку библиотекой"),
        _concept("стипендии", "стипендия стипендию стипендий"),
        _concept("экзаменов", "экзамен экзамены экзамена экзаменам"),
        _concept("общежитии", "общежитие общежития общежитий"),
        _concept("факультета", "факультет факультете факультеты"),
        _concept("ректора", "ректор ректором ректору"),
        _concept("конференции", "конференция конференцию конференций"),
        _concept("программы", "программа программе программу программ"),
        _concept("преподавателей", "преподаватель преподаватели преподавателя"),
        _concept("грантов", "грант гранты гранта"),
        _concept("кафедры", "кафедра кафедре кафедру"),
        _concept("выпускников", "выпускник выпускники выпускникам"),
    ],
    "en": [
        _concept("universities", "university"),
        _concept("students", "student"),
        _concept("libraries", "library"),
        _concept("scholarships", "scholarship"),
        _concept("exams", "exam"),
        _concept("dormitories", "dormitory"),
        _concept("faculties", "faculty"),
        _concept("rectors", "rector"),
        _concept("conferences", "conference"),
        _concept("programmes", "programme"),
        _concept("teachers", "teacher"),
        _concept("grants", "grant"),
        _concept("departments", "department"),
        _concept("admissions", "admission"),
        _concept("graduates", "graduate"),
    ],
}


def queries(language: str) -> list[tuple[str, frozenset[str]]]:
    return [(query, concept.forms) for concept in CONCEPTS[language] for query in concept.queries]


@dataclass
class Score:
    language: str
    queries: int
    judged: int
    recall: float
    precision: float
    misses: list[str]


def page_words(page) -> set[str]:
    parts = [page.title, page.seo_title, page.search_description, getattr(page, "intro", "")]
    body = getattr(page, "body", None)
    if body is not None:
        parts.extend(body.stream_block.get_searchable_content(body))
    return set(words(" ".join(filter(None, parts))))


def measure(language: str, *, stems: bool = True) -> Score:
    """Macro-averaged recall and precision of the real index for one language's
    queries (queries with no relevant page are left out of both averages).
    ``stems=False`` searches the words only, as Wagtail would without this app."""
    locale = Locale.objects.get(language_code=language)
    pages = Page.objects.live().public().filter(locale=locale, depth__gt=2).specific()
    texts = {page.pk: page_words(page) for page in pages}
    recalls, precisions, misses = [], [], []
    query_set = queries(language)
    for query, forms in query_set:
        relevant = {pk for pk, text in texts.items() if text & forms}
        if not relevant:
            continue
        terms = engine.query_terms(query, language)
        if not stems:
            terms = [(word, word) for word, _stem in terms]
        found = {page.pk for page in engine.page_results(locale, terms)}
        hit = found & relevant
        recalls.append(len(hit) / len(relevant))
        precisions.append(len(hit) / len(found) if found else 1.0)
        if hit != relevant:
            misses.append(query)
    judged = len(recalls)
    return Score(
        language=language,
        queries=len(query_set),
        judged=judged,
        recall=sum(recalls) / judged if judged else 0.0,
        precision=sum(precisions) / judged if judged else 0.0,
        misses=misses,
    )
