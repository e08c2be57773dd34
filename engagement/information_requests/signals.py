"""A calendar edit moves the due dates of open requests at once, in the same
transaction, and each moved date records which edit moved it (alaveteli#7292)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext

from .models import CalendarTransfer
from .services import recompute_open_requests


def _describe(transfer: CalendarTransfer, removed: bool) -> str:
    if removed:
        what = gettext("calendar transfer removed")
    elif transfer.is_working_day:
        what = gettext("made a working day")
    else:
        what = gettext("made a day off")
    return f"{transfer.date.isoformat()}: {what} ({transfer.reason})"


@receiver(post_save, sender=CalendarTransfer, dispatch_uid="ir_calendar_saved")
def calendar_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        recompute_open_requests(_describe(instance, removed=False))


@receiver(post_delete, sender=CalendarTransfer, dispatch_uid="ir_calendar_deleted")
def calendar_deleted(sender, instance, **kwargs):
    recompute_open_requests(_describe(instance, removed=True))
