"""E-mails about a request, each in the requester's language: the confirmation with the
reference number and due date, and the decision. The office hears of each new request
and gets a daily digest. All through Django's mail API, so they are queued, sent after
the transaction commits and retried (operations.mail)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from .models import InformationRequest


def _send(to: str, subject: str, template: str, context: dict, attachment=None) -> None:
    body = render_to_string(template, context)
    message = EmailMessage(subject=subject, body=body, to=[to])
    if attachment:
        with attachment.open("rb") as file:
            message.attach(
                f"{context['request'].reference}-reply.{_extension(attachment)}", file.read()
            )
    message.send()


def _extension(field) -> str:
    return field.name.rsplit(".", 1)[-1].lower() if "." in field.name.rsplit("/", 1)[-1] else "bin"


def _admin_url(request: InformationRequest) -> str:
    return settings.WAGTAILADMIN_BASE_URL + reverse(
        "information_requests_admin:edit", args=[request.pk]
    )


def send_confirmation(request: InformationRequest) -> None:
    with translation.override(request.language):
        _send(
            request.email,
            gettext("Your information request %(reference)s") % {"reference": request.reference},
            "information_requests/email/confirmation.txt",
            {"request": request, "due_at": timezone.localtime(request.due_at)},
        )


def notify_office_of_new(request: InformationRequest) -> None:
    """The office's mailbox learns the number, kind and due date; personal data stays
    in the admin behind its permission."""
    with translation.override(settings.LANGUAGE_CODE):
        _send(
            settings.INFORMATION_REQUESTS_OFFICE_EMAIL,
            gettext("New information request %(reference)s") % {"reference": request.reference},
            "information_requests/email/office_new.txt",
            {
                "request": request,
                "due_at": timezone.localtime(request.due_at),
                "url": _admin_url(request),
            },
        )


def send_decision(request: InformationRequest) -> None:
    with translation.override(request.language):
        _send(
            request.email,
            gettext("Reply to your information request %(reference)s")
            % {"reference": request.reference},
            "information_requests/email/decision.txt",
            {"request": request},
            attachment=request.reply_attachment or None,
        )


def send_digest(overdue, due_today) -> bool:
    """The office's morning list; nothing is sent when nothing is due."""
    if not overdue and not due_today:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        _send(
            settings.INFORMATION_REQUESTS_OFFICE_EMAIL,
            gettext("Information requests: %(overdue)d overdue, %(today)d due today")
            % {"overdue": len(overdue), "today": len(due_today)},
            "information_requests/email/digest.txt",
            {
                "overdue": [(r, _admin_url(r)) for r in overdue],
                "due_today": [(r, _admin_url(r)) for r in due_today],
            },
        )
    return True
