"""``manage.py send_review_reminders``: e-mail each responsible person their overdue pages (W4).

Run it daily from cron or a systemd timer; in development the console e-mail
backend prints the messages.
"""

from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from governance.freshness import stale_pages


class Command(BaseCommand):
    help = "E-mail section owners the pages whose review is overdue."

    def handle(self, *args, **options):
        by_owner = defaultdict(list)
        for item in stale_pages():
            for owner in item.owners:
                if owner.email:
                    by_owner[owner].append(item)
        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        report_url = base_url + reverse("governance:freshness")
        for owner, items in by_owner.items():
            with translation.override(settings.LANGUAGE_CODE):
                lines = [
                    _("%(title)s: last reviewed %(date)s, due %(due)s — %(url)s")
                    % {
                        "title": item.page.title,
                        "date": item.last_reviewed.isoformat(),
                        "due": item.due.isoformat(),
                        "url": base_url + reverse("wagtailadmin_pages:edit", args=[item.page.pk]),
                    }
                    for item in items
                ]
                subject = _("%(count)d pages need your review") % {"count": len(items)}
                body = "\n".join(
                    [
                        _("These pages have not been reviewed within their section's interval:"),
                        "",
                        *lines,
                        "",
                        _("Overdue reviews report: %(url)s") % {"url": report_url},
                    ]
                )
            send_mail(subject, body, None, [owner.email])
        self.stdout.write(f"Sent {len(by_owner)} reminders.")
