"""Step 2 of 3: every public person becomes a person of the directory, and every press
release (its live row, its revisions and its translation sources) keeps its speaker.

A public person becomes a Kazakh-source person with the same name, public position
and in-office flag ("other" staff keep no public position, so they may not speak);
the Latin name, shown in English before, becomes the person's English translation.
Undoing the move writes the public persons back from the directory.
"""

import json

from django.conf import settings
from django.db import migrations
from django.utils.text import slugify

from people.translit import name_key

PUBLIC_POSITIONS = {"president", "rector", "vice_rector", "dean", "marketing_head"}
CATEGORY = {"president": "leadership", "rector": "leadership", "vice_rector": "leadership"}


def _unique_slug(Person, db, locale, base):
    base = (base or "person")[:70]
    slug, number = base, 1
    while Person.objects.using(db).filter(locale=locale, slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def _remap_json(Model, db, content_type, field, mapping, json_field, as_text):
    """Rewrite the speaker in the stored JSON of every row of ``content_type``."""
    rows = Model.objects.using(db).filter(**{field: content_type})
    for row in rows.iterator():
        raw = getattr(row, json_field)
        content = json.loads(raw) if as_text else raw
        if not isinstance(content, dict) or content.get("speaker") not in mapping:
            continue
        content["speaker"] = mapping[content["speaker"]]
        setattr(row, json_field, json.dumps(content) if as_text else content)
        row.save(update_fields=[json_field])


def _remap_stored_content(apps, db, mapping):
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = (
        ContentType.objects.using(db).filter(app_label="news", model="pressreleasepage").first()
    )
    if content_type is None:
        return
    Revision = apps.get_model("wagtailcore", "Revision")
    _remap_json(Revision, db, content_type, "content_type", mapping, "content", as_text=False)
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    _remap_json(
        TranslationSource, db, content_type, "specific_content_type", mapping, "content_json", True
    )


def forward(apps, schema_editor):
    PublicPerson = apps.get_model("news", "PublicPerson")
    Person = apps.get_model("people", "Person")
    Locale = apps.get_model("wagtailcore", "Locale")
    PressReleasePage = apps.get_model("news", "PressReleasePage")
    db = schema_editor.connection.alias
    if not PublicPerson.objects.using(db).exists():
        return
    source, _created = Locale.objects.using(db).get_or_create(
        language_code=settings.LANGUAGE_CODE
    )
    english = Locale.objects.using(db).filter(language_code="en").first()
    mapping = {}
    for public in PublicPerson.objects.using(db).order_by("pk"):
        position = public.position if public.position in PUBLIC_POSITIONS else ""
        fields = {
            "public_position": position,
            "in_office": public.active,
            "category": CATEGORY.get(public.position, "head" if position else "staff"),
        }
        slug = _unique_slug(
            Person, db, source, slugify(public.name_latin or name_key(public.name))
        )
        person = Person.objects.using(db).create(
            locale=source, name=public.name, name_key=name_key(public.name), slug=slug, **fields
        )
        if english is not None and english != source and public.name_latin:
            Person.objects.using(db).create(
                locale=english,
                translation_key=person.translation_key,
                name=public.name_latin,
                name_key=name_key(public.name_latin),
                slug=slug,
                **fields,
            )
        mapping[public.pk] = person.pk
    for old, new in mapping.items():
        PressReleasePage.objects.using(db).filter(speaker_id=old).update(new_speaker_id=new)
    _remap_stored_content(apps, db, mapping)


def backward(apps, schema_editor):
    PublicPerson = apps.get_model("news", "PublicPerson")
    Person = apps.get_model("people", "Person")
    PressReleasePage = apps.get_model("news", "PressReleasePage")
    db = schema_editor.connection.alias
    mapping = {}
    speakers = (
        PressReleasePage.objects.using(db)
        .exclude(new_speaker=None)
        .values_list("new_speaker_id", flat=True)
    )
    for person in Person.objects.using(db).filter(pk__in=set(speakers)):
        english = Person.objects.using(db).filter(
            translation_key=person.translation_key, locale__language_code="en"
        ).first()
        public, _created = PublicPerson.objects.using(db).get_or_create(
            name=person.name[:150],
            defaults={
                "name_latin": english.name[:150] if english else "",
                "position": person.public_position or "other",
                "active": person.in_office,
            },
        )
        mapping[person.pk] = public.pk
    for new, old in mapping.items():
        PressReleasePage.objects.using(db).filter(new_speaker_id=new).update(speaker_id=old)
    _remap_stored_content(apps, db, mapping)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0003_speaker_from_directory"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(forward, backward)]
