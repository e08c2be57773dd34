"""Forms of the news service: the index's filters and archive routes, and the event
editor's 5-day lead-time rule (P §7.4), which an approver may override with a reason."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.log_actions import log

from .categories import CATEGORY_CHOICES

LEAD_TIME = datetime.timedelta(days=5)
LEAD_TIME_LOG_ACTION = "news.lead_time_override"
SUBMIT_ACTIONS = ("action-submit", "action-publish")


class NewsFilterForm(forms.Form):
    """The index's ``?tag=`` and ``?category=`` filters."""

    tag = forms.SlugField(required=False, max_length=100, allow_unicode=True)
    category = forms.ChoiceField(required=False, choices=[("", "")] + CATEGORY_CHOICES)


class ArchiveForm(forms.Form):
    """A year and month taken from the archive URL."""

    year = forms.IntegerField(min_value=1900, max_value=2999)
    month = forms.IntegerField(min_value=1, max_value=12, required=False)


class TagForm(forms.Form):
    tag = forms.SlugField(max_length=100, allow_unicode=True)


class EventPageForm(WagtailAdminPageForm):
    """Refuses to submit or publish an event less than five days before it starts (P §7.4),
    unless someone who may publish it gives a reason, which is then logged."""

    lead_time_override = forms.CharField(
        label=_("Reason for announcing later than 5 days ahead"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Only an approver may fill this in. The reason is recorded in the page history."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The rule is for staff: it lives here, in the admin, not on the public events page.
        if "start" in self.fields:
            self.fields["start"].help_text = _(
                "Events are announced at least 5 days before they start (P §7.4); only an "
                "approver may publish a later announcement, with a reason."
            )

    def _may_override(self) -> bool:
        user = self.for_user
        if user is None:
            return False
        if self.instance.pk:
            return self.instance.permissions_for_user(user).can_publish()
        return self.parent_page.permissions_for_user(user).can_publish_subpage()

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start"), cleaned_data.get("end")
        if start and end and end < start:
            self.add_error("end", _("The event cannot end before it starts."))
        submitting = any(self.data.get(action) for action in SUBMIT_ACTIONS)
        if not (submitting and start):
            return cleaned_data
        announced = self.instance.first_published_at or timezone.now()
        if start - announced >= LEAD_TIME:
            return cleaned_data
        reason = (cleaned_data.get("lead_time_override") or "").strip()
        if not reason:
            self.add_error(
                "start",
                _(
                    "Events must be announced at least 5 days before they start (P §7.4). "
                    "Move the start date, or ask an approver to publish it with a reason."
                ),
            )
        elif not self._may_override():
            self.add_error(
                "lead_time_override",
                _("Only an approver may override the 5-day rule."),
            )
        else:
            self.instance._lead_time_override_reason = reason
        return cleaned_data

    def save(self, commit=True):
        page = super().save(commit=commit)
        if page.pk:  # an edit; a new page is logged by the after_create_page hook
            record_lead_time_override(page, self.for_user)
        return page


def record_lead_time_override(page, user) -> None:
    """Write an approver's override of the 5-day rule, with its reason, to the page history."""
    reason = getattr(page, "_lead_time_override_reason", None)
    if not reason:
        return
    log(
        instance=page,
        action=LEAD_TIME_LOG_ACTION,
        user=user,
        data={"reason": reason, "start": page.start.isoformat()},
    )
    page._lead_time_override_reason = None
