"""A page's person cards cost the same SQL however many there are (issue 16, flat cost):
the chooser fetches every chosen person and their translations at once
(``PersonChooserBlock.bulk_to_python``), where each card used to look up its person's
locale and translation on its own."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest

from people.directory import Person
from tests import factories

pytestmark = pytest.mark.django_db


def _people(count: int) -> list[Person]:
    people = []
    for number in range(count):
        source = factories.PersonFactory(name=f"Карта Тұлғасы {number}")
        factories.PersonFactory(
            name=f"Лицо Карточки {number}",
            slug=f"{source.slug}-ru",
            translation_key=source.translation_key,
            locale=factories.locale("ru"),
        )
        people.append(source)
    return people


def _page_with_cards(people) -> dict:
    page = factories.SubsectionPageFactory(parent=factories.sections()[0])
    page.body = [{"type": "person", "value": {"person": p.pk, "role": ""}} for p in people]
    page.save_revision().publish()
    translated = factories.translate(page, "ru")
    return {"kk": page, "ru": translated}


def _queries(url: str) -> tuple[int, str]:
    client = Client()
    client.get(url)  # warm the process: site root paths, content types
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_six_person_cards_cost_no_more_queries_than_one_in_every_language():
    one = _page_with_cards(_people(1))
    six = _page_with_cards(_people(6))
    for language in ("kk", "ru"):
        single, _html = _queries(one[language].url)
        many, html = _queries(six[language].url)
        assert many == single, (language, single, many)
        names = "Лицо Карточки" if language == "ru" else "Карта Тұлғасы"
        assert html.count(names) >= 6, language
