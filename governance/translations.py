"""Translation governance (L2): the state of every page in every language, keeping
translations in step with their Kazakh source, and sending them through approval.

wagtail-localize and Wagtail workflows do not know about each other
(wagtail-localize #511, #655, #676) and there is no site-wide overview (#832); this
module is the glue:

* publishing a Kazakh page re-reads its wagtail-localize source in the same
  transaction, so changed segments show as untranslated and the translations as
  *outdated* at once. Targets are never re-saved here: a translator's hand edits
  stay until they re-save the translation themselves;
* a translator submits a translation for approval from the queue (the translation
  editor itself offers only *Publish*, which translators do not have);
* the queue reads each state in a bounded number of queries, whatever the tree size.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, TaskState, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

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


def source_language() -> str:
    return settings.LANGUAGE_CODE


def target_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != source_language()]


# --- Keeping translations in step with their source ---------------------------------


def _segment_keys(source: TranslationSource) -> set:
    return set(StringSegment.objects.filter(source=source).values_list("string_id", "context_id"))


def sync_source(page: Page) -> bool:
    """Re-read the wagtail-localize source of a just-published Kazakh page.

    Returns whether its translatable text changed. When nothing changed the source's
    timestamp is put back, so a republish alone does not mark translations outdated.
    """
    source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale_id=page.locale_id
    ).first()
    if source is None:
        return False
    before, previous_update = _segment_keys(source), source.last_updated_at
    source.update_from_db()
    if _segment_keys(source) == before:
        TranslationSource.objects.filter(pk=source.pk).update(last_updated_at=previous_update)
        return False
    return True


def length_errors(translation: Translation) -> list[str]:
    """Translated values longer than their field allows, as messages naming the field.

    wagtail-localize 1.14 answers such a value with a 500: Wagtail's ``Page.full_clean``
    raises a field's ``ValidationError`` without a field name and wagtail-localize
    reads ``error.error_dict`` from it (AttributeError). So lengths are checked here,
    before anything is saved.
    """
    model = translation.source.specific_content_type.model_class()
    # Only plain fields have a length limit; StreamField paths contain a dot.
    segments = [
        segment
        for segment in StringSegment.objects.filter(source=translation.source).select_related(
            "context"
        )
        if "." not in segment.context.path
    ]
    translated = {
        (row.translation_of_id, row.context_id): row.data
        for row in StringTranslation.objects.filter(
            locale_id=translation.target_locale_id,
            context_id__in=[segment.context_id for segment in segments],
        )
    }
    errors = []
    for segment in segments:
        data = translated.get((segment.string_id, segment.context_id))
        message = overlong_message(model, segment.context.path, data) if data else None
        if message:
            errors.append(message)
    return errors


def overlong_message(model, path: str, data: str) -> str | None:
    """The error for translated ``data`` longer than the field at ``path`` allows.

    ``None`` when the value fits or the path is not a plain field with a length
    limit (StreamField blocks and related objects have none).
    """
    if "." in path:
        return None
    try:
        field = model._meta.get_field(path)
    except FieldDoesNotExist:
        return None
    limit = getattr(field, "max_length", None)
    length = len(StringValue(data).render_text())
    if not limit or length <= limit:
        return None
    return _gettext("“%(field)s” may have at most %(limit)d characters (it has %(length)d).") % {
        "field": capfirst(str(field.verbose_name)),
        "limit": limit,
        "length": length,
    }


@transaction.atomic
def submit_translation(translation: Translation, user) -> Page:
    """Save the translation as a draft of its target page and start the target's
    workflow. Raises ``ValidationError`` (e.g. a translated title that is too long)
    and leaves nothing half-written."""
    errors = length_errors(translation)
    if errors:
        raise ValidationError(errors)
    translation.save_target(user=user, publish=False)
    page = translation.get_target_instance()
    page = Page.objects.get(pk=page.pk).specific
    workflow = page.get_workflow()
    if workflow is not None and not page.workflow_in_progress:
        workflow.start(page, user)
    return page


def translations_waiting_on(page: Page, task) -> list[TaskState]:
    """Task states of ``page``'s translations that sit on ``task`` right now."""
    if page.locale.language_code != source_language():
        return []
    translation_ids = Page.objects.translation_of(page, inclusive=False).values_list(
        "pk", flat=True
    )
    return list(
        TaskState.objects.filter(
            task=task,
            status=TaskState.STATUS_IN_PROGRESS,
            workflow_state__status=WorkflowState.STATUS_IN_PROGRESS,
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            workflow_state__object_id__in=[str(pk) for pk in translation_ids],
        ).select_related("revision", "workflow_state__workflow")
    )


# --- The queue ---------------------------------------------------------------------


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


def _progress(source_ids, locale: Locale) -> dict[int, tuple[int, int]]:
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale=locale,
        has_error=False,
    )
    rows = (
        StringSegment.objects.filter(source_id__in=source_ids)
        .annotate(done=Exists(translated))
        .values("source_id")
        .annotate(total=Count("pk"), translated=Count("pk", filter=Q(done=True)))
    )
    return {row["source_id"]: (row["total"], row["translated"]) for row in rows}


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
    from .visibility import PageVisibility

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
    source_locale = locales.get(source_language())
    if source_locale is None:
        return []
    sources = Page.objects.filter(locale=source_locale, depth__gte=2).order_by("path")
    sections = {page.pk: page for page in Page.objects.filter(locale=source_locale, depth=3)}
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
        code: _progress([ts.pk for ts in tsources.values()], locales[code])
        for code in languages
        if code in locales and code != source_language()
    }
    in_workflow = _in_workflow([p.pk for p in sources] + [p.pk for p in targets.values()])

    rows = []
    for source in sources:
        section = next(
            (sections[pk] for pk in sections if source.path.startswith(sections[pk].path)), None
        )
        cells = []
        for code in languages:
            if code == source_language():
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
