"""The mandatory disclosure items (D1, D2, W §9.7) and their state per language (D4).

Each item says where its content lives: a field of the disclosure page, the programme
snippets, or a category of the document register. The disclosure page renders the
items in this order; the completeness report computes, for each item and language,
one of: missing, draft, published, translation outdated.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from .programmes import Programme
from .register import Category, RegisteredDocument

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
SOURCE_LANGUAGE = LANGUAGE_CODES[0]

MISSING, DRAFT, PUBLISHED, OUTDATED = "missing", "draft", "published", "outdated"
STATE_LABELS = {
    MISSING: _("Missing"),
    DRAFT: _("Draft only"),
    PUBLISHED: _("Published"),
    OUTDATED: _("Translation outdated"),
}


@dataclass(frozen=True)
class Item:
    key: str
    label: str
    requirement: str
    field: str = ""  # a DisclosurePage field
    source: str = "page"  # page | programmes | accreditation | register
    category: str = ""  # register category


ITEMS = (
    Item("founding", _("Founding date"), "D1", field="founding"),
    Item("location", _("Location"), "D1", field="location"),
    Item("working_hours", _("Working regime and hours"), "D1", field="working_hours"),
    Item("phones", _("Phones"), "D1", field="phones"),
    Item("emails", _("E-mail addresses"), "D1", field="emails"),
    Item("structure", _("Structure and governing bodies"), "D1", field="structure"),
    Item("study_forms", _("Forms of study"), "D1", field="study_forms"),
    Item(
        "programmes", _("Educational programmes and their disciplines"), "D1", source="programmes"
    ),
    Item("accreditation", _("Accreditation terms of programmes"), "D1", source="accreditation"),
    Item(
        "methodological",
        _("Methodological documents"),
        "D1",
        source="register",
        category=Category.METHODOLOGICAL,
    ),
    Item("head", _("Head of the university"), "D1", field="head"),
    Item("facilities", _("Facilities"), "D1", field="facilities"),
    Item("library", _("Scientific library"), "D1", field="library"),
    Item(
        "electronic_resources",
        _("Electronic resources for students"),
        "D1",
        field="electronic_resources",
    ),
    Item("charter", _("Charter"), "D2", source="register", category=Category.CHARTER),
    Item(
        "licence", _("Licence with appendices"), "D2", source="register", category=Category.LICENCE
    ),
    Item(
        "certificate",
        _("State accreditation certificate with appendices"),
        "D2",
        source="register",
        category=Category.CERTIFICATE,
    ),
)


REGISTER_CATEGORIES = frozenset(item.category for item in ITEMS if item.source == "register")


def _register_entries(categories, language: str) -> dict[str, list]:
    """Public entries in force whose current version exists in ``language``, by
    category: one query for the entries and one for their versions."""
    entries = (
        RegisteredDocument.objects.public()
        .filter(category__in=categories, withdrawn=False)
        .prefetch_related("versions")
    )
    by_category = {category: [] for category in categories}
    for entry in entries:
        if entry.current_version and language in entry.current_version.languages:
            by_category[entry.category].append(entry)
    return by_category


@cache
def _language_code(locale_id: int) -> str:
    """A locale's language code, read once per process: locales are created by the
    deployment and never change their language, and the page router does not join
    them, so this saves the disclosure page a query on every request."""
    return Locale.objects.values_list("language_code", flat=True).get(pk=locale_id)


def _programmes(language: str):
    return Programme.objects.filter(locale__language_code=language).order_by("level", "code")


def items_for_page(page) -> list[dict]:
    """What the disclosure page shows, in its own language."""
    language = _language_code(page.locale_id)
    programmes = list(_programmes(language))
    documents = _register_entries(REGISTER_CATEGORIES, language)
    shown = []
    for item in ITEMS:
        entry = {"item": item, "value": "", "programmes": [], "documents": []}
        if item.source == "page":
            entry["value"] = getattr(page, item.field)
        elif item.source in ("programmes", "accreditation"):
            entry["programmes"] = programmes
        else:
            entry["documents"] = documents[item.category]
        entry["present"] = bool(entry["value"] or entry["programmes"] or entry["documents"])
        shown.append(entry)
    return shown


# --- Completeness report (D4) ----------------------------------------------------


def _source_value_when(source_page, moment, field: str):
    """The Kazakh value of ``field`` as of ``moment``: what the translation was made from."""
    revision = (
        source_page.revisions.filter(created_at__lte=moment).order_by("-created_at", "-pk").first()
    )
    if revision is None:
        return None
    return revision.content.get(field)


def _page_state(item: Item, pages: dict, language: str) -> str:
    page = pages.get(language)
    if page is None:
        return MISSING
    live_value = getattr(page, item.field) if page.live else ""
    if not live_value:
        latest = page.get_latest_revision_as_object() if page.has_unpublished_changes else page
        return DRAFT if getattr(latest, item.field) else MISSING
    source = pages.get(SOURCE_LANGUAGE)
    if language != SOURCE_LANGUAGE and source is not None and page.last_published_at:
        then = _source_value_when(source, page.last_published_at, item.field)
        if then is not None and then != getattr(source, item.field):
            return OUTDATED
    return PUBLISHED


def _programme_state(item: Item, programmes: dict, language: str) -> str:
    rows = programmes.get(language, [])
    if item.source == "accreditation":
        rows = [programme for programme in rows if programme.is_accredited]
    if not rows:
        return MISSING
    if language != SOURCE_LANGUAGE:
        source = {p.translation_key: p for p in programmes.get(SOURCE_LANGUAGE, [])}
        for programme in rows:
            original = source.get(programme.translation_key)
            if original is not None and original.updated_at > programme.updated_at:
                return OUTDATED
    return PUBLISHED


def completeness_report() -> dict:
    """Rows of (item, [(language, state, fix URL)]) and the share of published cells."""
    from .pages import DisclosurePage

    pages = {}
    for page in DisclosurePage.objects.select_related("locale").order_by("path"):
        pages.setdefault(page.locale.language_code, page)
    programmes = {}
    for programme in Programme.objects.select_related("locale"):
        programmes.setdefault(programme.locale.language_code, []).append(programme)
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    documents = {
        language: _register_entries(REGISTER_CATEGORIES, language) for language in LANGUAGE_CODES
    }

    rows, published, total = [], 0, 0
    for item in ITEMS:
        cells = []
        for language in LANGUAGE_CODES:
            if item.source == "page":
                state = _page_state(item, pages, language)
                page = pages.get(language) or pages.get(SOURCE_LANGUAGE)
                fix = reverse("wagtailadmin_pages:edit", args=[page.pk]) if page else ""
            elif item.source in ("programmes", "accreditation"):
                state = _programme_state(item, programmes, language)
                fix = reverse("wagtailsnippets_documents_programme:list")
                if language in locales:
                    fix += f"?locale={language}"
            else:
                state = PUBLISHED if documents[language][item.category] else MISSING
                fix = reverse("wagtailsnippets_documents_registereddocument:list")
            cells.append(
                {"language": language, "state": state, "label": STATE_LABELS[state], "fix": fix}
            )
            total += 1
            published += state == PUBLISHED
        rows.append({"item": item, "cells": cells})
    percent = round(100 * published / total) if total else 0
    return {"rows": rows, "percent": percent, "languages": LANGUAGE_CODES}
