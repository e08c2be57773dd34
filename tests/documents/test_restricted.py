"""Restricted documents (DOC2, DOC4, P §6.4, W §15) are absent from every route for an
anonymous visitor and for signed-in staff outside the groups the entry names, and
reachable by a member of those groups. One test per route."""

import csv
import io
import json
from html import unescape

from django.contrib.auth.models import Group
from django.test import Client

import pytest

from documents.pages import DocumentLibraryPage
from documents.register import RegisteredDocument
from tests.documents.conftest import GUIDELINE as BRAND_GUIDELINE
from tests.utils import body as read

pytestmark = pytest.mark.django_db


@pytest.fixture
def restricted(register):
    return register.entry(BRAND_GUIDELINE)


@pytest.fixture
def restricted_file(restricted):
    return restricted.current_version.file_kk


@pytest.fixture
def library(register):
    return register.library


def test_the_guideline_is_restricted_to_the_marketing_group(restricted):
    assert restricted.restricted
    assert restricted.group_names() == ["Marketing head"]


def test_register_download_url(client, staff_client, member_client, restricted):
    url = restricted.current_version.download_url("kk")
    assert client.get(url, follow=True).status_code == 404
    assert staff_client.get(url, follow=True).status_code == 404
    response = member_client.get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_wagtail_document_serve_view(client, staff_client, member_client, restricted_file):
    url = f"/documents/{restricted_file.pk}/{restricted_file.filename}"
    assert client.get(url).status_code == 404
    assert staff_client.get(url).status_code == 404
    assert member_client.get(url).status_code == 200


def test_direct_media_path(client, staff_client, restricted_file):
    url = f"/media/{restricted_file.file.name}"
    assert client.get(url, follow=True).status_code == 404
    # Nobody reaches documents by their storage path; staff use the routes above.
    assert staff_client.get(url, follow=True).status_code == 404


def test_library_listing(client, staff_client, member_client, library):
    assert BRAND_GUIDELINE not in unescape(client.get(library().url).content.decode())
    assert BRAND_GUIDELINE not in unescape(staff_client.get(library().url).content.decode())
    assert BRAND_GUIDELINE in unescape(member_client.get(library().url).content.decode())


def test_library_entry_page(client, staff_client, member_client, restricted, library):
    url = library("ru").entry_url(restricted)
    assert client.get(url).status_code == 404
    assert staff_client.get(url).status_code == 404
    assert member_client.get(url).status_code == 200


def test_search_by_code(client, staff_client, member_client, library):
    params = {"code": "БН–7.5"}
    assert BRAND_GUIDELINE not in unescape(client.get(library().url, params).content.decode())
    assert BRAND_GUIDELINE not in unescape(staff_client.get(library().url, params).content.decode())
    assert BRAND_GUIDELINE in unescape(member_client.get(library().url, params).content.decode())


def test_title_search(client, library):
    html = unescape(client.get(library("en").url, {"code": "Brand guideline"}).content.decode())
    assert BRAND_GUIDELINE not in html


def test_documents_sitemap(client, restricted, library):
    content = client.get("/sitemap-documents.xml").content.decode()
    assert library().entry_url(RegisteredDocument.objects.public().first()) in content
    assert f"/{restricted.pk}/<" not in content


def test_api_documents_listing_and_detail(client, staff_client, register, restricted_file):
    listing = client.get("/api/v2/documents/?limit=100").json()
    assert restricted_file.pk not in [item["id"] for item in listing["items"]]
    assert listing["meta"]["total_count"] > 0
    assert client.get(f"/api/v2/documents/{restricted_file.pk}/", follow=True).status_code == 404
    # The API is public and read-only: signing in does not widen it.
    assert (
        staff_client.get(f"/api/v2/documents/{restricted_file.pk}/", follow=True).status_code == 404
    )


def test_open_data_register_exports(client, staff_client, register):
    for language in ("kk", "ru", "en"):
        body = read(client.get(f"/opendata/documents.{language}.csv")).decode("utf-8-sig")
        codes = [row["code"] for row in csv.DictReader(io.StringIO(body))]
        assert codes and BRAND_GUIDELINE not in codes
        records = json.loads(read(client.get(f"/opendata/documents.{language}.json")))
        assert BRAND_GUIDELINE not in [r["code"] for r in records["records"]]
        # Exports are public data: identical for staff.
        assert BRAND_GUIDELINE not in read(
            staff_client.get(f"/opendata/documents.{language}.csv")
        ).decode("utf-8-sig")


def test_disclosure_and_doc3_pages(client, register):
    pages = DocumentLibraryPage.objects.exclude(category="")
    assert pages.count() >= 9
    for page in pages:
        assert BRAND_GUIDELINE not in unescape(client.get(page.url).content.decode())


def test_restricted_files_sit_in_a_login_only_collection(restricted_file):
    restrictions = restricted_file.collection.get_view_restrictions()
    assert [r.restriction_type for r in restrictions] == ["login"]


def test_unrestricting_an_entry_makes_its_files_public(client, restricted, restricted_file):
    restricted.restricted = False
    restricted.save()
    url = f"/documents/{restricted_file.pk}/{restricted_file.filename}"
    assert client.get(url).status_code == 200
    assert client.get(restricted.current_version.download_url("kk")).status_code == 200


def test_a_matching_etag_does_not_reveal_a_restricted_file(client, restricted_file):
    """GHSA (Wagtail 7.4.3/8.0): a conditional request must not confirm the file."""
    url = f"/documents/{restricted_file.pk}/{restricted_file.filename}"
    etag = f'"{restricted_file.file_hash}"'
    for header in ("HTTP_IF_NONE_MATCH", "HTTP_IF_MATCH"):
        assert client.get(url, **{header: etag}).status_code == 404


def test_registering_a_staff_only_entry_in_the_admin_hides_its_files(client, quality_office_user):
    from tests.documents.conftest import pdf_document

    document = pdf_document("internal memo")
    url = f"/documents/{document.pk}/{document.filename}"
    assert client.get(url).status_code == 200
    office = Client()
    office.force_login(quality_office_user)
    response = office.post(
        "/admin/snippets/documents/registereddocument/add/",
        {
            "code": "ҚазТБУ–ҚБ–ІЕ–7.1–2026–09",
            "title_kk": "Ішкі жадынама",
            "category": "regulation",
            "restricted": "on",
            "groups": [Group.objects.get(name="Marketing head").pk],
            "versions-TOTAL_FORMS": "1",
            "versions-INITIAL_FORMS": "0",
            "versions-MIN_NUM_FORMS": "1",
            "versions-MAX_NUM_FORMS": "1000",
            "versions-0-effective_date": "2026-01-05",
            "versions-0-file_kk": document.pk,
        },
    )
    assert response.status_code == 302
    assert client.get(url).status_code == 404
    document.refresh_from_db()
    assert document.collection.get_view_restrictions().exists()
