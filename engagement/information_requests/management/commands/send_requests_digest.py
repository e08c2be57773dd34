"""``manage.py send_requests_digest``: the requests office's morning e-mail listing
overdue requests and those due today (E1). Run daily by a systemd timer."""

from django.core.management.base import BaseCommand

from engagement.information_requests.models import InformationRequest
from engagement.information_requests.notifications import send_digest


class Command(BaseCommand):
    help = "E-mail the requests office the overdue requests and those due today."

    def handle(self, *args, **options):
        overdue = list(
            InformationRequest.objects.overdue().select_related("unit").order_by("due_at")
        )
        today = list(
            InformationRequest.objects.due_today().select_related("unit").order_by("due_at")
        )
        sent = send_digest(overdue, today)
        if options["verbosity"]:
            if sent:
                self.stdout.write(f"Digest sent: {len(overdue)} overdue, {len(today)} due today.")
            else:
                self.stdout.write("Nothing overdue or due today; no digest sent.")
