"""Outgoing mail leaves right after the sender's transaction commits, and a failure
never reaches the sender.

``post_office.EmailBackend`` (settings.EMAIL_BACKEND) stores each message in the
database inside the caller's transaction, so a rolled-back submission sends nothing.
Once the transaction commits, :func:`deliver` tries each new message once through the
real transport (SMTP, with ``EMAIL_TIMEOUT``). A message that fails is requeued the
way ``manage.py send_queued_mail`` requeues it (``POST_OFFICE["MAX_RETRIES"]`` times,
``RETRY_INTERVAL`` apart, then *failed*), and the timer in deploy/systemd retries it.
"""

import logging

from django.db import transaction
from django.utils import timezone

from post_office.connections import connections
from post_office.models import STATUS, Email, Log
from post_office.settings import get_max_retries, get_retry_timedelta

logger = logging.getLogger(__name__)


def deliver(email_ids) -> None:
    """Send the queued messages ``email_ids`` now; requeue those that fail."""
    emails = Email.objects.filter(pk__in=email_ids, status=STATUS.queued).prefetch_related(
        "attachments"
    )
    try:
        for email in emails:
            try:
                email.dispatch(commit=False, disconnect_after_delivery=False)
            except Exception as error:  # any transport failure is requeued
                requeue(email, error)
            else:
                Email.objects.filter(pk=email.pk).update(
                    status=STATUS.sent, last_updated=timezone.now()
                )
    finally:
        connections.close()


def requeue(email: Email, error: Exception) -> None:
    logger.warning("E-mail %s not sent, left in the queue: %s", email.pk, error)
    retries = email.number_of_retries or 0
    if retries < get_max_retries():
        status, scheduled = STATUS.requeued, timezone.now() + get_retry_timedelta()
        retries += 1
    else:
        status, scheduled = STATUS.failed, email.scheduled_time
    Email.objects.filter(pk=email.pk).update(
        status=status,
        scheduled_time=scheduled,
        number_of_retries=retries,
        last_updated=timezone.now(),
    )
    Log.objects.create(
        email=email,
        status=STATUS.failed,
        message=str(error)[:2000],
        exception_type=type(error).__name__,
    )


def send_after_commit(sender, emails, **kwargs) -> None:
    """``email_queued`` receiver: deliver once the surrounding transaction commits."""
    ids = [email.pk for email in emails]
    transaction.on_commit(lambda: deliver(ids), robust=True)
