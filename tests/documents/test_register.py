"""The document register (DOC1, W §13): validated identification codes, versions that
supersede each other without anything being lost, managed only by those holding the
documents permissions (the quality office and administrators)."""

import datetime

from django.core.exceptions import ValidationError
from django.db.models import ProtectedError

import pytest

from documents.codes import normalize_code, validate_identification_code
from documents.register import DocumentVersion, RegisteredDocument, Status
from tests.documents.conftest import CHARTER, REGULATION, admin_message, page_text, pdf_document

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/documents/registereddocument/add/"


def edit_url(entry):
    return f"/admin/snippets/documents/registereddocument/edit/{entry.pk}/"


def form_data(code, versions, initial=0, **fields):
    data = {
        "code": code,
        "title_kk": fields.get("title_kk", "Сынақ ережесі"),
        "title_ru": "Тестовое положение",
        "title_en": "Test regulation",
        "category": fields.get("category", "regulation"),
        "versions-TOTAL_FORMS": str(len(versions)),
        "versions-INITIAL_FORMS": str(initial),
        "versions-MIN_NUM_FORMS": "1",
        "versions-MAX_NUM_FORMS": "1000",
    }
    for index, version in enumerate(versions):
        for key, value in version.items():
            data[f"versions-{index}-{key}"] = value
    return data


@pytest.mark.parametrize(
    "code",
    [
        "ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12",
        "ҚазТБУ-МБ-ІТТЕ-8.4.3-2025-12",
        "«КазТБУ»- СҚЕжАБ-ҚП-6.1-2025-05",
        "КазТБУ - СҚЕжАБ -ҚП-7.5-2025-20-05.01",
        "КазУТБ-УМФК-ИКП-7.4-2022-05",
        "KazUTB-MjKKB-KT-8.4.3-2025-12",
    ],
)
def test_codes_written_in_the_seeds_are_accepted_in_one_canonical_form(code):
    validate_identification_code(code)
    assert "-" not in normalize_code(code)
    assert " " not in normalize_code(code)


@pytest.mark.parametrize(
    "code",
    [
        "",
        "ҚазТБУ",
        "ҚазТБУ–МжКҚБ–ҚТ–8.4.3–25–12",
        "<script>–A–B–1–2025–01",
        "ҚазТБУ–МжКҚБ–ҚТ–x–2025–12",
    ],
)
def test_malformed_codes_are_refused(code):
    with pytest.raises(ValidationError) as error:
        validate_identification_code(code)
    assert error.value.code == "invalid_code"


def test_an_invalid_code_is_refused_in_the_admin_with_a_message(client, quality_office_user):
    client.force_login(quality_office_user)
    document = pdf_document()
    response = client.post(
        ADD_URL,
        form_data("not a code", [{"effective_date": "2025-09-01", "file_kk": document.pk}]),
    )
    assert response.status_code == 200
    assert admin_message(
        "“%(value)s” is not an identification code. Use the register format, for example "
        "%(example)s: organisation, unit and document type, the standard clause, the year "
        "and the number, separated by dashes.",
        value="not a code",
        example="ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12",
    ) in page_text(response)
    assert not RegisteredDocument.objects.filter(title_ru="Тестовое положение").exists()


def test_quality_office_registers_a_document_with_its_language_files(client, quality_office_user):
    client.force_login(quality_office_user)
    kk, ru = pdf_document("kk"), pdf_document("ru")
    response = client.post(
        ADD_URL,
        form_data(
            "ҚазТБУ-СҚЕжАБ-ҚП-7.5-2026-01",
            [{"effective_date": "2026-01-10", "file_kk": kk.pk, "file_ru": ru.pk}],
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = RegisteredDocument.objects.get(code="ҚазТБУ–СҚЕжАБ–ҚП–7.5–2026–01")
    version = entry.current_version
    assert (version.number, version.languages) == (1, ["kk", "ru"])
    assert entry.status_of(version) == Status.IN_FORCE


def test_a_new_version_supersedes_the_old_and_both_stay_downloadable(client, quality_office_user):
    entry = RegisteredDocument.objects.create(
        code="ҚазТБУ–СҚЕжАБ–ҚП–7.5–2026–02", title_kk="Ереже", category="regulation"
    )
    first_file = pdf_document("first edition")
    first = DocumentVersion.objects.create(
        document=entry, effective_date=datetime.date(2025, 1, 1), file_kk=first_file
    )
    second_file = pdf_document("second edition")
    client.force_login(quality_office_user)
    response = client.post(
        edit_url(entry),
        form_data(
            entry.code,
            [
                {"id": first.pk, "effective_date": "2025-01-01", "file_kk": first_file.pk},
                {"effective_date": "2026-02-01", "file_kk": second_file.pk, "note": "Жаңартылды"},
            ],
            initial=1,
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = RegisteredDocument.objects.get(pk=entry.pk)
    first, second = sorted(entry.versions.all(), key=lambda version: version.number)
    assert second.number == 2
    assert entry.status_of(second) == Status.IN_FORCE
    assert entry.status_of(first) == Status.SUPERSEDED
    client.logout()
    for version, text in ((first, b"first edition"), (second, b"second edition")):
        response = client.get(version.download_url("kk"))
        assert response.status_code == 200
        assert text in b"".join(response.streaming_content)


def test_a_registered_version_cannot_be_deleted_or_its_file_replaced(
    client, quality_office_user, register
):
    entry = register.entry(REGULATION)
    versions = entry.ordered_versions()
    client.force_login(quality_office_user)
    rows = [
        {
            "id": version.pk,
            "effective_date": version.effective_date.isoformat(),
            "file_kk": version.file_kk_id,
            "file_ru": version.file_ru_id or "",
            "file_en": version.file_en_id or "",
        }
        for version in versions
    ]
    deleting = [dict(rows[0]), {**rows[1], "DELETE": "1"}]
    response = client.post(edit_url(entry), form_data(entry.code, deleting, initial=2))
    assert response.status_code == 200
    assert admin_message(
        "Version %(number)s cannot be deleted: registered versions stay in the archive. "
        "Register a new version instead.",
        number=1,
    ) in page_text(response)

    replacing = [dict(rows[0]), {**rows[1], "file_kk": pdf_document("other").pk}]
    response = client.post(edit_url(entry), form_data(entry.code, replacing, initial=2))
    assert response.status_code == 200
    assert admin_message(
        "The file of version %(number)s cannot be replaced or removed. Add a new version: "
        "the current one then moves to the archive.",
        number=1,
    ) in page_text(response)
    assert entry.versions.count() == 2
    assert {v.file_kk_id for v in entry.versions.all()} == {v.file_kk_id for v in versions}


def test_a_file_of_a_registered_version_cannot_be_deleted_from_the_library(register):
    version = register.entry(REGULATION).current_version
    with pytest.raises(ProtectedError):
        version.file_kk.delete()


def test_users_without_the_register_permissions_cannot_manage_it(client, editor_user, register):
    client.force_login(editor_user)
    entry = register.entry(REGULATION)
    for url in (ADD_URL, edit_url(entry)):
        response = client.get(url)
        assert response.status_code in (302, 403)
    assert client.post(ADD_URL, form_data("ҚазТБУ–А–Б–1.1–2026–01", [])).status_code in (302, 403)
    assert not RegisteredDocument.objects.filter(code="ҚазТБУ–А–Б–1.1–2026–01").exists()


def test_the_quality_office_sees_the_register_in_the_admin(client, quality_office_user, register):
    client.force_login(quality_office_user)
    response = client.get("/admin/snippets/documents/registereddocument/")
    assert response.status_code == 200
    assert REGULATION in response.content.decode()
    response = client.get("/admin/snippets/documents/registereddocument/", {"q": "8.4.3"})
    assert response.status_code == 200
    assert REGULATION in response.content.decode()
    assert CHARTER not in response.content.decode()
