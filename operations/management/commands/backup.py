"""``manage.py backup``: one archive with the database, every upload and a manifest (T3).

Run it from a systemd timer or cron (README, "Backups and scheduled jobs").
"""

import argparse
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from operations.backup import create_backup, unapplied_migrations
from operations.errors import RecoveryError
from operations.retention import archive_name, prune


def positive_integer(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(_("must be a whole number of at least 1"))
    return number


class Command(BaseCommand):
    help = "Write one archive with the database, all uploaded files and a manifest."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            help="Archive file to write (default: BACKUP_ROOT/portal-<UTC time>.tar.gz).",
        )
        parser.add_argument(
            "--keep",
            type=positive_integer,
            help="Afterwards keep only the N newest portal-*.tar.gz archives in that folder.",
        )

    def handle(self, *args, **options):
        destination = options["output"] or Path(settings.BACKUP_ROOT) / archive_name()
        if destination.exists():
            raise CommandError(
                _("%(path)s already exists; choose another name.") % {"path": destination}
            )
        try:
            contents = create_backup(destination)
        except RecoveryError as error:
            raise CommandError(str(error)) from error
        behind = unapplied_migrations(contents)
        if behind:
            self.stderr.write(
                _(
                    "Warning: migrations of this code not applied in the database: %(count)d "
                    "(run migrate). Only code of the same schema version can restore this archive."
                )
                % {"count": len(behind)}
            )
        self.stdout.write(
            _("Backup written to %(path)s (rows: %(rows)d, files: %(files)d, schema %(schema)s).")
            % {
                "path": destination,
                "rows": sum(contents["counts"].values()),
                "files": len(contents["media"]),
                "schema": contents["schema"]["fingerprint"][:12],
            }
        )
        if settings.MEDIA_S3_BUCKET:
            self.stderr.write(
                _(
                    "Uploads are kept in the object storage bucket %(bucket)s, not in this "
                    "archive: back them up with the storage's own versioning or replication."
                )
                % {"bucket": settings.MEDIA_S3_BUCKET}
            )
        if options["keep"]:
            for removed in prune(destination.parent, options["keep"]):
                self.stdout.write(_("Removed old archive %(path)s.") % {"path": removed})
