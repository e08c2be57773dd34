"""Load the demo register (DOC1, DOC2, D2) and programmes (D1) of ``demo.content.register``.

An entry or programme that exists (same code) is left as it is: editors' changes stay.
"""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction

from wagtail.documents import get_document_model
from wagtail.models import Locale

from demo.content.common import UNIVERSITY_NAME
from demo.content.register import PROGRAMMES, REGISTER
from demo.pdf import make_pdf
from demo.spec import RegisterEntrySpec, T
from documents.programmes import Programme
from documents.register import (
    DocumentVersion,
    RegisteredDocument,
    register_collection,
    staff_collection,
)
from home.prescribed.localize import translate

from .builder import TOOL_NAME

# Printed on every generated file, so nobody mistakes a demo file for the real scan.
DEMO_NOTICE = T(
    kk="Демонстрациялық көшірме: порталды көрсету үшін жасалған.",
    ru="Демонстрационная копия: создана, чтобы показать портал.",
    en="Demonstration copy, made to show the portal.",
)
VERSION_LINE = T(
    kk="{number}-нұсқа, күшіне енген күні: {date}",
    ru="Версия {number}, вступает в силу: {date}",
    en="Version {number}, effective {date}",
)


def document_pdf(entry: RegisterEntrySpec, number: int, version, language: str) -> bytes:
    # dd.mm.yyyy: how dates are written in documents in all three languages in Kazakhstan.
    effective = version.effective_date.strftime("%d.%m.%Y")
    version_line = VERSION_LINE[language].format(number=number, date=effective)
    return make_pdf(
        entry.title[language],
        version_line,
        *(paragraph[language] for paragraph in entry.summary),
        heading=UNIVERSITY_NAME[language],
        footer=f"{entry.code}\n{DEMO_NOTICE[language]}",
    )


def _document(entry: RegisterEntrySpec, number: int, version, language: str):
    document = get_document_model()(
        title=f"{entry.code} v{number} ({language})",
        collection=staff_collection() if entry.restricted else register_collection(),
    )
    # Codes are Cyrillic; file names stay ASCII so every server and browser keeps them.
    name = f"{entry.category}-{version.effective_date.isoformat()}-v{number}-{language}.pdf"
    document.file.save(
        name,
        ContentFile(document_pdf(entry, number, version, language)),
        save=False,
    )
    document.save()
    return document


@transaction.atomic
def ensure_register(entries=REGISTER) -> int:
    """Register the demo entries that are missing; return how many were added."""
    created = 0
    for entry in entries:
        if RegisteredDocument.objects.filter(code=entry.code).exists():
            continue
        registered = RegisteredDocument(
            code=entry.code,
            category=entry.category,
            restricted=entry.restricted,
            title_kk=entry.title.kk,
            title_ru=entry.title.ru,
            title_en=entry.title.en,
        )
        # A parental relation: the groups are written by the save that follows.
        registered.groups.set(Group.objects.filter(name__in=entry.visible_to))
        registered.save()
        for number, version in enumerate(entry.versions, start=1):
            files = {
                f"file_{language}": _document(entry, number, version, language)
                for language in version.languages
            }
            DocumentVersion.objects.create(
                document=registered,
                number=number,
                effective_date=version.effective_date,
                note=version.note,
                **files,
            )
        registered.sync_file_collections()
        created += 1
    return created


@transaction.atomic
def ensure_programmes(locales: dict[str, Locale], source: str) -> int:
    """Add missing programmes in the source language with their translations."""
    created = 0
    for spec in PROGRAMMES:
        programme = Programme.objects.filter(code=spec.code, locale=locales[source]).first()
        if programme is None:
            programme = Programme.objects.create(
                locale=locales[source],
                code=spec.code,
                name=spec.name[source],
                level=spec.level,
                study_form=spec.study_form,
                instruction_languages=spec.instruction_languages[source],
                accreditation_body=spec.accreditation_body,
                accredited_until=spec.accredited_until,
                disciplines=spec.disciplines[source],
            )
            created += 1
        for language, locale in locales.items():
            if language == source or programme.has_translation(locale):
                continue
            texts = {
                "name": spec.name[language],
                "instruction_languages": spec.instruction_languages[language],
                "accreditation_body": spec.accreditation_body,
                "disciplines": spec.disciplines[language],
            }
            translate(
                programme,
                locale,
                lambda segment, texts=texts: texts.get(segment.context.path),
                tool_name=TOOL_NAME,
            )
    return created
