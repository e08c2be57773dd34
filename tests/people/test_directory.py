"""The directory of staff and teachers (W §8.5): a page per person in each language with
a schema.org Person description, filters by unit and kind of position, and a search by
name that finds a person whatever script the name is typed in."""

import json
import re

import pytest

from people.models import Category, Person
from tests import factories
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

NAMES = {"kk": "Нұрлан Әбдібеков", "ru": "Нурлан Абдибеков", "en": "Nurlan Abdibekov"}
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def person_url(language: str, person: Person) -> str:
    return factories.directory(language).url + person.slug + "/"


def json_ld(html: str) -> list[dict]:
    return [json.loads(block) for block in JSON_LD.findall(html)]


@pytest.fixture
def rector():
    unit = factories.UnitFactory(name="Ректорат")
    person = factories.PublicPersonFactory(
        name=NAMES["kk"],
        slug="nurlan-abdibekov",
        position="Ректор",
        unit=unit,
        email="rector@example.org",
        phone="+7 (7172) 00-00-01",
        biography="Университетте 2004 жылдан бері жұмыс істейді.",
    )
    return factories.person_everywhere(person, NAMES)


def test_a_person_renders_in_three_languages_with_a_json_ld_person(client, rector, subtests):
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            response = client.get(person_url(language, rector[language]))
            assert response.status_code == 200
            html = response.content.decode()
            assert f'<html lang="{language}"' in html
            assert NAMES[language] in html
            assert "rector@example.org" in html
            people = [item for item in json_ld(html) if item.get("@type") == "Person"]
            assert len(people) == 1
            assert people[0]["name"] == NAMES[language]
            assert people[0]["email"] == "mailto:rector@example.org"
            assert people[0]["url"].endswith(person_url(language, rector[language]))


def test_json_ld_cannot_be_broken_out_of_by_a_name(client):
    person = factories.PersonFactory(name="</script><script>alert(1)</script>", slug="hostile")
    html = client.get(person_url("kk", person)).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)[0]["name"] == person.name


def test_an_untranslated_person_is_shown_in_the_source_language(client):
    person = factories.PersonFactory(name="Айгүл Жақсылықова", slug="aigul")
    html = client.get(person_url("en", person)).content.decode()
    assert "Айгүл Жақсылықова" in html


def test_an_unknown_person_is_a_404(client, subtests):
    for path in ("nobody/", "nurlan-abdibekov/extra/", "%D0%B0/"):
        with subtests.test(path=path):
            assert client.get(factories.directory("kk").url + path).status_code == 404


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Nurlan", "Нұрлан Әбдібеков"),
        ("Нурлан Абдибеков", "Нұрлан Әбдібеков"),
        ("nurlan abdibekov", "Нұрлан Әбдібеков"),
        ("Aliya", "Әлия Жұмабаева"),
        ("Алия", "Әлия Жұмабаева"),
        ("Zhumabayeva", "Әлия Жұмабаева"),
        ("Әлия", "Aliya Zhumabayeva"),
        ("Ерлан Сейитов", "Yerlan Seitov"),
    ],
)
def test_the_directory_finds_a_name_typed_in_another_script(client, typed, stored):
    wanted = factories.PersonFactory(name=stored)
    other = factories.PersonFactory(name="Мадина Ахметова")
    html = client.get(factories.directory("kk").url, {"q": typed}).content.decode()
    assert wanted.name in html
    assert other.name not in html


def test_the_directory_filters_by_unit_and_kind_of_position(client, subtests):
    faculty = factories.UnitFactory(name="Экономика факультеті")
    library = factories.UnitFactory(name="Кітапхана")
    dean = factories.PersonFactory(name="Дана Омарова", unit=faculty, category=Category.HEAD)
    teacher = factories.PersonFactory(name="Тимур Қасымов", unit=faculty)
    librarian = factories.PersonFactory(name="Гүлнара Садықова", unit=library)
    url = factories.directory("kk").url
    cases = {
        "unit": ({"unit": faculty.pk}, {dean, teacher}, {librarian}),
        "position": ({"category": Category.HEAD}, {dean}, {teacher, librarian}),
        "both": ({"unit": faculty.pk, "category": Category.TEACHER}, {teacher}, {dean}),
    }
    for name, (query, shown, hidden) in cases.items():
        with subtests.test(filter=name):
            html = client.get(url, query).content.decode()
            for person in shown:
                assert person.name in html
            for person in hidden:
                assert person.name not in html


def test_a_unit_chosen_in_russian_finds_people_of_the_kazakh_unit(client):
    """A person's unit stays the Kazakh record; the Russian filter offers the Russian
    translation of the unit and still finds them."""
    unit = factories.UnitFactory(name="Кітапхана")
    russian_unit = factories.translate_snippet(unit, "ru", {"Кітапхана": "Библиотека"})
    person = factories.PersonFactory(name="Гүлнара Садықова", unit=unit)
    html = client.get(factories.directory("ru").url, {"unit": russian_unit.pk}).content.decode()
    assert person.name in html


@pytest.mark.parametrize(
    "query",
    [
        {"q": "Н" * 151},
        {"q": "!!! ???"},
        {"unit": "not-a-number"},
        {"unit": "999999999"},
        {"category": "rector'; DROP TABLE"},
    ],
    ids=["overlong-name", "no-letters", "unit-not-a-number", "unknown-unit", "unknown-position"],
)
def test_bad_filters_are_a_translated_400(client, query):
    response = client.get(factories.directory("ru").url, query)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Nobody" not in html  # the Russian page, not English


def test_the_directory_pages_through_many_people_in_bounded_queries(
    client, django_assert_max_num_queries
):
    unit = factories.UnitFactory()
    factories.PersonFactory.create_batch(80, unit=unit)
    url = factories.directory("kk").url
    client.get(url)  # warm the per-process caches (site, locales)
    with django_assert_max_num_queries(12):
        response = client.get(url, {"page": 2})
    assert response.status_code == 200


def test_a_persons_page_renders_in_bounded_queries(client, rector, django_assert_max_num_queries):
    factories.PersonFactory.create_batch(50)
    url = person_url("ru", rector["ru"])
    client.get(url)  # warm the per-process caches (site, locales)
    with django_assert_max_num_queries(12):
        response = client.get(url)
    assert response.status_code == 200
