"""The language switcher lands on the same page in the other language, or on the
nearest translated ancestor with a notice — never on a 404 (L3)."""

import pytest

from tests import factories
from tests.utils import parse, translation_of

pytestmark = pytest.mark.django_db


def administration_page():
    """A subsection of the first S1 section, translated into ru and en (kk page)."""
    page = factories.SubsectionPageFactory(parent=factories.sections()[0], title="Әкімшілік")
    factories.translate_everywhere(page, {"ru": "Администрация", "en": "Administration"})
    return page


def switcher_links(response) -> dict[str, str]:
    content = response.content.decode()
    switcher = content.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    links = {}
    for code in ("kk", "ru", "en"):
        marker = f'hreflang="{code}"'
        if marker in switcher:
            before = switcher.split(marker, 1)[0]
            links[code] = before.rsplit('href="', 1)[1].split('"', 1)[0]
    return links


def test_switcher_links_to_the_translation_of_the_same_page(client):
    page = administration_page()
    links = switcher_links(client.get(page.url))
    assert links["en"] == translation_of(page, "en").url
    assert links["ru"] == translation_of(page, "ru").url
    english = client.get(links["en"])
    assert english.status_code == 200
    assert parse(english).html_lang == "en"
    assert "<h1" in english.content.decode() and "Administration" in english.content.decode()


def test_untranslated_page_falls_back_to_the_nearest_translated_ancestor(client):
    page = administration_page()
    translation_of(page, "en").delete()
    links = switcher_links(client.get(page.url))
    university_en = translation_of(page.get_parent(), "en")
    assert links["en"] == f"{university_en.url}?translation=missing"
    landed = client.get(links["en"])
    assert landed.status_code == 200
    assert "not yet available in this language" in landed.content.decode()


def test_untranslated_page_is_not_advertised_as_an_alternate(client):
    page = administration_page()
    translation_of(page, "en").delete()
    alternates = parse(client.get(page.url)).alternates
    assert set(alternates) == {"kk", "ru", "x-default"}


def test_unpublished_translation_is_treated_as_missing(client):
    page = administration_page()
    translation_of(page, "ru").unpublish()
    links = switcher_links(client.get(page.url))
    assert links["ru"].endswith("?translation=missing")


def test_not_found_page_offers_the_home_page_in_each_language(client):
    response = client.get("/ru/no-such-page/")
    assert response.status_code == 404
    links = switcher_links(response)
    assert links == {"kk": "/kk/", "en": "/en/"}
    assert 'aria-current="true" lang="ru"' in response.content.decode()
