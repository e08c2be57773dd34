"""The schema version of a database: which of this code's migrations it has applied.

An archive can only be restored by code with the same migrations, because the dump
holds tables exactly as those migrations left them. Comparing the full list (rather
than one number per app) lets the refusal say what differs.
"""

import hashlib

from django.apps import apps
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder


def _installed_labels() -> set[str]:
    return {config.label for config in apps.get_app_configs()}


def code_migrations() -> list[str]:
    """Every migration this code ships for its installed apps: what a fully migrated
    database has applied."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    labels = _installed_labels()
    return sorted(f"{app}.{name}" for app, name in loader.disk_migrations if app in labels)


def applied_migrations(connection) -> list[str]:
    """The migrations recorded as applied in ``connection``'s database, limited to the
    ones this code ships (rows left by deleted or squashed-away files do not count)."""
    recorder = MigrationRecorder(connection)
    if not recorder.has_table():
        return []
    shipped = set(code_migrations())
    applied = {f"{app}.{name}" for app, name in recorder.applied_migrations()}
    return sorted(applied & shipped)


def fingerprint(migrations: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(migrations)).encode()).hexdigest()
