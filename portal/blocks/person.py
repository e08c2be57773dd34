"""A contact card that chooses a person from the directory instead of retyping them.

The directory (``people.Person``) is a higher layer than ``portal``, so the chooser
names it by string. The card renders the person in the visitor's language (the
``people_tags`` template library finds the translation and the person's page), so
the chosen person stays the same in every translation of the page: the chooser is
kept out of the translation editor, like a phone number.
"""

import copy

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from portal.languages import SOURCE_LANGUAGE

from .preview import PREVIEW_TEMPLATE

__all__ = ["PersonCardBlock", "PersonChooserBlock"]


class PersonChooserBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("people.Person", **kwargs)

    def bulk_to_python(self, values):
        """Every person the stream names in one query (with locale, photo and unit),
        and all their translations in one more, kept on each person as
        ``translations_by_language`` for the card (``Person.in_current_language``): a
        page with many cards costs two queries, not two per card. The value stays the
        chosen record, so the admin edits what was chosen."""
        model = self.model_class
        related = ("locale", "photo", "unit")
        people = model.objects.select_related(*related).in_bulk(values)
        translations = {}
        keys = {person.translation_key for person in people.values()}
        if keys:
            for other in model.objects.filter(translation_key__in=keys).select_related(*related):
                translations.setdefault(other.translation_key, {})[other.locale.language_code] = (
                    other
                )
        result, seen = [], set()
        for pk in values:
            person = people.get(pk)
            if person is not None:
                person = copy.copy(person) if pk in seen else person
                person.translations_by_language = translations.get(person.translation_key, {})
            result.append(person)
            seen.add(pk)
        return result

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value

    def deconstruct(self):
        return ("portal.blocks.PersonChooserBlock", (), self._constructor_args[1])


class PersonCardBlock(blocks.StructBlock):
    person = PersonChooserBlock(label=_("Person"))
    role = blocks.CharBlock(
        label=_("Role on this page"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to show the person's position from the directory."),
    )

    class Meta:
        label = _("Person from the directory")
        icon = "user"
        template = "blocks/person_card_block.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("A person chosen from the directory: name, position, photo, contacts.")

    def get_preview_value(self):
        """The first person of the directory, in the source language."""
        person_model = apps.get_model("people", "Person")
        person = person_model.objects.filter(locale__language_code=SOURCE_LANGUAGE).first()
        return self.to_python({"person": person.pk if person else None, "role": ""})


DECONSTRUCT_ALIASES = {PersonCardBlock: "portal.blocks.PersonCardBlock"}
