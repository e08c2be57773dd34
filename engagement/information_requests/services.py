"""What happens to a request, in one place: it is numbered and dated when it arrives,
re-dated when the calendar changes, closed with a reply or a refusal, and finally
stripped of its personal data. Views, the admin and commands call these functions."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .deadlines import LOCATION, compute_deadline
from .models import (
    OPEN_STATUSES,
    CalendarTransfer,
    DeadlineChange,
    InformationRequest,
    RequestCounter,
    Status,
)

REFERENCE_FORMAT = "IR-{year}-{number:05d}"


def next_reference(year: int) -> str:
    """The next number of ``year``; call inside a transaction. The counter row is
    locked (``SELECT … FOR UPDATE`` on PostgreSQL) until the caller commits, so
    simultaneous submissions queue for it and never share a number."""
    RequestCounter.objects.get_or_create(year=year)
    counter = RequestCounter.objects.select_for_update().get(year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return REFERENCE_FORMAT.format(year=year, number=counter.last)


def deadline_for(request: InformationRequest, calendar=None):
    return compute_deadline(
        kind=request.kind,
        received_at=request.received_at,
        calendar=calendar or CalendarTransfer.working_calendar(),
        urgency=request.urgency,
        own_deadline=request.own_deadline,
    )


@transaction.atomic
def register(request: InformationRequest) -> InformationRequest:
    """Number, date and save a new request (all or nothing)."""
    request.received_at = request.received_at or timezone.now()
    year = timezone.localtime(request.received_at, LOCATION).year
    request.reference = next_reference(year)
    deadline = deadline_for(request)
    request.due_at = deadline.due_at
    request.deadline_explanation = deadline.explanation
    attachment = request.attachment
    if attachment and not attachment._committed:
        # Stored under the final reference, once the number is known.
        request.attachment = None
        request.save()
        request.attachment = attachment
        request.save(update_fields=["attachment"])
    else:
        request.save()
    return request


@transaction.atomic
def recompute_open_requests(reason: str) -> list[DeadlineChange]:
    """Recompute the due date of every open request on the current calendar and record
    each change with ``reason`` (a calendar edit: alaveteli#7292)."""
    calendar = CalendarTransfer.working_calendar()
    changes = []
    for request in InformationRequest.objects.select_for_update().filter(status__in=OPEN_STATUSES):
        deadline = deadline_for(request, calendar)
        if deadline.due_at == request.due_at and deadline.explanation == (
            request.deadline_explanation
        ):
            continue
        if deadline.due_at != request.due_at:
            changes.append(
                DeadlineChange(
                    request=request,
                    previous_due_at=request.due_at,
                    due_at=deadline.due_at,
                    reason=reason[:400],
                )
            )
        request.due_at = deadline.due_at
        request.deadline_explanation = deadline.explanation
        request.save(update_fields=["due_at", "deadline_explanation"])
    DeadlineChange.objects.bulk_create(changes)
    return changes


def close(request: InformationRequest, status: str) -> None:
    request.status = status
    request.closed_at = request.closed_at or timezone.now()


def retention_cutoff(now=None):
    return (now or timezone.now()) - timedelta(days=settings.INFORMATION_REQUESTS_RETENTION_DAYS)


ERASED = "—"


@transaction.atomic
def anonymise_expired(now=None) -> int:
    """Erase the personal data of requests closed longer ago than the retention period
    (E7); the number, kind, dates, department and outcome stay for the statistics."""
    expired = InformationRequest.objects.select_for_update().filter(
        status__in=(Status.ANSWERED, Status.REFUSED),
        closed_at__lt=retention_cutoff(now),
        anonymised_at__isnull=True,
    )
    count = 0
    for request in expired:
        for field in (request.attachment, request.reply_attachment):
            if field:
                field.delete(save=False)
        request.name = ERASED
        request.organisation = ""
        request.email = "erased@invalid"
        request.phone = ""
        request.subject = ERASED
        request.text = ERASED
        request.reply_text = ""
        request.attachment_type = ""
        request.anonymised_at = now or timezone.now()
        request.save()
        count += 1
    return count
