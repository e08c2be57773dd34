"""What every public form shares: a honeypot that people never see and bots fill, and
plain-text fields that refuse markup.

A form for visitors (a blog comment, a discussion proposal, an information request)
subclasses :class:`PublicForm`; its view asks ``form.is_spam`` and answers a bot exactly
as it answers a person, so the bot learns nothing. The per-address limit lives next
door, in ``portal.ratelimits``.
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

__all__ = ["HONEYPOT_FIELD", "PublicForm", "reject_markup"]

HONEYPOT_FIELD = "website"
_MARKUP = re.compile(r"<\s*[a-zA-Z/!?]|&#?\w+;")


def reject_markup(value: str) -> None:
    """Refuse HTML tags and character entities in a plain-text field."""
    if _MARKUP.search(value):
        raise forms.ValidationError(
            _("Please write plain text: HTML and other markup are not allowed."),
            code="markup",
        )


class PublicForm(forms.Form):
    """A visitor's form with the honeypot field. Templates render it inside a
    ``form-field--trap`` wrapper with ``aria-hidden``: hidden from people by CSS and
    from screen readers; bots fill it."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Last, after the fields a person fills in, as a bot expects it.
        self.fields[HONEYPOT_FIELD] = self.fields.pop(HONEYPOT_FIELD)

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get(HONEYPOT_FIELD))
