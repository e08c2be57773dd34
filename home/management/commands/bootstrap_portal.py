"""``manage.py bootstrap_portal``: what the regulations prescribe, and nothing else.

The prescribed tree (S1) in the source language with its translations, then every
installed app whose AppConfig defines ``bootstrap_portal() -> list[str]`` adds its own
prescribed part (roles, workflows, section review records), in INSTALLED_APPS order;
the lines it returns are printed. Every step is idempotent. Demo content is not here:
it is ``manage.py load_demo`` (the ``demo`` app), which a deployment never runs.
"""

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from home.prescribed.builder import LocaleMismatch, StructureBuilder
from home.prescribed.tree import PRESCRIBED_TREE


class Command(BaseCommand):
    help = (
        "Create the site structure prescribed by the regulations (S1) in Kazakh with "
        "Russian and English translations, the roles, workflows and section review "
        "records. Safe to run again: existing pages and translations are left untouched. "
        "No demo content (that is load_demo)."
    )

    def handle(self, *args, **options):
        try:
            with transaction.atomic():
                report = StructureBuilder(PRESCRIBED_TREE).build()
                lines = []
                for app_config in apps.get_app_configs():
                    step = getattr(app_config, "bootstrap_portal", None)
                    if step is not None:
                        lines.extend(step())
        except LocaleMismatch as error:
            raise CommandError(str(error)) from error
        if options["verbosity"] == 0:
            return
        if report.changed:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Created {len(report.created)} prescribed pages and "
                    f"{len(report.translated)} translations."
                )
            )
        else:
            self.stdout.write("The prescribed structure is complete; nothing to do.")
        for line in lines:
            self.stdout.write(line)
