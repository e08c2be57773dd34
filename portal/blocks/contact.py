"""Contact card: who to ask, and how to reach them."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from .preview import PREVIEW_TEMPLATE

__all__ = ["ContactCardBlock", "PhoneBlock", "validate_phone"]

_PHONE_CHARACTERS = re.compile(r"^\+?[0-9 ()\-]+$")
_MIN_PHONE_DIGITS = 5
_MAX_PHONE_DIGITS = 15  # ITU-T E.164


def validate_phone(value):
    """Accept digits, spaces, parentheses, hyphens and one leading "+", with 5-15 digits."""
    digits = sum(character.isdigit() for character in value)
    if not _PHONE_CHARACTERS.match(value) or not _MIN_PHONE_DIGITS <= digits <= _MAX_PHONE_DIGITS:
        raise ValidationError(
            _(
                "Enter a phone number using digits, spaces, brackets and hyphens, "
                "e.g. +7 (7172) 12-34-56."
            ),
            code="invalid_phone",
        )


class PhoneBlock(blocks.CharBlock):
    """A phone number: validated, and kept out of the translation editor.

    A number reads the same in every language, so offering it to translators would only
    add work; translations always show the number of the source page.
    """

    def __init__(self, validators=(), **kwargs):
        super().__init__(validators=[validate_phone, *validators], **kwargs)

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class ContactCardValue(blocks.StructValue):
    @property
    def tel_href(self):
        """The ``tel:`` URI for the number: its digits, with the leading "+" if any."""
        phone = (self.get("phone") or "").strip()
        if not phone:
            return ""
        digits = "".join(character for character in phone if character.isdigit())
        return f"tel:{'+' if phone.startswith('+') else ''}{digits}"


class ContactCardBlock(blocks.StructBlock):
    name = blocks.CharBlock(
        label=_("Name"),
        max_length=200,
        help_text=_("A person's full name, or the name of an office."),
    )
    role = blocks.CharBlock(label=_("Role"), required=False, max_length=200)
    phone = PhoneBlock(label=_("Phone"), required=False, max_length=40)
    email = blocks.EmailBlock(label=_("Email"), required=False)
    office = blocks.CharBlock(
        label=_("Office"),
        required=False,
        max_length=200,
        help_text=_("Building and room, e.g. 'Main building, room 204'."),
    )
    hours = blocks.CharBlock(
        label=_("Opening hours"),
        required=False,
        max_length=200,
        help_text=_("e.g. 'Monday to Friday, 9:00-18:00'."),
    )
    photo = ImageChooserBlock(
        label=_("Photo"),
        required=False,
        help_text=_("Shown next to the name; screen readers skip it, as the name says who it is."),
    )

    class Meta:
        label = _("Contact card")
        icon = "user"
        template = "blocks/contact_card_block.html"
        preview_template = PREVIEW_TEMPLATE
        value_class = ContactCardValue
        preview_value = {
            "name": _("Admissions office"),
            "role": _("Questions about applying and enrolment"),
            "phone": "+7 (7172) 12-34-56",
            "email": "admissions@example.edu.kz",
            "office": _("Main building, room 101"),
            "hours": _("Monday to Friday, 9:00-18:00"),
            "photo": None,
        }
        description = _("Name, role, phone, email, office and opening hours of a contact.")


# Migrations refer to the blocks by their public path, so modules can be reorganised.
DECONSTRUCT_ALIASES = {
    PhoneBlock: "portal.blocks.PhoneBlock",
    ContactCardBlock: "portal.blocks.ContactCardBlock",
}
