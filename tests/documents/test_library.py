"""The document library in each locale (DOC1): codes, versions, dates, statuses and
languages with a download each; filters by category, year and language; search by
code; bad filter values answer 400 with a message, never 500."""

import datetime
from html import unescape

import pytest

from documents.pages import DisclosurePage, DocumentLibraryPage
from documents.register import DocumentVersion, RegisteredDocument
from tests import factories
from tests.documents.conftest import (
    CHARTER,
    FINANCIAL,
    LICENCE,
    PLAN,
    PROCEDURE,
    REGULATION,
    REPORT,
    TWO_LANGUAGES,
    pdf_document,
)
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


def text_of(response):
    return unescape(response.content.decode())


def test_the_library_lists_public_documents_with_code_version_date_status_in_each_locale(
    client, register, subtests
):
    public = list(RegisteredDocument.objects.public().prefetch_related("versions"))
    assert len(public) >= 9
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            response = client.get(register.library(language).url)
            assert response.status_code == 200
            html = text_of(response)
            for entry in public:
                version = entry.current_version
                assert entry.code in html
                assert entry.title_for(language) in html
                for code in version.languages:
                    assert version.download_url(code) in html


def test_filtering_by_category_year_and_language(client, register):
    url = register.library("en").url
    html = text_of(client.get(url, {"category": "financial"}))
    assert FINANCIAL in html
    assert CHARTER not in html

    html = text_of(client.get(url, {"year": "2013"}))
    assert CHARTER in html
    assert LICENCE not in html

    # The risk-management procedure exists in kk and ru only.
    html = text_of(client.get(url, {"language": "en"}))
    assert TWO_LANGUAGES not in html and CHARTER in html
    html = text_of(client.get(url, {"language": "ru"}))
    assert TWO_LANGUAGES in html


def test_searching_by_code_finds_it_however_the_dashes_are_typed(client, register):
    url = register.library("kk").url
    for query in ("ТЕСТ-МжКҚБ-ҚТ-8.4.3", "ТЕСТ – МжКҚБ – ҚТ – 8.4.3–2019–12", "8.4.3–2019"):
        html = text_of(client.get(url, {"code": query}))
        assert REGULATION in html, query
        assert CHARTER not in html


@pytest.mark.parametrize(
    "params",
    [
        {"year": "abc"},
        {"year": "1900"},
        {"category": "nonsense"},
        {"language": "de"},
        {"code": "<script>alert(1)</script>"},
        {"code": "'; DROP TABLE documents_registereddocument; --"},
        {"code": "x" * 500},
        {"code": "\x00"},
    ],
)
def test_bad_filter_values_answer_400_with_a_message(client, register, params):
    response = client.get(register.library("ru").url, params)
    assert response.status_code == 400
    assert "doc-filter__error" in response.content.decode()
    assert "<script>alert(1)" not in response.content.decode()


def test_an_entry_page_shows_every_version_with_its_status(client, register):
    entry = register.entry(REGULATION)
    assert entry.versions.count() == 2
    response = client.get(register.library("en").entry_url(entry))
    assert response.status_code == 200
    html = text_of(response)
    assert "Superseded" in html or "Күші жойылған" in html or "Заменён" in html
    for version in entry.versions.all():
        for language in version.languages:
            assert version.download_url(language) in html


def test_a_deleted_documents_old_urls_are_404(client, register):
    entry = register.entry(REGULATION)
    page_url = register.library("en").entry_url(entry)
    download_url = entry.current_version.download_url("kk")
    entry.delete()
    assert client.get(page_url).status_code == 404
    assert client.get(download_url, follow=True).status_code == 404
    other = register.entry(CHARTER)
    assert client.get(f"/register/{other.pk}/v99/kk/", follow=True).status_code == 404
    assert client.get(f"/register/{other.pk}/v1/de/", follow=True).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/register/99999999999999999999999/v1/kk/",
        "/register/1/v99999999999999999999999/kk/",
        "/register/abc/v1/kk/",
        "{library}99999999999999999999999/",
        "{library}abc/",
    ],
)
def test_malformed_document_urls_are_404_not_500(client, register, path):
    url = path.format(library=register.library("en").url)
    assert client.get(url, follow=True).status_code == 404


def test_doc3_pages_list_their_own_category(client, register, subtests):
    expectations = {"plan": PLAN, "report": REPORT, "financial": FINANCIAL}
    for category, code in expectations.items():
        for language in LANGUAGE_CODES:
            with subtests.test(category=category, language=language):
                page = register.extracts[category][language]
                assert page.live and page.category == category
                html = text_of(client.get(page.url))
                assert code in html
                assert CHARTER not in html


def test_the_library_costs_the_same_queries_whatever_the_register_size(client, register):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = register.library("kk").url
    client.get(url)  # warm caches (site root, locales)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    shared_file = pdf_document("shared")
    for number in range(30):
        entry = RegisteredDocument.objects.create(
            code=f"ҚазТБУ–СҚЕжАБ–ҚП–7.5–2026–{number + 10:02d}",
            title_kk=f"Ереже {number}",
            category="regulation",
        )
        DocumentVersion.objects.create(
            document=entry, effective_date=datetime.date(2026, 1, 1), file_kk=shared_file
        )
    with CaptureQueriesContext(connection) as large:
        response = client.get(url)
    assert "ҚазТБУ–СҚЕжАБ–ҚП–7.5–2026–39" in unescape(response.content.decode())
    assert len(large) == len(small)


def test_every_public_download_of_the_register_works(client, register):
    entries = [entry for entry in register.entries.values() if not entry.restricted]
    for entry in entries:
        for version in entry.versions.all():
            for _language, url in version.downloads():
                response = client.get(url)
                assert response.status_code == 200, url
                assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_editors_can_add_register_pages_inside_sections(admin_client):
    """The library, disclosure and open-data pages can be created by people in the
    admin, not only by the bootstrap: both sides of the page-type rules allow it."""
    from opendata.models import OpenDataCatalogPage
    from sections.models import SectionPage, SubsectionPage

    register_pages = {DocumentLibraryPage, DisclosurePage, OpenDataCatalogPage}
    for parent_model in (SectionPage, SubsectionPage):
        assert register_pages <= set(parent_model.creatable_subpage_models())
    university = factories.sections()[0]
    add_library = f"/admin/pages/add/documents/documentlibrarypage/{university.pk}/"
    assert admin_client.get(add_library).status_code == 200


def test_searching_by_a_title_with_punctuation_finds_it(client, register):
    url = register.library("en").url
    html = text_of(client.get(url, {"code": "Documented procedure: control"}))
    assert PROCEDURE in html
    assert REGULATION not in html
