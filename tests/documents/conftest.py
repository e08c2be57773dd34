"""Fixtures for the documents tests: a register and libraries of the tests' own, a
quality-office user holding exactly the permissions governance gives that role, a plain
editor, and helpers to upload files."""

import datetime
import io
import zipfile
from dataclasses import dataclass
from html import unescape

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from wagtail.documents import get_document_model

import pytest

from documents.register import register_collection
from governance.roles import MARKETING_HEAD
from tests import factories

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


@pytest.fixture
def member_client(django_user_model):
    """Signed in as a member of the group the restricted guideline names (DOC4)."""
    user = factories.role_user(MARKETING_HEAD, username="marketing-member")
    member = Client()
    member.force_login(user)
    return member


def admin_message(msgid: str, **params) -> str:
    """A message as the admin shows it: in the default admin language (Kazakh)."""
    with translation.override(settings.LANGUAGE_CODE):
        return gettext(msgid) % params if params else gettext(msgid)


def page_text(response) -> str:
    return unescape(response.content.decode())


def pdf_document(title="Test document"):
    document = get_document_model()(title=title, collection=register_collection())
    document.file.save("test.pdf", ContentFile(factories.pdf_bytes(title)), save=False)
    document.save()
    return document


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


# Codes of the test register (years before any real entry, so filters see only them).
REGULATION = "ТЕСТ–МжКҚБ–ҚТ–8.4.3–2019–12"
TWO_LANGUAGES = "ТЕСТ–СҚЕжАБ–ҚП–6.1–2018–05"
PROCEDURE = "ТЕСТ–СҚЕжАБ–ҚП–7.5–2017–20–05.01"
CHARTER = "ТЕСТ–ЗБ–Ж–4.1–2013–01"
LICENCE = "ТЕСТ–ЗБ–Л–4.1–2011–02"
CERTIFICATE = "ТЕСТ–СҚЕжАБ–АК–4.1–2014–03"
PLAN = "ТЕСТ–СДБ–ЖЖ–6.2–2016–01"
REPORT = "ТЕСТ–СДБ–ЖЕ–9.3–2016–04"
FINANCIAL = "ТЕСТ–ҚЕБ–ҚЕ–9.1–2016–01"
GUIDELINE = "ТЕСТ–МКД–БН–7.5–2015–01"


@dataclass
class Register:
    entries: dict
    libraries: dict  # language → the whole-register library page
    extracts: dict  # category → language → a DOC3 page limited to that category

    def library(self, language="kk"):
        return self.libraries[language]

    def entry(self, code):
        return self.entries[code]


def _entry(code, category, titles, versions, restricted=False, groups=()):
    """A register entry; ``versions`` lists (effective date, languages, note)."""
    entry = factories.RegisteredDocumentFactory(
        code=code,
        category=category,
        restricted=restricted,
        title_kk=titles[0],
        title_ru=titles[1],
        title_en=titles[2],
        versions=0,
    )
    for effective_date, languages, note in versions:
        files = {
            f"file_{language}": (
                factories.DocumentFactory(title=f"{titles[2]} {language}")
                if language in languages.split()
                else None
            )
            for language in ("kk", "ru", "en")
        }
        factories.DocumentVersionFactory(
            document=entry, effective_date=effective_date, note=note, **files
        )
    entry.groups.set(Group.objects.filter(name__in=groups))  # parental: saved below
    entry.save()  # files into the collection the entry calls for
    return entry


@pytest.fixture
def register():
    """A register of the tests' own covering every category and case (two versions,
    a document in two languages only, a staff-only guideline), a library page in every
    language under the first section, and DOC3 pages for plans, reports and finances."""
    D = datetime.date
    entries = [
        _entry(
            REGULATION,
            "regulation",
            ("Корпоративтік сайт туралы ереже", "Положение о сайте", "Regulation on the website"),
            [(D(2018, 9, 3), "kk ru", ""), (D(2019, 12, 2), "kk ru en", "Бөлімдер жаңартылды")],
        ),
        _entry(
            TWO_LANGUAGES,
            "regulation",
            ("Тәуекелдерді басқару", "Управление рисками", "Risk management"),
            [(D(2018, 3, 5), "kk ru", "")],
        ),
        _entry(
            PROCEDURE,
            "regulation",
            (
                "Құжатталған ақпаратты басқару",
                "Управление документированной информацией",
                "Documented procedure: control of documented information",
            ),
            [(D(2017, 5, 22), "kk ru en", "")],
        ),
        _entry(
            CHARTER,
            "charter",
            ("Университет жарғысы", "Устав университета", "Charter of the university"),
            [(D(2013, 6, 17), "kk ru en", "")],
        ),
        _entry(
            LICENCE,
            "licence",
            ("Лицензия", "Лицензия", "Licence for educational activity"),
            [(D(2011, 4, 12), "kk ru en", "")],
        ),
        _entry(
            CERTIFICATE,
            "certificate",
            ("Аккредиттеу туралы куәлік", "Свидетельство об аккредитации", "Accreditation"),
            [(D(2014, 6, 27), "kk ru en", "")],
        ),
        _entry(
            PLAN,
            "plan",
            ("Жұмыс жоспары", "План работы", "Work plan"),
            [(D(2016, 1, 11), "kk ru en", "")],
        ),
        _entry(
            REPORT,
            "report",
            ("Жария есеп", "Публичный отчёт", "Public report"),
            [(D(2016, 2, 1), "kk ru en", "")],
        ),
        _entry(
            FINANCIAL,
            "financial",
            ("Қаржылық есеп", "Финансовый отчёт", "Financial statement"),
            [(D(2016, 3, 1), "kk ru en", "")],
        ),
        _entry(
            GUIDELINE,
            "guideline",
            ("Брендбук", "Брендбук", "Brand guideline"),
            [(D(2015, 9, 1), "kk ru en", "")],
            restricted=True,
            groups=[MARKETING_HEAD],
        ),
    ]
    section = factories.sections()[0]
    libraries = factories.translate_everywhere(
        factories.DocumentLibraryPageFactory(parent=section),
        {"ru": "Документы", "en": "Documents"},
    )
    extracts = {
        category: factories.translate_everywhere(
            factories.DocumentLibraryPageFactory(parent=section, category=category)
        )
        for category in ("plan", "report", "financial")
    }
    return Register({entry.code: entry for entry in entries}, libraries, extracts)
