"""The office's form for a request: handling and the decision. The requester's own data
is read-only here; a decision needs what the regulation asks of it (P §11.2–11.4), and
closing a request mails the requester."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from . import notifications
from .models import OPEN_STATUSES, Decider, Status
from .services import close
from .uploads import check_attachment


class InformationRequestAdminForm(WagtailAdminModelForm):
    def clean_reply_attachment(self):
        upload = self.cleaned_data.get("reply_attachment")
        if upload and hasattr(upload, "content_type"):  # a new upload, not the stored file
            check_attachment(upload)
        return upload

    def clean_copies_cost(self):
        cost = self.cleaned_data.get("copies_cost")
        if cost is not None and cost < 0:
            raise forms.ValidationError(_("A cost cannot be negative."), code="negative_cost")
        return cost

    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("status")
        if status in (Status.ANSWERED, Status.REFUSED):
            if not cleaned.get("decided_by"):
                self.add_error(
                    "decided_by",
                    forms.ValidationError(
                        _("Record who decided: the rector or a delegate."), code="decider"
                    ),
                )
            if cleaned.get("decided_by") == Decider.DELEGATE and not cleaned.get("delegate_name"):
                self.add_error(
                    "delegate_name",
                    forms.ValidationError(_("Name the delegate."), code="delegate_name"),
                )
            if not cleaned.get("reply_date"):
                self.add_error(
                    "reply_date",
                    forms.ValidationError(_("Give the date of the reply."), code="reply_date"),
                )
        if status == Status.ANSWERED and not (
            cleaned.get("reply_text") or cleaned.get("reply_attachment")
        ):
            self.add_error(
                "reply_text",
                forms.ValidationError(
                    _("Write the reply or attach it as a file."), code="reply_missing"
                ),
            )
        if status == Status.REFUSED and not cleaned.get("refusal_reason"):
            self.add_error(
                "refusal_reason",
                forms.ValidationError(
                    _("A refusal must give its reason (P §11.2)."), code="refusal_reason"
                ),
            )
        return cleaned

    def save(self, commit=True):
        request = super().save(commit=False)
        previous = self.initial.get("status")
        closing = previous in OPEN_STATUSES and request.status not in OPEN_STATUSES
        if closing:
            close(request, request.status)
        if commit:
            with transaction.atomic():
                request.save()
                self.save_m2m()
                if closing:
                    notifications.send_decision(request)
        return request
