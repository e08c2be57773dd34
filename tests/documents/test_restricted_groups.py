"""A restricted register entry is seen only by the groups it names (DOC4, P §6.4,
W §15; UP-4, UP-5): everyone else, visitor or signed-in colleague, is told by every
route and every spelling of it that the entry does not exist."""

import csv
import importlib
import io
import re
from html import unescape

from django.contrib.auth.models import Group
from django.test import Client

import pytest

from documents.pages import DocumentLibraryPage
from documents.register import RegisteredDocument
from tests.documents.conftest import admin_message, pdf_document
from tests.documents.staff_only import group, restricted_entry
from tests.utils import body as read

pytestmark = pytest.mark.django_db

CODE = "ҚазТБУ–ТС–БС–7.4–2026–02"
TITLE = "Test brand book"


@pytest.fixture
def marketing():
    return group("Test marketing")


@pytest.fixture
def entry(marketing):
    return restricted_entry(CODE, [marketing, group("Test leadership")], title=TITLE)


def signed_in(django_user_model, username, *groups, **extra):
    user = django_user_model.objects.create_user(
        username=username, password="pw-4-tests-only", **extra
    )
    user.groups.add(*groups)
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def member_client(django_user_model, marketing):
    return signed_in(django_user_model, "marketer", marketing)


@pytest.fixture
def outsider_clients(client, django_user_model):
    """A visitor, a colleague in another group, and a colleague with admin access and
    every documents permission but not in the entry's groups."""
    from django.contrib.auth.models import Permission

    office = signed_in(django_user_model, "quality", group("Test quality office"))
    office_user = django_user_model.objects.get(username="quality")
    office_user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label__in=["documents", "wagtaildocs"]),
        Permission.objects.get(codename="access_admin"),
    )
    return {
        "anonymous": client,
        "colleague": signed_in(django_user_model, "translator", group("Test translators")),
        "register keeper": office,
    }


def library(language="kk"):
    return DocumentLibraryPage.objects.get(locale__language_code=language, category="")


def routes(entry) -> list[str]:
    """Every URL that shows the entry or its file, with the spellings a client or proxy
    may send for them."""
    version = entry.current_version
    document = version.file_kk
    serve = f"/documents/{document.pk}/{document.filename}"
    download = version.download_url("kk")
    return [
        serve,
        serve.replace("/documents/", "/documents//"),
        serve.replace("/documents/", "//documents/"),
        serve.replace(f"/{document.pk}/", f"/{document.pk}//"),
        serve.replace("/documents/", "/documents/./"),
        serve.replace(f"/{document.pk}/", f"/{document.pk}/./"),
        serve.replace("/documents/", "/x/../documents/"),
        serve.replace("/documents/", "/documents/%2e/"),
        serve.replace(f"/{document.pk}/", f"/{document.pk}%2f"),
        serve.replace(f"/{document.pk}/", f"/{document.pk}%5c"),
        serve.replace("/documents/", "/Documents/"),
        serve + ".",
        serve.upper(),
        f"/documents/0{document.pk}/{document.filename}",
        f"/documents/{document.pk}/{document.filename}?download=1",
        download,
        download.rstrip("/"),
        download.replace("/register/", "/register//"),
        download.replace("/register/", "/register/./"),
        download.replace("/register/", "/register/%2e/"),
        download.replace("/register/", "/Register/"),
        download.replace("/kk/", "/KK/"),
        download.replace("/v1/", "/v01/"),
        library("kk").entry_url(entry),
        library("en").entry_url(entry),
        library("ru").entry_url(entry).replace(f"/{entry.pk}/", f"/{entry.pk}//"),
        f"/api/v2/documents/{document.pk}/",
        f"/api/v2/documents/{document.pk}",
        f"/api/v2/documents/find/?id={document.pk}",
    ]


def answers(client, url, **headers):
    response = client.get(url, follow=True, **headers)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code, body


def test_every_route_and_spelling_is_404_outside_the_groups(entry, outsider_clients):
    for who, client in outsider_clients.items():
        leaks = []
        for url in routes(entry):
            status, body = answers(client, url)
            if status != 404 or TITLE.encode() in body:
                leaks.append(f"{url} -> {status}")
        assert leaks == [], who


def test_a_member_of_a_named_group_downloads_it(entry, member_client):
    document = entry.current_version.file_kk
    response = member_client.get(f"/documents/{document.pk}/{document.filename}")
    assert response.status_code == 200
    assert TITLE.encode() in b"".join(response.streaming_content)
    response = member_client.get(entry.current_version.download_url("kk"))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert member_client.get(library("en").entry_url(entry)).status_code == 200


def test_a_superuser_sees_it(entry, django_user_model):
    admin = signed_in(django_user_model, "root", is_superuser=True)
    document = entry.current_version.file_kk
    assert admin.get(f"/documents/{document.pk}/{document.filename}").status_code == 200
    assert CODE in unescape(admin.get(library().url).content.decode())


def test_listing_and_code_search_show_it_to_members_only(entry, member_client, outsider_clients):
    listed = re.compile(rf'class="doc-table__code"[^>]*>{re.escape(CODE)}<')
    entry_path = library().reverse_subpage("entry", args=[entry.pk])
    html = unescape(member_client.get(library().url, {"code": CODE}).content.decode())
    assert listed.search(html) and entry_path in html
    for who, client in outsider_clients.items():
        for params in ({}, {"code": CODE}, {"code": TITLE}):
            html = unescape(client.get(library().url, params).content.decode())
            assert not listed.search(html) and entry_path not in html, (who, params)


def test_api_sitemap_and_exports_never_list_it_even_for_members(entry, member_client):
    document = entry.current_version.file_kk
    for client in (Client(), member_client):
        listing = client.get("/api/v2/documents/?limit=100").json()
        assert document.pk not in [item["id"] for item in listing["items"]]
        sitemap = client.get("/sitemap-documents.xml").content.decode()
        assert f"/{entry.pk}/<" not in sitemap
        for language in ("kk", "ru", "en"):
            body = read(client.get(f"/opendata/documents.{language}.csv")).decode("utf-8-sig")
            assert CODE not in [row["code"] for row in csv.DictReader(io.StringIO(body))]
            assert CODE not in read(client.get(f"/opendata/documents.{language}.json")).decode()


def test_a_matching_etag_never_gets_a_304_outside_the_groups(
    entry, member_client, outsider_clients
):
    """UP-5 (GHSA-92hv-j533-69wc): a conditional request must not confirm the file.
    The hash is the right one: a member with it is told the copy is current."""
    document = entry.current_version.file_kk
    url = f"/documents/{document.pk}/{document.filename}"
    etag = f'"{document.get_file_hash()}"'
    assert member_client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    for who, client in outsider_clients.items():
        for header in ("HTTP_IF_NONE_MATCH", "HTTP_IF_MATCH"):
            assert client.get(url, **{header: etag}).status_code == 404, (who, header)


def test_files_sit_in_a_protected_collection_even_when_moved_to_a_child(entry, client):
    """UP-4: Wagtail's own collection privacy covers the file too, and a child
    collection of the protected one is protected as well."""
    document = entry.current_version.file_kk
    restrictions = document.collection.get_view_restrictions()
    assert restrictions.exists()
    document.collection = document.collection.add_child(name="Test sub-collection")
    document.save()
    RegisteredDocument.objects.filter(pk=entry.pk).update(restricted=False)
    # With the register check out of the way, only Wagtail's collection privacy is left.
    response = client.get(f"/documents/{document.pk}/{document.filename}")
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_an_editor_chooses_the_groups_in_the_register_admin(
    client, quality_office_user, marketing, member_client, outsider_clients
):
    document = pdf_document("Chosen groups memo")
    url = f"/documents/{document.pk}/{document.filename}"
    office = Client()
    office.force_login(quality_office_user)
    data = {
        "code": "ҚазТБУ–ТС–ІЕ–7.1–2026–03",
        "title_kk": "Таңдалған топтар",
        "category": "regulation",
        "restricted": "on",
        "versions-TOTAL_FORMS": "1",
        "versions-INITIAL_FORMS": "0",
        "versions-MIN_NUM_FORMS": "1",
        "versions-MAX_NUM_FORMS": "1000",
        "versions-0-effective_date": "2026-01-05",
        "versions-0-file_kk": document.pk,
    }
    add_url = "/admin/snippets/documents/registereddocument/add/"
    response = office.post(add_url, data)
    assert response.status_code == 200
    assert admin_message(
        "Choose at least one group that may see this restricted document."
    ) in unescape(response.content.decode())
    assert not RegisteredDocument.objects.filter(code=data["code"]).exists()

    response = office.post(add_url, {**data, "groups": [marketing.pk]})
    assert response.status_code == 302
    entry = RegisteredDocument.objects.get(code=data["code"])
    assert list(entry.groups.all()) == [marketing]
    assert member_client.get(url).status_code == 200
    for who, other in outsider_clients.items():
        assert other.get(url).status_code == 404, who


def test_the_migration_gives_old_staff_only_entries_every_group(marketing):
    """A restricted entry used to mean "any signed-in account": after the migration,
    every group keeps reading it, so nobody loses a document they could read."""
    migration = importlib.import_module(
        "documents.migrations.0003_restricted_entries_keep_their_readers"
    )
    from django.apps import apps

    old = restricted_entry("ҚазТБУ–ТС–ЕС–7.1–2020–01", [], title="Old memo")
    public = RegisteredDocument.objects.create(
        code="ҚазТБУ–ТС–АШ–7.1–2020–02", title_kk="Ашық", category="regulation"
    )
    migration.give_restricted_entries_every_group(apps, None)
    old, public = (RegisteredDocument.objects.get(pk=e.pk) for e in (old, public))
    assert set(old.groups.all()) == set(Group.objects.all())
    assert marketing in old.groups.all()
    assert not public.groups.exists()
