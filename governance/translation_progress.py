"""How much of a page's text is translated into a language (L2): the queue shows it,
and an incomplete translation cannot be submitted for approval."""

from __future__ import annotations

from django.db.models import Count, Exists, OuterRef, Q

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation


def segment_progress(source_ids, locale: Locale) -> dict[int, tuple[int, int]]:
    """``{source id: (segments, translated segments)}`` into ``locale``; a segment
    whose translation has an error does not count as translated."""
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
