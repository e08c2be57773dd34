"""The document library in each locale (DOC1): codes, versions, dates, statuses and
languages with a download each; filters by category, year and language; search by
code; bad filter values answer 400 with a message, never 500."""

import datetime
from html import unescape

import pytest

from documents.pages import DisclosurePage, DocumentLibraryPage
from documents.register import DocumentVersion, RegisteredDocument
from tests.documents.conftest import pdf_document
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


def library(language):
    return DocumentLibraryPage.objects.get(locale__language_code=language, category="")


def text_of(response):
    return unescape(response.content.decode())


def test_the_library_lists_public_documents_with_code_version_date_status_in_each_locale(
    client, subtests
):
    public = list(RegisteredDocument.objects.public().prefetch_related("versions"))
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            response = client.get(library(language).url)
            assert response.status_code == 200
            html = text_of(response)
            for entry in public:
                version = entry.current_version
                assert entry.code in html
                assert entry.title_for(language) in html
                for code in version.languages:
                    assert version.download_url(code) in html


def test_filtering_by_category_year_and_language(client):
    url = library("en").url
    html = text_of(client.get(url, {"category": "financial"}))
    assert "ҚазТБУ–ҚЕБ–ҚЕ–9.1–2025–01" in html
    assert "ҚазТБУ–ЗБ–Ж–4.1–2023–01" not in html  # the charter

    html = text_of(client.get(url, {"year": "2023"}))
    assert "ҚазТБУ–ЗБ–Ж–4.1–2023–01" in html
    assert "ҚазТБУ–ЗБ–Л–4.1–2021–02" not in html

    # The risk-management procedure exists in kk and ru only.
    html = text_of(client.get(url, {"language": "en"}))
    assert "КазТБУ–СҚЕжАБ–ҚП–6.1–2025–05" not in html
    html = text_of(client.get(url, {"language": "ru"}))
    assert "КазТБУ–СҚЕжАБ–ҚП–6.1–2025–05" in html


def test_searching_by_code_finds_it_however_the_dashes_are_typed(client):
    url = library("kk").url
    for query in ("КазУТБ-УМФК-ИКП-7.4", "КазУТБ – УМФК – ИКП – 7.4–2022–05", "7.4–2022"):
        html = text_of(client.get(url, {"code": query}))
        assert "КазУТБ–УМФК–ИКП–7.4–2022–05" in html, query
        assert "ҚазТБУ–ЗБ–Ж–4.1–2023–01" not in html


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
def test_bad_filter_values_answer_400_with_a_message(client, params):
    response = client.get(library("ru").url, params)
    assert response.status_code == 400
    assert "doc-filter__error" in response.content.decode()
    assert "<script>alert(1)" not in response.content.decode()


def test_an_entry_page_shows_every_version_with_its_status(admin_client):
    client = admin_client  # the two-version demo entry is the site regulation (W §15)
    entry = RegisteredDocument.objects.get(code="ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12")
    response = client.get(library("en").entry_url(entry))
    assert response.status_code == 200
    html = text_of(response)
    assert "Superseded" in html or "Күші жойылған" in html or "Заменён" in html
    for version in entry.versions.all():
        for language in version.languages:
            assert version.download_url(language) in html


def test_a_deleted_documents_old_urls_are_404(client):
    entry = RegisteredDocument.objects.get(code="КазУТБ–УМФК–ИКП–7.4–2022–05")
    assert client.get(library("en").entry_url(entry)).status_code == 200
    page_url = library("en").entry_url(entry)
    download_url = entry.current_version.download_url("kk")
    entry.delete()
    assert client.get(page_url).status_code == 404
    assert client.get(download_url, follow=True).status_code == 404
    assert client.get("/register/1/v99/kk/", follow=True).status_code == 404
    assert client.get("/register/1/v1/de/", follow=True).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/register/99999999999999999999999/v1/kk/",
        "/register/1/v99999999999999999999999/kk/",
        "/register/abc/v1/kk/",
        "/en/university/documents/99999999999999999999999/",
        "/en/university/documents/abc/",
    ],
)
def test_malformed_document_urls_are_404_not_500(client, url):
    assert client.get(url, follow=True).status_code == 404


def test_doc3_pages_list_their_own_category(client, subtests):
    expectations = {
        "plan": "ҚазТБУ–СДБ–ЖЖ–6.2–2025–01",
        "report": "ҚазТБУ–СДБ–ЖЕ–9.3–2025–04",
        "financial": "ҚазТБУ–ҚЕБ–ҚЕ–9.1–2026–01",
    }
    for category, code in expectations.items():
        for language in LANGUAGE_CODES:
            with subtests.test(category=category, language=language):
                page = DocumentLibraryPage.objects.get(
                    locale__language_code=language, category=category
                )
                assert page.live
                html = text_of(client.get(page.url))
                assert code in html
                assert "ҚазТБУ–ЗБ–Ж–4.1–2023–01" not in html


def test_the_library_costs_the_same_queries_whatever_the_register_size(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = library("kk").url
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


def test_every_public_download_of_the_demo_register_works(client):
    for entry in RegisteredDocument.objects.public().prefetch_related("versions"):
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
    university = SectionPage.objects.get(locale__language_code="kk", slug="universitet")
    add_library = f"/admin/pages/add/documents/documentlibrarypage/{university.pk}/"
    assert admin_client.get(add_library).status_code == 200


def test_searching_by_a_title_with_punctuation_finds_it(client):
    html = text_of(client.get(library("en").url, {"code": "Documented procedure: control"}))
    assert "КазТБУ–СҚЕжАБ–ҚП–7.5–2025–20–05.01" in html
