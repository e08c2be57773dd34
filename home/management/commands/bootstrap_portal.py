"""``manage.py bootstrap_portal``: the prescribed tree with demo content, idempotently."""

from django.core.management.base import BaseCommand

from home.bootstrap.builder import PortalBuilder
from home.bootstrap.content import SITE_TREE
from home.bootstrap.demo_users import ensure_demo_users


class Command(BaseCommand):
    help = (
        "Create the site structure prescribed by the regulations (S1) in Kazakh with "
        "Russian and English translations. Safe to run again: existing pages and "
        "translations are left untouched."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-users",
            action="store_true",
            help="Also create demo logins (local runs only; never in production).",
        )

    def handle(self, *args, **options):
        if options["demo_users"]:
            created = ensure_demo_users()
            if created:
                self.stdout.write(f"Demo logins created: {', '.join(created)}")
        report = PortalBuilder(SITE_TREE).build()
        if options["verbosity"] == 0:
            return
        if report.changed:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Created {len(report.created)} pages and "
                    f"{len(report.translated)} translations."
                )
            )
        else:
            self.stdout.write("The portal tree is complete; nothing to do.")
