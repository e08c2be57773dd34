"""``manage.py grant_unit_rights``: unit editors edit their unit's pages (W §11.5)."""

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError

from governance.unit_rights import UnitRightsError, grant_unit_rights


class Command(BaseCommand):
    help = (
        "Give each unit's responsible person edit rights on the unit's own page and the "
        "pages below it (in every language). Without arguments: every unit that names "
        "a page and a responsible person. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("unit_ids", nargs="*", type=int, help="ids of units (any locale)")

    def handle(self, *args, unit_ids, **options):
        Unit = apps.get_model("people", "Unit")
        if unit_ids:
            units = list(Unit.objects.filter(pk__in=unit_ids))
            missing = set(unit_ids) - {unit.pk for unit in units}
            if missing:
                raise CommandError(f"No unit with id {', '.join(map(str, sorted(missing)))}")
        else:
            units = list(
                Unit.objects.filter(page__isnull=False, site_editor__isnull=False).order_by("pk")
            )
        changes = 0
        for unit in units:
            try:
                report = grant_unit_rights(unit)
            except UnitRightsError as error:
                if unit_ids:
                    raise CommandError(str(error)) from error
                self.stderr.write(f"  skipped: {error}")
                continue
            for line in report.created:
                self.stdout.write(f"  + {line}")
            changes += len(report.created)
        self.stdout.write(self.style.SUCCESS(f"{changes} changes."))
