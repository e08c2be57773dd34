"""The disclosure-completeness report (D4): for each mandatory item and language, one of
missing, draft only, published or translation outdated, with a link to fix it.

Kept apart from ``disclosure`` (what the page shows) because it reads the disclosure
pages themselves, which in turn render ``disclosure``'s items.
"""

from django.urls import reverse

from wagtail.models import Locale

from portal.languages import LANGUAGE_CODES, SOURCE_LANGUAGE

from .disclosure import (
    DRAFT,
    ITEMS,
    MISSING,
    OUTDATED,
    PUBLISHED,
    REGISTER_CATEGORIES,
    STATE_LABELS,
    Item,
    register_entries,
)
from .pages import DisclosurePage
from .programmes import Programme


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
    pages = {}
    for page in DisclosurePage.objects.select_related("locale").order_by("path"):
        pages.setdefault(page.locale.language_code, page)
    programmes = {}
    for programme in Programme.objects.select_related("locale"):
        programmes.setdefault(programme.locale.language_code, []).append(programme)
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    documents = {
        language: register_entries(REGISTER_CATEGORIES, language) for language in LANGUAGE_CODES
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
