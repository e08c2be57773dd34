"""A contact card that chooses a person from the directory instead of retyping them.

The directory (``people.Person``) is a higher layer than ``portal``, so the chooser
names it by string. The card renders the person in the visitor's language (the
``people_tags`` template library finds the translation and the person's page), so
the chosen person stays the same in every translation of the page: the chooser is
kept out of the translation editor, like a phone number.
"""

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
