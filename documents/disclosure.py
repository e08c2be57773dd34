"""The mandatory disclosure items (D1, D2, W §9.7) and their state per language (D4).

Each item says where its content lives: a field of the disclosure page, the programme
snippets, or a category of the document register. The disclosure page renders the
items in this order; the completeness report computes, for each item and language,
one of: missing, draft, published, translation outdated.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from .programmes import Programme
from .register import Category, RegisteredDocument

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


def register_entries(categories, language: str) -> dict[str, list]:
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
    documents = register_entries(REGISTER_CATEGORIES, language)
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
