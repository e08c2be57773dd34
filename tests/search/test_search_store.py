"""With the page store on (as deployed), what every search reads the same is kept
between searches (the register prepared for matching, the sections, the library and
directory pages), and a change to any of it shows in the very next search."""

import pytest

from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]

WORD = "Өзгерісбектану"


def search(client, query: str, language: str = "kk") -> str:
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def test_a_register_entry_is_found_once_added_and_gone_once_restricted(client, committed):
    factories.home_page("kk")
    assert f"{WORD} ережесі" not in search(client, WORD)

    with committed():
        entry = factories.RegisteredDocumentFactory(title_kk=f"{WORD} ережесі")
    assert f"{WORD} ережесі" in search(client, WORD)
    assert f"{WORD} ережесі" in search(client, entry.code.replace("–", " "))

    with committed():
        entry.restricted = True
        entry.save()
    assert f"{WORD} ережесі" not in search(client, WORD)


def test_a_new_section_is_offered_in_the_filter_at_once(client, committed):
    home = factories.home_page("kk")
    assert WORD not in search(client, "ереже")

    with committed():
        factories.SectionPageFactory(parent=home, title=f"{WORD} бөлімі")
    assert f"{WORD} бөлімі" in search(client, "ереже")


def test_recording_search_statistics_keeps_the_stored_pages(client, committed):
    """The statistics of searches (a new query string, a new day's hits) are written
    after searches; they show on no public page, so they must not empty the page store
    (and Varnish) each time they are written."""
    from search.hits import hits

    home = factories.home_page("kk")
    with committed():
        section = factories.SectionPageFactory(parent=home, title=f"{WORD} бөлімі")
    assert client.get(section.url).headers["X-Page-Cache"] == "miss"

    with committed():
        search(client, f"{WORD} жаңасұрақ")
        hits.flush()
    assert client.get(section.url).headers["X-Page-Cache"] == "hit"


def test_a_promotion_shows_at_the_next_search(client, committed):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    home = factories.home_page("kk")
    with committed():
        page = factories.SectionPageFactory(parent=home, title=f"{WORD} бөлімі")
    assert "search-result--promoted" not in search(client, "оқу ақысы")

    with committed():
        SearchPromotion.objects.create(query=Query.get("оқу ақысы"), page=page)
    assert "search-result--promoted" in search(client, "Оқу  ақысы")
