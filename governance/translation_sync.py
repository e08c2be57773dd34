"""Keeping Russian and English translations in step with their Kazakh source (L2).

wagtail-localize and Wagtail workflows do not know about each other
(wagtail-localize #511, #655, #676); this module is the glue:

* publishing a Kazakh page re-reads its wagtail-localize source in the same
  transaction, so changed segments show as untranslated and the translations as
  *outdated* at once. Targets are never re-saved here: a translator's hand edits
  stay until they re-save the translation themselves;
* a translator starts the translation of a page into their language from the queue
  (wagtail-localize lets only holders of its global permission start one);
* a translator submits a translation for approval (the translation editor itself
  offers only *Publish*, which translators do not have), once every segment is
  translated (a partial translation would show Kazakh text on a Russian page) and its
  values fit the limits of the fields they fill.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import transaction
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page, TaskState, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object
from wagtail_localize.strings import StringValue

from portal.languages import SOURCE_LANGUAGE

from .translation_progress import segment_progress


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
    return _("“%(field)s” may have at most %(limit)d characters (it has %(length)d).") % {
        "field": capfirst(str(field.verbose_name)),
        "limit": limit,
        "length": length,
    }


def percent_translated(translation: Translation) -> int:
    """How much of the source's text has a translation without error, 0–100."""
    total, done = segment_progress([translation.source_id], translation.target_locale).get(
        translation.source_id, (0, 0)
    )
    return 100 if not total else int(done * 100 / total)


def incomplete_error(translation: Translation) -> ValidationError | None:
    percent = percent_translated(translation)
    if percent >= 100:
        return None
    return ValidationError(
        _(
            "The translation is %(percent)d%% done: translate every segment before "
            "submitting it for approval."
        ),
        code="incomplete_translation",
        params={"percent": percent},
    )


@transaction.atomic
def start_translation(source: Page, locale: Locale, user) -> Page:
    """Create the ``locale`` translation of a Kazakh page as a draft, the way
    wagtail-localize's "Translate this page" does, and return the new page."""
    translate_object(source.specific, [locale], user=user)
    return source.get_translation(locale).specific


@transaction.atomic
def submit_translation(translation: Translation, user) -> Page:
    """Save the translation as a draft of its target page and start the target's
    workflow. Raises ``ValidationError`` (an incomplete translation, a translated
    title that is too long) and leaves nothing half-written."""
    errors = [ValidationError(message, code="too_long") for message in length_errors(translation)]
    incomplete = incomplete_error(translation)
    if incomplete is not None:
        errors.append(incomplete)
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
    if page.locale.language_code != SOURCE_LANGUAGE:
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
