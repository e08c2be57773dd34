"""The media corner's visitor forms: accreditation for an event and the subscription to
press releases. Both are ``PublicForm``s (honeypot, no markup) behind a shared per-address
rate limit."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from portal.blocks.contact import validate_phone
from portal.public_forms import PublicForm, reject_markup
from portal.ratelimits import PostRateLimit

# A journalist accredits for a few events, or subscribes once; ten posts an hour is
# more than a person sends, and stops a flood of confirmation e-mails from one address.
ACCREDITATION_RATE_LIMIT = PostRateLimit("news.accreditation", count=10, seconds=3600)
SUBSCRIPTION_RATE_LIMIT = PostRateLimit("news.press-list", count=10, seconds=3600)


def _one_line(value: str) -> str:
    return " ".join(value.split())


class AccreditationForm(PublicForm):
    event = forms.TypedChoiceField(label=_("Event"), coerce=int)
    name = forms.CharField(label=_("Full name"), max_length=150, validators=[reject_markup])
    outlet = forms.CharField(label=_("Media outlet"), max_length=200, validators=[reject_markup])
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    phone = forms.CharField(
        label=_("Phone"), max_length=40, required=False, validators=[validate_phone]
    )
    note = forms.CharField(
        label=_("Crew and equipment"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        validators=[reject_markup],
        help_text=_("Camera operators, photographers, equipment you bring."),
    )

    def __init__(self, *args, events=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.events = {event.pk: event for event in events}
        self.fields["event"].choices = [(event.pk, event.title) for event in events]

    def clean_name(self):
        return _one_line(self.cleaned_data["name"])

    def clean_outlet(self):
        return _one_line(self.cleaned_data["outlet"])


class SubscriptionForm(PublicForm):
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    language = forms.ChoiceField(label=_("Language of the releases"), choices=settings.LANGUAGES)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
