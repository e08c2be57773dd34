"""``manage.py restore ARCHIVE``: bring a fresh install to the state of a backup (T3).

A fresh install is an empty or just-migrated database of the same engine and an empty
media folder; the README's "Backups and scheduled jobs" gives the steps.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from operations.errors import RecoveryError
from operations.restore import restore_archive


class Command(BaseCommand):
    help = "Restore a backup archive into a fresh install (empty database and media folder)."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="An archive written by manage.py backup.")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask before replacing the database.",
        )

    def handle(self, *args, **options):
        def confirm(database: str) -> bool:
            if not options["interactive"]:
                return True
            question = _(
                "This replaces everything in the database %(name)s with the archive. "
                "Type 'yes' to continue: "
            ) % {"name": database}
            try:
                answer = input(question)
            except (EOFError, KeyboardInterrupt):  # no terminal, or the operator gave up
                answer = ""
            return answer.strip() == "yes"

        try:
            contents = restore_archive(options["archive"], confirm)
        except RecoveryError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            _("Restored the backup of %(date)s (rows: %(rows)d, files: %(files)d).")
            % {
                "date": contents["created_at"],
                "rows": sum(contents["counts"].values()),
                "files": len(contents["media"]),
            }
        )
