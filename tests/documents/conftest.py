"""Fixtures for the documents tests: a quality-office user holding exactly the
permissions governance gives that role, a plain editor, and helpers to upload files."""

import io
import zipfile
from html import unescape

from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from wagtail.documents import get_document_model

import pytest

from demo.pdf import make_pdf
from documents.register import register_collection

PASSWORD = "correct-horse-battery-staple-42"


def _user(django_user_model, username, permissions):
    user = django_user_model.objects.create_user(username=username, password=PASSWORD)
    user.user_permissions.add(*permissions)
    return user


@pytest.fixture
def quality_office_user(django_user_model):
    """Every model permission of the documents app plus Wagtail's document permissions
    and admin access: what the governance "Quality office" group holds."""
    permissions = Permission.objects.filter(
        content_type__app_label__in=["documents", "wagtaildocs"]
    )
    admin_access = Permission.objects.get(codename="access_admin")
    return _user(django_user_model, "quality-office-test", [*permissions, admin_access])


@pytest.fixture
def editor_user(django_user_model):
    return _user(django_user_model, "editor", [Permission.objects.get(codename="access_admin")])


@pytest.fixture
def staff_client(editor_user):
    """A second browser, signed in as a member of staff (the ``client`` stays anonymous)."""
    staff = Client()
    staff.force_login(editor_user)
    return staff


def admin_message(msgid: str, **params) -> str:
    """A message as the admin shows it: in the default admin language (Kazakh)."""
    with translation.override(settings.LANGUAGE_CODE):
        return gettext(msgid) % params if params else gettext(msgid)


def page_text(response) -> str:
    return unescape(response.content.decode())


def pdf_document(title="Test document"):
    document = get_document_model()(title=title, collection=register_collection())
    document.file.save("test.pdf", ContentFile(make_pdf(title)), save=False)
    document.save()
    return document


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()
