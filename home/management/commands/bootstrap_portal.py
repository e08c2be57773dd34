"""``manage.py bootstrap_portal``: the prescribed tree with demo content, idempotently.

After the tree, every installed app whose AppConfig defines
``bootstrap_portal(*, demo_users: bool) -> list[str]`` adds its own part (roles,
registers, demo items), in INSTALLED_APPS order; the lines it returns are printed.
Each step must be idempotent, like the tree itself.
"""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from home.bootstrap.builder import PortalBuilder
from home.bootstrap.content import SITE_TREE
from home.bootstrap.demo_users import ensure_demo_users


class Command(BaseCommand):
    help = (
        "Create the site structure prescribed by the regulations (S1) in Kazakh with "
        "Russian and English translations, then each app's own part. Safe to run "
        "again: existing pages and translations are left untouched."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-users",
            action="store_true",
            help="Also create demo logins (local runs only; never in production).",
        )

    def handle(self, *args, **options):
        report = PortalBuilder(SITE_TREE).build()
        lines = []
        for app_config in apps.get_app_configs():
            step = getattr(app_config, "bootstrap_portal", None)
            if step is not None:
                with transaction.atomic():
                    lines.extend(step(demo_users=options["demo_users"]))
        if options["demo_users"]:
            created = ensure_demo_users()
            if created:
                lines.append(f"Demo logins created: {', '.join(created)}")
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
        for line in lines:
            self.stdout.write(line)
