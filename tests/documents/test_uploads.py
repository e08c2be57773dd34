"""Document uploads are checked by content and size, with a clear message (design.md §6)."""

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import translation

from wagtail.documents import get_document_model

import pytest

from tests import factories
from tests.documents.conftest import admin_message, docx_bytes, page_text

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/documents/add/"


def upload(client, name, content, title="Upload"):
    return client.post(
        ADD_URL,
        {"title": title, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


@pytest.fixture
def office_client(admin_client):
    """Wagtail grants document permissions per collection (governance's groups do that),
    so uploads are made as an administrator here."""
    return admin_client


def test_a_real_pdf_and_a_real_docx_are_accepted(office_client):
    assert (
        upload(office_client, "plan.pdf", factories.pdf_bytes("plan"), "Plan PDF").status_code
        == 302
    )
    assert upload(office_client, "plan.docx", docx_bytes(), "Plan DOCX").status_code == 302
    assert get_document_model().objects.filter(title__in=["Plan PDF", "Plan DOCX"]).count() == 2


@pytest.mark.parametrize(
    "name, content",
    [
        ("report.pdf", b"<html><script>alert(1)</script></html>"),
        ("report.docx", b"PK\x03\x04 not really a zip"),
        ("report.xlsx", docx_bytes()),  # a zip, but a Word one
        ("notes.txt", b"<svg onload=alert(1)></svg>"),
        ("notes.csv", b"\x00\x01\x02binary"),
    ],
)
def test_a_file_whose_content_is_not_its_type_is_refused_with_a_message(
    office_client, name, content
):
    response = upload(office_client, name, content, "Disguised")
    assert response.status_code == 200
    assert admin_message(
        "The content of this file is not a valid %(type)s document. Upload a PDF, Word, "
        "Excel, PowerPoint, OpenDocument, RTF, plain-text, CSV or ZIP file.",
        type=name.rsplit(".", 1)[1].upper(),
    ) in page_text(response)
    assert not get_document_model().objects.filter(title="Disguised").exists()


def test_a_script_or_page_extension_is_refused(office_client):
    for name in ("evil.html", "evil.svg", "evil.js"):
        response = upload(office_client, name, b"<script>alert(1)</script>", "Evil")
        assert response.status_code == 200
    assert not get_document_model().objects.filter(title="Evil").exists()


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=2048)
def test_a_file_over_the_size_cap_is_refused_with_a_message(office_client):
    content = factories.pdf_bytes("big") + b"%" * 2048
    response = upload(office_client, "big.pdf", content, "Too big")
    assert response.status_code == 200
    assert "2.0" in page_text(response)  # Wagtail's own message names the limit
    assert not get_document_model().objects.filter(title="Too big").exists()


def test_the_upload_message_is_translated():
    from documents.uploads import validate_document_upload

    with translation.override("ru"), pytest.raises(ValidationError) as error:
        validate_document_upload(SimpleUploadedFile("x.pdf", b"<html>"))
    message = " ".join(error.value.messages)
    assert "PDF" in message
    assert "is not a valid" not in message
