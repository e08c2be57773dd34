"""The same attack on a real gunicorn server, with raw request paths sent by
``http.client`` so that no client library normalises them first (issue 10, item 1;
UP-6). The data is committed (the server is another process) and removed afterwards."""

import http.client
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from wagtail.documents import get_document_model

import pytest

from documents.register import RegisteredDocument
from tests.browser.conftest import server_url  # noqa: F401 - the real server fixture
from tests.documents.staff_only import (
    CAMERA,
    group,
    media_path_variants,
    restricted_entry,
    upload_photo,
)

CODE = "ҚазТБУ–ТС–ҒС–7.1–2026–04"
TITLE = "Staff-only memo over HTTP"


@pytest.fixture(scope="module")
def committed(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        entry = restricted_entry(CODE, [], title=TITLE)
        photo = upload_photo("HTTP campus photo")
        rendition = photo.get_rendition("fill-480x320")
        outsider = get_user_model().objects.create_user(username="http-outsider", password="x")
        outsider.groups.add(group("Test HTTP translators"))
        session = Client()
        session.force_login(outsider)
        data = {
            "document": entry.current_version.file_kk,
            "photo": photo,
            "rendition_url": rendition.url,
            "cookie": f"sessionid={session.cookies['sessionid'].value}",
        }
    yield data
    with django_db_blocker.unblock():
        entry.delete()
        get_document_model().objects.filter(pk=data["document"].pk).delete()
        photo.delete()
        outsider.delete()
        Group.objects.filter(name__startswith="Test HTTP").delete()
        assert not RegisteredDocument.objects.filter(code=CODE).exists()


def raw_get(base_url: str, path: str, cookie: str = "") -> tuple[int, bytes]:
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=20)
    try:
        connection.putrequest("GET", path, skip_accept_encoding=True)
        if cookie:
            connection.putheader("Cookie", cookie)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_raw_media_paths_never_serve_a_staff_only_document_or_an_original(
    server_url,  # noqa: F811
    committed,
):
    targets = [
        (committed["document"].file.name, TITLE.encode()),
        (committed["photo"].file.name, CAMERA.encode()),
    ]
    leaks = []
    for name, marker in targets:
        for path in media_path_variants(name):
            for cookie in ("", committed["cookie"]):
                status, body = raw_get(server_url, path, cookie)
                if status != 404 or marker in body:
                    leaks.append(f"{path} ({'signed in' if cookie else 'visitor'}) -> {status}")
    assert leaks == []


def test_raw_request_for_a_rendition_is_served(server_url, committed):  # noqa: F811
    status, body = raw_get(server_url, committed["rendition_url"])
    assert status == 200
    assert body[:3] == b"\xff\xd8\xff"
    assert CAMERA.encode() not in body


def test_an_overlong_media_name_is_404_not_500(server_url, committed):  # noqa: F811
    for path in ("/media/" + "a" * 300 + ".pdf", "/media/renditions/images/" + "b" * 300 + ".jpg"):
        assert raw_get(server_url, path)[0] == 404
