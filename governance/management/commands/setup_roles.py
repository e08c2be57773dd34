"""``manage.py setup_roles``: the portal's groups, permissions and workflows (W1, W2)."""

from django.core.management.base import BaseCommand

from governance.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Create the role groups (administrators, section editors, approvers, marketing "
        "head, translators, rector, quality office), their permissions and the approval "
        "workflows. Safe to run again: only what is missing is added."
    )

    def handle(self, *args, **options):
        report = setup_roles()
        if not report.created:
            self.stdout.write("Roles are complete; nothing to do.")
            return
        for line in report.created:
            self.stdout.write(f"  + {line}")
        self.stdout.write(self.style.SUCCESS(f"{len(report.created)} changes."))
