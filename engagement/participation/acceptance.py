"""Accepting submitted material: one action of the marketing office turns a signed
submission into a **draft** page in Kazakh whose Russian and English versions are
wagtail-localize translations holding the unit's own texts (W §11.6).

The source page is built with known StreamField block ids, so every translatable
segment's context path (``title``, ``body.<id>``, ``body.<id>.alt_text``…) is known in
advance and gets the submitted text of its language as a manual string translation;
``Translation.save_target(publish=False)`` then writes the ru and en drafts exactly as
the translation editor would, and that editor shows every string as translated.
Photos become library images with their descriptions. Everything happens in one
transaction: a refused acceptance leaves no page, image or translation behind.
"""

from __future__ import annotations

import datetime
import uuid

from django.apps import apps
from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from wagtail.coreutils import find_available_slug
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection, Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from news.forms import LEAD_TIME, LEAD_TIME_LOG_ACTION
from portal.languages import SOURCE_LANGUAGE, TARGET_LANGUAGES

from .models import Purpose, Submission, SubmissionStatus

ACCEPTED_LOG_ACTION = "participation.submission_accepted"
# A msgid: shown in the admin language (governance.workflow_names).
COLLECTION_NAME = gettext_noop("Submitted material")


class AcceptanceRefused(Exception):
    """The submission cannot be accepted as it is; the message says why (translated)."""


def lead_time_problem(submission: Submission, now: datetime.datetime | None = None) -> bool:
    """An event announced less than 5 days before it starts (P §7.4)."""
    if submission.purpose != Purpose.EVENT or submission.event_start is None:
        return False
    return submission.event_start - (now or timezone.now()) < LEAD_TIME


def _collection() -> Collection:
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=COLLECTION_NAME).first() or root.add_child(
        name=COLLECTION_NAME
    )


def _first_of(model_label: str) -> Page | None:
    model = apps.get_model(model_label)
    return model.objects.filter(locale__language_code=SOURCE_LANGUAGE).order_by("path").first()


def parent_for(submission: Submission) -> Page:
    if submission.purpose == Purpose.NEWS:
        parent = _first_of("news.NewsIndexPage")
    elif submission.purpose == Purpose.EVENT:
        parent = _first_of("news.EventIndexPage")
    else:
        parent = submission.unit.page.specific if submission.unit.page_id else None
    if parent is None:
        raise AcceptanceRefused(_("There is no place in the site tree for this material."))
    return parent


def _paragraph(text: str) -> str:
    """Plain text as one rich-text paragraph: line breaks stay inside it, so the whole
    text is one segment and its translation is the other language's whole text."""
    return "<p>" + "<br/>".join(escape(line) for line in text.splitlines()) + "</p>"


def _image(photo, submission, user):
    Image = get_image_model()
    image = Image(
        title=submission.topic_kk[:255],
        collection=_collection(),
        uploaded_by_user=user,
        description=photo.alt_kk[:255],
    )
    with photo.file.open("rb") as handle:
        extension = photo.file.name.rsplit(".", 1)[-1]
        name = f"submission-{submission.pk}-{photo.pk}.{extension}"
        image.file.save(name, File(handle), save=False)
    image._set_image_file_metadata()
    image.save()
    photo.image = image
    photo.save(update_fields=["image"])
    return image


def _unit_name(unit, language: str) -> str:
    locale = Locale.objects.filter(language_code=language).first()
    translated = unit.get_translation_or_none(locale) if locale else None
    return (translated or unit).name


PAGE_MODELS = {
    Purpose.NEWS: "news.NewsPage",
    Purpose.EVENT: "news.EventPage",
    Purpose.PAGE: "sections.SubsectionPage",
}


def build_page(submission: Submission, parent: Page, user):
    """The unsaved source page and, per target language, its texts by segment path.
    Refuses (before any image is stored) a parent that cannot hold the page."""
    model = apps.get_model(PAGE_MODELS[submission.purpose])
    if not model.can_create_at(parent):
        raise AcceptanceRefused(_("There is no place in the site tree for this material."))
    texts = {language: {} for language in TARGET_LANGUAGES}

    def translated(path: str, field: str) -> None:
        for language in TARGET_LANGUAGES:
            texts[language][path] = submission.text(field, language)

    body = []
    paragraph_id = str(uuid.uuid4())
    body.append(
        {"type": "paragraph", "value": _paragraph(submission.content_kk), "id": paragraph_id}
    )
    translated(f"body.{paragraph_id}", "content")
    photos = list(submission.photos.all())
    images = [_image(photo, submission, user) for photo in photos]

    fields = {"title": submission.topic_kk, "owner": user, "live": False}
    translated("title", "topic")
    slug = slugify(submission.topic_en)[:60].strip("-") or f"material-{submission.pk}"
    fields["slug"] = find_available_slug(parent, slug)
    start = 0
    if submission.purpose == Purpose.NEWS:
        fields["date"] = submission.date
        if photos:
            fields.update(hero_image=images[0], hero_alt=photos[0].alt_kk)
            for language in TARGET_LANGUAGES:
                texts[language]["hero_alt"] = photos[0].text("alt", language)
            start = 1
    elif submission.purpose == Purpose.EVENT:
        fields.update(
            start=submission.event_start,
            end=submission.event_end,
            place=submission.event_place,
            department=_unit_name(submission.unit, SOURCE_LANGUAGE),
        )
        for language in TARGET_LANGUAGES:
            texts[language]["department"] = _unit_name(submission.unit, language)
    for photo, image in zip(photos[start:], images[start:], strict=True):
        block_id = str(uuid.uuid4())
        body.append(
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": photo.alt_kk, "caption": ""},
                "id": block_id,
            }
        )
        for language in TARGET_LANGUAGES:
            texts[language][f"body.{block_id}.alt_text"] = photo.text("alt", language)
    page = model(body=body, **fields)
    return page, texts


def _translate(page: Page, texts: dict, user) -> None:
    source, _created = TranslationSource.get_or_create_from_instance(page)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    for language, by_path in texts.items():
        locale = Locale.objects.get(language_code=language)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        for segment in segments:
            text = by_path.get(segment.context.path)
            if text is None:
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": StringValue.from_plaintext(text).data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "last_translated_by": user,
                },
            )
        translation.save_target(user=user, publish=False)


@transaction.atomic
def accept(submission: Submission, user, *, lead_time_override: str = "") -> Page:
    """Create the draft for a signed submission; refuse anything else.

    The row is locked first, so two office members pressing Accept at once make one
    page, not two.
    """
    submission = Submission.objects.select_for_update().get(pk=submission.pk)
    if submission.status != SubmissionStatus.AWAITING_OFFICE:
        raise AcceptanceRefused(_("Only material signed by the head can be accepted."))
    override = lead_time_override.strip()
    if lead_time_problem(submission) and not override:
        raise AcceptanceRefused(
            _(
                "Events must be announced at least 5 days before they start (P §7.4). "
                "Give the reason for announcing it later to accept it anyway."
            )
        )
    parent = parent_for(submission)
    page, texts = build_page(submission, parent, user)
    parent.add_child(instance=page)
    revision = page.save_revision(user=user, log_action=True)
    now = timezone.now()
    log(
        instance=page,
        action=ACCEPTED_LOG_ACTION,
        user=user,
        revision=revision,
        data={
            "submission": submission.pk,
            "unit": str(submission.unit),
            "form_date": submission.date.isoformat(),
            "accepted_by": user.get_full_name() or user.get_username(),
            "accepted_at": now.isoformat(),
        },
    )
    if override and lead_time_problem(submission):
        log(
            instance=page,
            action=LEAD_TIME_LOG_ACTION,
            user=user,
            data={"reason": override, "start": submission.event_start.isoformat()},
        )
    _translate(page, texts, user)
    submission.status = SubmissionStatus.ACCEPTED
    submission.page = page
    submission.decided_by = user
    submission.decided_at = now
    submission.save(update_fields=["status", "page", "decided_by", "decided_at"])
    return page
