"""The visitor's forms: the request itself and the status lookup (E1, E7).

Every text field is plain text (no markup, no control characters) with a length cap;
the view stores nothing unless the whole form is valid.
"""

import re
from datetime import timedelta

from django import forms
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.public_forms import PublicForm, reject_markup

from .models import Kind, Urgency
from .uploads import check_attachment

# C0 and C1 control characters; tab and line breaks only where a text may have them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile(r"[\r\n\t]")
REFERENCE_PATTERN = r"IR-\d{4}-\d{5}"


def reject_control_characters(value: str) -> None:
    if _CONTROL.search(value):
        raise forms.ValidationError(
            _("The text contains invisible control characters; please retype it."),
            code="control_characters",
        )


def single_line(value: str) -> None:
    reject_control_characters(value)
    if _LINE_BREAK.search(value):
        raise forms.ValidationError(_("Please keep this on one line."), code="line_break")


PLAIN = [reject_markup, reject_control_characters]
LINE = [reject_markup, single_line]

phone_validator = RegexValidator(
    r"^\+?[0-9 ()\-]{5,25}$",
    _("Enter a phone number: digits, spaces, brackets, dashes and a leading +."),
    code="phone",
)


class InformationRequestForm(PublicForm):
    kind = forms.ChoiceField(
        label=_("I am writing as"), choices=Kind.choices, widget=forms.RadioSelect
    )
    name = forms.CharField(label=_("Your full name"), max_length=200, validators=LINE)
    organisation = forms.CharField(
        label=_("Organisation or media outlet"),
        max_length=300,
        required=False,
        validators=LINE,
        help_text=_("For organisations and journalists."),
    )
    email = forms.EmailField(label=_("E-mail for the reply"), max_length=254)
    phone = forms.CharField(
        label=_("Phone"), max_length=40, required=False, validators=[single_line, phone_validator]
    )
    subject = forms.CharField(label=_("Subject"), max_length=300, validators=LINE)
    text = forms.CharField(
        label=_("Your request"), max_length=10_000, widget=forms.Textarea, validators=PLAIN
    )
    attachment = forms.FileField(
        label=_("Attachment (optional)"),
        required=False,
        max_length=200,
        help_text=_("One PDF, JPEG, PNG or DOCX file, up to 10 MB."),
    )
    urgency = forms.ChoiceField(
        label=_("Urgency (media requests)"),
        choices=[("", _("Not a media request"))] + Urgency.choices,
        required=False,
    )
    own_deadline = forms.DateField(
        label=_("Your deadline (current media requests, optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Without it, a current media request is answered within 3 calendar days."),
    )
    consent = forms.BooleanField(
        label=_("I consent to the processing of my personal data to handle this request."),
        error_messages={
            "required": _("We cannot accept the request without your consent to processing.")
        },
    )

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            self.attachment_type = check_attachment(upload)
        return upload

    def clean_own_deadline(self):
        value = self.cleaned_data.get("own_deadline")
        today = timezone.localdate()
        if value and not today <= value <= today + timedelta(days=366):
            raise forms.ValidationError(
                _("Choose a date from today to one year ahead."), code="deadline_range"
            )
        return value

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == Kind.MEDIA:
            if not cleaned.get("urgency"):
                self.add_error(
                    "urgency",
                    forms.ValidationError(
                        _("Choose how urgent your media request is."), code="urgency_required"
                    ),
                )
            elif cleaned.get("urgency") != Urgency.CURRENT:
                cleaned["own_deadline"] = None
        else:
            cleaned["urgency"] = ""
            cleaned["own_deadline"] = None
        return cleaned


NOT_FOUND = forms.ValidationError(
    _(
        "We found no request with this number and e-mail. Check both: the number is in "
        "the confirmation e-mail."
    ),
    code="not_found",
)


class StatusLookupForm(PublicForm):
    reference = forms.CharField(
        label=_("Reference number"),
        max_length=20,
        validators=[
            RegexValidator(
                rf"^(?i:{REFERENCE_PATTERN})$",
                _("A reference number looks like IR-2026-00042."),
                code="reference",
            )
        ],
        widget=forms.TextInput(attrs={"placeholder": "IR-2026-00042"}),
    )
    email = forms.EmailField(label=_("The e-mail you gave in the request"), max_length=254)

    def clean_reference(self):
        return self.cleaned_data["reference"].strip().upper()
