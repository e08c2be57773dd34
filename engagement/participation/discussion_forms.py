"""The proposal form of a public discussion: the shared contribution form with the
clause referred to and the consent to personal-data processing (Law No. 94-V)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.contributions.forms import ContributionForm
from portal.public_forms import reject_markup

PROPOSAL_MAX_LENGTH = 5000


class ProposalForm(ContributionForm):
    empty_text_message = _("Please write your proposal.")

    clause = forms.CharField(
        label=_("Clause (optional)"),
        required=False,
        max_length=200,
        validators=[reject_markup],
        help_text=_("The section or clause of the document your proposal refers to."),
    )
    text = forms.CharField(
        label=_("Your proposal"),
        max_length=PROPOSAL_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        validators=[reject_markup],
    )
    consent = forms.BooleanField(
        label=_("I agree to the processing of my personal data for this discussion."),
        error_messages={
            "required": _("Proposals are accepted only with consent to data processing.")
        },
    )

    field_order = ["name", "email", "clause", "text", "consent"]

    def clean_clause(self):
        return " ".join(self.cleaned_data["clause"].split())
