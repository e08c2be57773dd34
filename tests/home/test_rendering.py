"""Every page type renders in every locale with the head a search engine and a
screen reader need (L3, T1), and errors come in the visitor's language."""

import re

from django.utils import translation
from django.utils.html import escape

import pytest

from sections.models import ContactsPage, ExternalLinkPage
from tests import factories
from tests.utils import LANGUAGE_CODES, parse

pytestmark = pytest.mark.django_db

# Every page type Wagtail knows, so a new one is covered without editing this list.
PAGE_MODELS = factories.portal_page_models()


def page_model_id(model) -> str:
    return model._meta.label


def test_every_page_type_has_a_factory_so_none_goes_untested():
    """The library, disclosure and open-data pages were once missing from a hand-kept
    list; the list is now Wagtail's, and a type without a factory fails here."""
    assert set(PAGE_MODELS) == set(factories.PAGE_FACTORIES)
    assert len(PAGE_MODELS) >= 16


@pytest.mark.parametrize("model", PAGE_MODELS, ids=page_model_id)
def test_page_type_renders_in_every_locale_with_lang_and_alternates(client, model, subtests):
    pages = factories.page_in_every_language(model)
    for code in LANGUAGE_CODES:
        with subtests.test(language=code):
            page = pages[code]
            response = client.get(page.url)
            assert response.status_code == 200
            html = parse(response)
            assert html.html_lang == code
            assert set(html.alternates) == {"kk", "ru", "en", "x-default"}
            assert html.alternates["x-default"] == html.alternates["kk"]
            assert html.alternates[code].endswith(page.url)
            assert html.canonical and html.canonical.endswith(page.url)
            content = response.content.decode()
            assert re.search(r"<title>[^<]*" + re.escape(escape(page.title)), content)
            description = content.split('<meta name="description" content="', 1)[1]
            assert description.split('"', 1)[0].strip(), "empty meta description"
            assert 'href="#main"' in content and 'id="main"' in content


def test_root_redirects_to_kazakh_by_default(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/kk/"


def test_root_redirects_to_the_browsers_preferred_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response["Location"] == "/en/"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response["Location"] == "/ru/"


@pytest.mark.parametrize(
    ("code", "message"),
    [("kk", "Бет табылмады"), ("ru", "Страница не найдена"), ("en", "Page not found")],
)
def test_missing_page_answers_404_in_the_visitors_language(client, code, message):
    response = client.get(f"/{code}/no-such-page/")
    assert response.status_code == 404
    content = response.content.decode()
    assert message in content
    assert f'<html lang="{code}">' in content


def test_external_link_page_points_off_site(client):
    page = factories.page_in_every_language(
        ExternalLinkPage, link_url="https://enbek.kz/vacancies/"
    )["en"]
    response = client.get(page.url)
    assert page.link_url == "https://enbek.kz/vacancies/"
    assert page.link_url in response.content.decode()


def test_contacts_page_shows_address_phones_emails_hours_and_map(client):
    pages = factories.page_in_every_language(
        ContactsPage,
        phones="+7 7172 11 22 33\n+7 7172 44 55 66",
        emails="info@example.org\npress@example.org",
        map_url="https://2gis.kz/astana/geo/1",
    )
    for code in LANGUAGE_CODES:
        page = pages[code]
        content = client.get(page.url).content.decode()
        assert page.address.splitlines()[0] in content
        assert page.phone_list and all(phone in content for phone in page.phone_list)
        assert page.email_list and all(f"mailto:{e}" in content for e in page.email_list)
        assert page.working_hours.splitlines()[0] in content
        assert page.map_url in content


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_server_error_page_is_in_the_visitors_language_and_needs_no_database(
    rf, django_assert_num_queries, code
):
    """The 500 page must render even when the database is what failed."""
    from django.views.defaults import server_error

    with translation.override(code), django_assert_num_queries(0):
        response = server_error(rf.get(f"/{code}/"))
        heading = translation.gettext("Something went wrong")
    assert response.status_code == 500
    assert code == "en" or heading != "Something went wrong", f"no {code} translation"
    content = response.content.decode()
    assert escape(heading) in content
    assert f'<html lang="{code}">' in content
    assert "Traceback" not in content


def test_editor_sees_the_three_locale_trees_in_the_admin(admin_client):
    content = admin_client.get("/admin/pages/1/").content.decode()
    for code in LANGUAGE_CODES:
        assert escape(factories.home_page(code).title) in content
