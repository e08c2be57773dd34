"""The form every contribution is sent with: name, e-mail, text, the honeypot
(``PublicForm``), markup refused, and one rate limit shared by all kinds."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.public_forms import PublicForm, reject_markup
from portal.ratelimits import PostRateLimit

__all__ = ["CONTRIBUTION_RATE_LIMIT", "RATE_LIMIT", "ContributionForm"]

# Five contributions per address in ten minutes, whatever the form: more than any
# person writes, and a bot cannot dodge it by switching from comments to proposals.
RATE_LIMIT = 5
CONTRIBUTION_RATE_LIMIT = PostRateLimit("portal.contribution", count=RATE_LIMIT, seconds=600)


class ContributionForm(PublicForm):
    """Subclasses may relabel ``text``, add fields, and name their own refusal page
    with ``dataclasses.replace(CONTRIBUTION_RATE_LIMIT, template=…)``: the count stays
    shared because the group does."""

    rate_limit = CONTRIBUTION_RATE_LIMIT
    empty_text_message = _("Please write your comment.")

    name = forms.CharField(label=_("Your name"), max_length=100, validators=[reject_markup])
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("Never published; used only if the administrator needs to reach you."),
    )
    text = forms.CharField(
        label=_("Comment"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        validators=[reject_markup],
    )

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(self.empty_text_message, code="required")
        return text
