"""Translate a page or snippet through wagtail-localize, the way a translator would (L2).

The one place where code (rather than a person in the translation editor) writes
wagtail-localize translations: ``bootstrap_portal`` uses it for the prescribed titles,
``load_demo`` for demo pages and snippets. Writing through wagtail-localize's own
records means later syncs, the translation editor and the translation queue treat these
translations exactly like ones made by people.
"""

from __future__ import annotations

from collections.abc import Callable

from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue


class MissingTranslation(Exception):
    """A source segment has no translation to give; nothing has been saved for it."""


def translate(
    instance,
    locale,
    translation_of: Callable[[StringSegment], str | None],
    *,
    tool_name: str,
) -> bool:
    """Create or refresh the ``locale`` translation of ``instance`` (a page or a snippet).

    ``translation_of(segment)`` gives the plain-text translation of one source segment.
    A segment that already has a translation in ``locale`` keeps it: a translator's work
    is never overwritten. The source is re-read from ``instance`` first, so new source
    content reaches an existing translation. Pages are published in ``locale``.
    Returns True when the translation was created or received new strings.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, created = Translation.objects.get_or_create(source=source, target_locale=locale)
    translated = set(
        StringTranslation.objects.filter(locale=locale, translation_of__segments__source=source)
        .values_list("translation_of_id", "context_id")
        .distinct()
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    added = 0
    for segment in segments:
        if (segment.string_id, segment.context_id) in translated:
            continue
        text = translation_of(segment)
        if text is None:
            raise MissingTranslation(
                f"No {locale.language_code} translation for {segment.string.data!r} "
                f"({segment.context.path}) of {instance!r}"
            )
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=StringValue.from_plaintext(text).data,
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            tool_name=tool_name,
        )
        added += 1
    if not (created or added or not instance.has_translation(locale)):
        return False
    if isinstance(instance, Page):
        # wagtail-localize defers publishing to transaction.on_commit with the page
        # object it holds, whose tree counters would then overwrite the children added
        # since (numchild). Save a draft and publish a fresh revision now instead.
        translation.save_target(publish=False)
        instance.get_translation(locale).get_latest_revision().publish()
    else:
        translation.save_target()
    return True
