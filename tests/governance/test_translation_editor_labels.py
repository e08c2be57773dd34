"""The translation editor in Russian says what each button does: wagtail-localize's
own ru catalogue calls both "Download PO file" and "Upload PO file" «Загрузить PO
файл» and labels the main button (a translator's "Lock") «Блокировка», a noun. The
portal's override (governance/admin_locale/ru) corrects them."""

import json
import re

from django.urls import reverse

import pytest

pytestmark = pytest.mark.django_db


def _catalog(client) -> dict:
    script = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    found = re.search(r"const newcatalog = (\{.*?\});", script, re.S)
    return json.loads(found.group(1))


def test_russian_download_and_upload_are_told_apart_and_lock_is_a_verb(login):
    catalog = _catalog(login("translator-ru"))
    download, upload = catalog["Download PO file"], catalog["Upload PO file"]
    assert download != upload
    assert download.startswith("Скачать") and upload.startswith("Загрузить")
    assert catalog["Lock"] == "Заблокировать"
    # Everything not overridden still comes from wagtail-localize.
    assert catalog["Unlock"] == "Разблокировать"
