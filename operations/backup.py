"""Making a backup: dump the database, list and hash the uploads, write the archive."""

import tempfile
from pathlib import Path

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

from . import archive, manifest, schema
from .databases import database_for
from .media import media_files, sha256_of


def create_backup(destination: Path) -> dict:
    """Write one archive at ``destination`` and return its manifest.

    The database is dumped first and the uploads listed after, so every file a
    dumped row refers to is in the list (Wagtail stores the file before the row).
    """
    connection = connections[DEFAULT_DB_ALIAS]
    database = database_for(connection.settings_dict)
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(prefix="portal-backup-") as work:
        dump = Path(work) / database.file_name
        tables = manifest.counted_tables(connection)
        table_counts = database.dump(dump, sorted(set(tables.values())))
        counts = {label: table_counts[table] for label, table in tables.items()}
        database_entry = {
            "file": archive.DATABASE_PREFIX + database.file_name,
            "sha256": sha256_of(dump),
            "size": dump.stat().st_size,
        }
        media = {
            name: {"sha256": sha256_of(path), "size": path.stat().st_size}
            for name, path in media_files(media_root)
        }
        contents = manifest.build(connection, database, database_entry, media, counts)
        archive.write(destination, contents, dump, media_root)
    return contents


def unapplied_migrations(contents: dict) -> list[str]:
    """This code's migrations the backed-up database had not applied."""
    return sorted(set(schema.code_migrations()) - set(contents["schema"]["migrations"]))
