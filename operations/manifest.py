"""What an archive says about itself: versions, schema version, rows per model, files.

The manifest is the archive's first member, so a restore can refuse an archive from
another schema version before it reads a byte of the data.
"""

import platform
import tomllib
from datetime import UTC, datetime
from importlib import metadata

from django.apps import apps
from django.conf import settings
from django.utils.translation import gettext as _

from . import schema
from .errors import RecoveryError

FORMAT = "university-portal-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"


def portal_version() -> str:
    with (settings.BASE_DIR / "pyproject.toml").open("rb") as stream:
        return tomllib.load(stream)["project"]["version"]


def versions() -> dict[str, str]:
    return {
        "portal": portal_version(),
        "python": platform.python_version(),
        "django": metadata.version("django"),
        "wagtail": metadata.version("wagtail"),
        "wagtail-localize": metadata.version("wagtail-localize"),
    }


def counted_tables(connection) -> dict[str, str]:
    """Model label → table, for every concrete model whose table exists."""
    tables = set(connection.introspection.table_names())
    return {
        model._meta.label_lower: model._meta.db_table
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy and model._meta.db_table in tables
    }


def row_counts(connection) -> dict[str, int]:
    """Rows per concrete model: the restore compares them, and an operator can see at a
    glance what an archive holds."""
    counts = {}
    tables = set(connection.introspection.table_names())
    for model in apps.get_models():
        meta = model._meta
        if meta.managed and not meta.proxy and meta.db_table in tables:
            counts[meta.label_lower] = model._base_manager.using(connection.alias).count()
    return dict(sorted(counts.items()))


def build(
    connection, database, database_entry: dict, media: dict[str, dict], counts: dict[str, int]
) -> dict:
    migrations = schema.applied_migrations(connection)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "versions": versions(),
        "schema": {"fingerprint": schema.fingerprint(migrations), "migrations": migrations},
        "database": {"engine": database.engine, **database_entry},
        "counts": dict(sorted(counts.items())),
        "media": media,
    }


def _file_entry_is_valid(entry) -> bool:
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("sha256"), str)
        and len(entry["sha256"]) == 64
        and isinstance(entry.get("size"), int)
    )


def validate(manifest) -> dict:
    """The manifest if it is one of ours, in this format version; otherwise a refusal."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise RecoveryError(_("This file is not a portal backup archive."))
    if manifest.get("format_version") != FORMAT_VERSION:
        raise RecoveryError(
            _("The archive has format version %(found)s; this portal reads version %(expected)s.")
            % {"found": manifest.get("format_version"), "expected": FORMAT_VERSION}
        )
    database = manifest.get("database")
    schema_entry = manifest.get("schema")
    media = manifest.get("media")
    valid = (
        isinstance(database, dict)
        and isinstance(database.get("engine"), str)
        and isinstance(database.get("file"), str)
        and _file_entry_is_valid(database)
        and isinstance(schema_entry, dict)
        and isinstance(schema_entry.get("migrations"), list)
        and all(isinstance(name, str) for name in schema_entry["migrations"])
        and isinstance(media, dict)
        and all(isinstance(name, str) and _file_entry_is_valid(e) for name, e in media.items())
        and isinstance(manifest.get("counts"), dict)
    )
    if not valid:
        raise RecoveryError(_("The archive's manifest is damaged."))
    return manifest
