"""The translation queue (L2): the state of every page in every language, for the
people who may see it.

There is no site-wide overview in wagtail-localize (#832). The queue reads each state
in a bounded number of queries, whatever the size of the tree.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from portal.languages import SOURCE_LANGUAGE
from sections import tree

from .translation_progress import segment_progress
from .visibility import PageVisibility

MISSING = "missing"
OUTDATED = "outdated"
IN_PROGRESS = "in_progress"
AWAITING_APPROVAL = "awaiting_approval"
PUBLISHED = "published"
STATE_LABELS = {
    MISSING: _("missing"),
    OUTDATED: _("outdated"),
    IN_PROGRESS: _("in progress"),
    AWAITING_APPROVAL: _("awaiting approval"),
    PUBLISHED: _("published"),
}


@dataclass
class Cell:
    language: str
    state: str
    percent: int | None = None
    page: Page | None = None
    url: str = ""
    translation_id: int | None = None

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]


@dataclass
class Row:
    source: Page
    section: Page | None
    cells: list[Cell]


def _in_workflow(page_ids) -> set[int]:
    return {
        int(object_id)
        for object_id in WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(pk) for pk in page_ids],
        ).values_list("object_id", flat=True)
    }


def _source_state(page: Page, in_workflow: set[int]) -> str:
    if page.pk in in_workflow:
        return AWAITING_APPROVAL
    if page.live and not page.has_unpublished_changes:
        return PUBLISHED
    return IN_PROGRESS


def _visible_to(user, sources, targets):
    """The sources whose title ``user`` may see: pages they may edit or whose
    translation they may edit, and live public pages (AC-1: no draft or private
    title of another section)."""
    visibility = PageVisibility(user)
    editable_keys = {key for (key, _locale), page in targets.items() if visibility.may_edit(page)}
    return [
        page
        for page in sources
        if visibility.may_see(page) or page.translation_key in editable_keys
    ]


def queue_rows(*, user, languages: list[str], section_id: int | None = None) -> list[Row]:
    """One row per Kazakh page that ``user`` may see (in tree order), one cell per
    language in ``languages``."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    source_locale = locales.get(SOURCE_LANGUAGE)
    if source_locale is None:
        return []
    sources = Page.objects.filter(locale=source_locale, depth__gte=tree.HOME_DEPTH).order_by("path")
    sections = {page.pk: page for page in tree.sections()}
    if section_id is not None and section_id in sections:
        sources = sources.descendant_of(sections[section_id], inclusive=True)
    sources = list(sources)
    keys = [page.translation_key for page in sources]
    targets = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=keys).exclude(locale=source_locale)
    }
    sources = _visible_to(user, sources, targets)
    keys = [page.translation_key for page in sources]
    tsources = {
        ts.object_id: ts
        for ts in TranslationSource.objects.filter(object_id__in=keys, locale=source_locale)
    }
    translations = {
        (t.source_id, t.target_locale_id): t
        for t in Translation.objects.filter(source__in=tsources.values())
    }
    progress = {
        code: segment_progress([ts.pk for ts in tsources.values()], locales[code])
        for code in languages
        if code in locales and code != SOURCE_LANGUAGE
    }
    in_workflow = _in_workflow([p.pk for p in sources] + [p.pk for p in targets.values()])

    rows = []
    for source in sources:
        section = next(
            (sections[pk] for pk in sections if source.path.startswith(sections[pk].path)), None
        )
        cells = []
        for code in languages:
            if code == SOURCE_LANGUAGE:
                cells.append(
                    Cell(
                        code,
                        _source_state(source, in_workflow),
                        page=source,
                        url=reverse("wagtailadmin_pages:edit", args=[source.pk]),
                    )
                )
                continue
            locale = locales.get(code)
            target = targets.get((source.translation_key, locale.pk)) if locale else None
            ts = tsources.get(source.translation_key)
            if target is None:
                cells.append(
                    Cell(
                        code,
                        MISSING,
                        url=reverse("wagtail_localize:submit_page_translation", args=[source.pk]),
                    )
                )
                continue
            translation = translations.get((ts.pk, locale.pk)) if ts else None
            total, done = progress.get(code, {}).get(ts.pk, (0, 0)) if ts else (0, 0)
            percent = 100 if not total else int(done * 100 / total)
            edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
            if target.pk in in_workflow:
                state = AWAITING_APPROVAL
            elif ts is not None and (
                target.latest_revision_created_at is None
                or ts.last_updated_at > target.latest_revision_created_at
            ):
                state = OUTDATED
            elif percent < 100 or not target.live or target.has_unpublished_changes:
                state = IN_PROGRESS
            else:
                state = PUBLISHED
            cells.append(
                Cell(
                    code,
                    state,
                    percent=percent,
                    page=target,
                    url=edit_url,
                    translation_id=translation.pk if translation else None,
                )
            )
        rows.append(Row(source, section, cells))
    return rows
