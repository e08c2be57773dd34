"""Restoring an archive into a fresh install: same schema version, same engine, an
empty media folder; the database is replaced in one transaction and the uploads are
moved into place only after it succeeded."""

import tempfile
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.utils.translation import gettext as _

from . import archive, manifest, schema
from .databases import database_for
from .errors import RecoveryError
from .media import discard, is_empty, move_into_place


def check_schema(contents: dict) -> None:
    """Refuse an archive whose database has other migrations than this code ships."""
    archived = set(contents["schema"]["migrations"])
    shipped = set(schema.code_migrations())
    if archived == shipped:
        return
    missing = sorted(shipped - archived)
    unknown = sorted(archived - shipped)
    raise RecoveryError(
        _(
            "The archive is from another schema version (%(archived)s; this installation: "
            "%(current)s). Migrations of this code missing from the archive: %(missing)d; "
            "unknown to this code: %(unknown)d (for example %(example)s). Restore it with "
            "the portal version it was made with (%(version)s), then upgrade."
        )
        % {
            "archived": schema.fingerprint(sorted(archived))[:12],
            "current": schema.fingerprint(sorted(shipped))[:12],
            "missing": len(missing),
            "unknown": len(unknown),
            "example": (missing or unknown)[0],
            "version": contents["versions"].get("portal", "?"),
        }
    )


def restore_archive(path: Path, confirm: Callable[[str], bool]) -> dict:
    """Bring this install to the archive's state and return the archive's manifest.

    ``confirm`` gets the name of the database about to be replaced and may cancel.
    """
    connection = connections[DEFAULT_DB_ALIAS]
    database = database_for(connection.settings_dict)
    if not path.is_file():
        raise RecoveryError(_("There is no archive file at %(path)s.") % {"path": path})
    contents = archive.read_manifest(path)
    if contents["database"]["engine"] != database.engine:
        raise RecoveryError(
            _("The archive holds a %(archived)s database; this installation uses %(current)s.")
            % {"archived": contents["database"]["engine"], "current": database.engine}
        )
    check_schema(contents)
    media_root = Path(settings.MEDIA_ROOT)
    if not is_empty(media_root):
        raise RecoveryError(
            _(
                "The media folder %(path)s is not empty. A restore fills a fresh install: "
                "move the folder aside (or empty it) and run the restore again."
            )
            % {"path": media_root}
        )
    if not confirm(database.name):
        raise RecoveryError(_("Restore cancelled; nothing was changed."))

    media_root.mkdir(parents=True, exist_ok=True)
    # Inside the media folder, so moving the files into place is a rename on one disk.
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=media_root))
    try:
        with tempfile.TemporaryDirectory(prefix="portal-restore-") as work:
            dump = Path(work) / database.file_name
            archive.extract(path, contents, dump, staging)
            connections.close_all()
            database.load(dump)
    except BaseException:
        discard(staging)
        raise
    move_into_place(staging, media_root)
    check_counts(contents)
    return contents


def check_counts(contents: dict) -> None:
    """Every model has as many rows as when the archive was made."""
    restored = manifest.row_counts(connections[DEFAULT_DB_ALIAS])
    differing = sorted(
        label for label, count in contents["counts"].items() if restored.get(label) != count
    )
    if differing:
        raise RecoveryError(
            _("The restored database differs from the archive in %(models)s.")
            % {"models": ", ".join(differing)}
        )
