"""People in the site search and the sitemap (T2, SRCH-3): a visitor finds a member of
staff by name in any script, or by position, in the language of the page, and reaches
their page in the directory; nobody is listed when the directory is not public."""

import xml.etree.ElementTree as ET

from django.urls import reverse
from django.utils import translation

from wagtail.models import PageViewRestriction

import pytest

from tests import factories

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def dean():
    person = factories.PersonFactory(
        name="Әлия Серікбаева", slug="aliya-serikbaeva", position="Экономика факультетінің деканы"
    )
    return factories.person_everywhere(person, {"ru": "Алия Серикбаева", "en": "Aliya Serikbayeva"})


def search(client, language, **params):
    with translation.override(language):
        url = reverse("search:search")
    response = client.get(url, params)
    html = response.content.decode()
    return response, html[html.index("<main") : html.index("</main>")]


@pytest.mark.parametrize(
    "language, query, name",
    [
        ("kk", "Серікбаева", "Әлия Серікбаева"),
        ("kk", "serikbaeva", "Әлия Серікбаева"),  # typed in Latin letters
        ("ru", "Серикбаева", "Алия Серикбаева"),
        ("en", "Serikbayeva", "Aliya Serikbayeva"),
    ],
)
def test_a_person_is_found_by_name_and_links_to_their_directory_page(
    client, dean, language, query, name
):
    response, main = search(client, language, q=query)
    assert response.status_code == 200
    assert name in main
    person_url = factories.directory(language).person_url(dean[language])
    assert f'href="{person_url}"' in main
    assert client.get(person_url).status_code == 200


def test_a_person_is_found_by_a_word_of_their_position_in_its_inflected_form(client, dean):
    _response, main = search(client, "kk", q="декан", kind="person")
    assert "Әлия Серікбаева" in main


def test_the_person_kind_shows_only_people(client, dean):
    factories.SubsectionPageFactory(
        parent=factories.sections("kk")[0], title="Серікбаева атындағы аудитория"
    )
    _response, main = search(client, "kk", q="Серікбаева", kind="person")
    assert "Әлия Серікбаева" in main
    assert "атындағы аудитория" not in main
    _response, main = search(client, "kk", q="Серікбаева", kind="page")
    assert "Әлия Серікбаева" not in main
    assert "атындағы аудитория" in main


def test_people_are_not_found_when_the_directory_is_private_or_unpublished(client, dean):
    directory = factories.directory("kk")
    PageViewRestriction.objects.create(page=directory, restriction_type=PageViewRestriction.LOGIN)
    _response, main = search(client, "kk", q="Серікбаева")
    assert "Әлия Серікбаева" not in main
    factories.directory("ru").unpublish()
    _response, main = search(client, "ru", q="Серикбаева")
    assert "Алия Серикбаева" not in main
    _response, main = search(client, "en", q="Serikbayeva")
    assert "Aliya Serikbayeva" in main


def sitemap_locations(client, path="/sitemap-people.xml") -> set[str]:
    response = client.get(path)
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own output, not untrusted
    return {url.find("s:loc", NS).text for url in root.findall("s:url", NS)}


def test_the_people_sitemap_lists_each_person_in_every_public_directory(client, dean, settings):
    settings.PUBLIC_URL = "https://portal.example.kz"
    factories.directory("ru").unpublish()
    locations = sitemap_locations(client)
    for language in ("kk", "en"):
        path = factories.directory(language).person_url(dean[language])
        assert f"https://portal.example.kz{path}" in locations
    assert not any("/ru/" in location for location in locations)
    assert "/sitemap-people.xml" in client.get("/robots.txt").content.decode()


def test_a_query_without_letters_finds_no_person_and_breaks_nothing(client, dean):
    for query in ("2025", "№ 7", "--"):
        response, main = search(client, "kk", q=query, kind="person")
        assert response.status_code == 200
        assert "Әлия Серікбаева" not in main


SITEMAP_SPELLINGS = [
    "/./sitemap-people.xml",
    "/%2e/sitemap-people.xml",
    "/x/../sitemap-people.xml",
    "/x/%2e%2e/sitemap-people.xml",
    "/sitemap-people.xml/",
    "/sitemap-people.xml%00",
    "/sitemap-people.xml%2f",
    "/SITEMAP-PEOPLE.XML",
    "/sitemap-people.xml?p=abc",
    "/sitemap-people.xml?p=-1",
    "/sitemap-people.xml?p=0",
    "/sitemap-people.xml?p=99999",
    "/sitemap-people.xml?p=1e9",
    "/sitemap-people.xml?p=1&p=abc",
]


def test_no_spelling_of_the_people_sitemap_lists_a_hidden_directory_or_fails(client, dean):
    """Whatever path normalisation or page number a crawler or an attacker sends, the
    answer is the sitemap itself or a 404: never a 500, never a person of a directory
    that is not public."""
    factories.directory("ru").unpublish()
    hidden = factories.directory("en")
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    listed = sitemap_locations(client)
    assert listed and not any("/ru/" in url or "/en/" in url for url in listed)
    answers = {path: client.get(path) for path in SITEMAP_SPELLINGS}
    # The test client would read a leading "//" as a host name; send that path raw.
    answers["//sitemap-people.xml"] = client.get("/", PATH_INFO="//sitemap-people.xml")
    for path, response in answers.items():
        assert response.status_code in (200, 301, 404), path
        if response.status_code == 200:
            body = response.content.decode()
            assert "Алия Серикбаева" not in body and "/ru/" not in body, path
            assert "Aliya" not in body and "/en/" not in body, path


def test_a_person_is_found_by_an_upper_case_word_of_their_position_typed_in_lower_case(client):
    """The position is matched folded (``position_key``): an abbreviation in Kazakh
    capitals meets the same letters typed in lower case, on SQLite too (whose LIKE
    folds only ASCII letters)."""
    factories.PersonFactory(name="Нұрлан Әбенов", position="Ядролық физика ҒЗИ директоры")
    for query in ("ғзи", "ҒЗИ", "Ғзи"):
        _response, main = search(client, "kk", q=query, kind="person")
        assert "Нұрлан Әбенов" in main, query


def test_an_edited_position_is_searched_at_once_even_when_saved_field_by_field(client, dean):
    person = dean["kk"]
    person.position = "Кітапхана меңгерушісі"
    person.save(update_fields=["position"])
    _response, main = search(client, "kk", q="кітапханаға", kind="person")
    assert "Әлия Серікбаева" in main
    _response, main = search(client, "kk", q="деканы", kind="person")
    assert "Әлия Серікбаева" not in main
