"""The database in a portable form, per engine, with the engine's own tools.

* SQLite: the online backup API copies a consistent snapshot while the site runs, and
  restores by copying pages into the target file in one transaction.
* PostgreSQL: ``pg_dump --format=custom`` (compressed, restorable by any pg_restore of
  the same or a newer version) and ``pg_restore --single-transaction --exit-on-error``,
  so a failed restore leaves the target database as it was.

``dump`` also counts the rows of the given tables in exactly the state it dumped (the
dump file itself, or pg_dump running in our exported snapshot), so the manifest's
counts hold even while the site keeps writing.

A dump restores into a database of the same engine; moving between engines is a
migration project, not a restore, and is refused.
"""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.utils.translation import gettext as _

import psycopg2

from .errors import RecoveryError

POSTGRES_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def _quoted(table: str) -> str:
    return '"' + table.replace('"', '""') + '"'


def _count_rows(cursor, tables: list[str]) -> dict[str, int]:
    counts = {}
    for table in tables:
        cursor.execute(f"SELECT COUNT(*) FROM {_quoted(table)}")  # noqa: S608 - quoted name
        counts[table] = cursor.fetchone()[0]
    return counts


class SQLiteDatabase:
    engine = "sqlite"
    file_name = "database.sqlite3"

    def __init__(self, settings_dict):
        self.path = Path(settings_dict["NAME"])
        self.name = str(self.path)

    def dump(self, destination: Path, tables: list[str]) -> dict[str, int]:
        if not self.path.is_file():
            raise RecoveryError(
                _("The database file %(name)s does not exist.") % {"name": self.name}
            )
        source = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        target = sqlite3.connect(destination)
        try:
            source.backup(target)
            return _count_rows(target.cursor(), tables)
        finally:
            target.close()
            source.close()

    def load(self, dump: Path) -> None:
        restored = sqlite3.connect(f"file:{dump}?mode=ro", uri=True)
        try:
            try:
                status = restored.execute("PRAGMA integrity_check").fetchone()[0]
            except sqlite3.DatabaseError as error:
                raise RecoveryError(_("The database in the archive is damaged.")) from error
            if status != "ok":
                raise RecoveryError(_("The database in the archive is damaged."))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            target = sqlite3.connect(self.path)
            try:
                # One transaction on the target: it holds either the old or the new pages.
                restored.backup(target)
            except sqlite3.Error as error:
                raise RecoveryError(
                    _("Restoring the database failed: %(error)s") % {"error": error}
                ) from error
            finally:
                target.close()
        finally:
            restored.close()


class PostgreSQLDatabase:
    engine = "postgresql"
    file_name = "database.pgdump"

    def __init__(self, settings_dict):
        self.settings = settings_dict
        self.name = settings_dict["NAME"]

    def _libpq_values(self) -> dict[str, str]:
        options = self.settings.get("OPTIONS") or {}
        values = {
            "PGHOST": self.settings.get("HOST"),
            "PGPORT": self.settings.get("PORT"),
            "PGUSER": self.settings.get("USER"),
            "PGPASSWORD": self.settings.get("PASSWORD"),
            "PGSSLMODE": options.get("sslmode"),
        }
        return {key: str(value) for key, value in values.items() if value}

    def _environment(self) -> dict[str, str]:
        """libpq variables, so the password never appears on a command line."""
        return {**os.environ, **self._libpq_values()}

    def _tool(self, name: str) -> str:
        found = shutil.which(name) or next(
            (str(d / name) for d in POSTGRES_BIN_DIRS if (d / name).is_file()), None
        )
        if not found:
            raise RecoveryError(
                _("%(tool)s is not installed (Debian: apt install postgresql-client).")
                % {"tool": name}
            )
        return found

    def _run(self, arguments: list[str]) -> None:
        result = subprocess.run(  # noqa: S603 - fixed tool, arguments are not shell-parsed
            arguments, env=self._environment(), capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise RecoveryError(
                _("%(tool)s failed: %(error)s")
                % {"tool": Path(arguments[0]).name, "error": result.stderr.strip()[-2000:]}
            )

    def dump(self, destination: Path, tables: list[str]) -> dict[str, int]:
        tool = self._tool("pg_dump")
        # A connection of our own in a read-only repeatable-read transaction: pg_dump
        # joins its exported snapshot, and the counts below see the same rows.
        libpq = {key[2:].lower(): value for key, value in self._libpq_values().items()}
        try:
            connection = psycopg2.connect(dbname=self.name, **libpq)
        except psycopg2.Error as error:
            raise RecoveryError(
                _("%(tool)s failed: %(error)s") % {"tool": "PostgreSQL", "error": error}
            ) from error
        try:
            connection.set_session(isolation_level="REPEATABLE READ", readonly=True)
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_export_snapshot()")
                snapshot = cursor.fetchone()[0]
                self._run(
                    [
                        tool,
                        "--format=custom",
                        "--no-owner",
                        "--no-privileges",
                        f"--snapshot={snapshot}",
                        f"--file={destination}",
                        f"--dbname={self.name}",
                    ]
                )
                return _count_rows(cursor, tables)
        finally:
            connection.close()

    def load(self, dump: Path) -> None:
        # --clean --if-exists replaces tables a `migrate` may already have created.
        self._run(
            [
                self._tool("pg_restore"),
                "--single-transaction",
                "--exit-on-error",
                "--no-owner",
                "--no-privileges",
                "--clean",
                "--if-exists",
                f"--dbname={self.name}",
                str(dump),
            ]
        )


ENGINES = {
    "django.db.backends.sqlite3": SQLiteDatabase,
    "django.db.backends.postgresql": PostgreSQLDatabase,
}


def database_for(settings_dict):
    try:
        return ENGINES[settings_dict["ENGINE"]](settings_dict)
    except KeyError:
        raise RecoveryError(
            _("Backups support SQLite and PostgreSQL, not %(engine)s.")
            % {"engine": settings_dict["ENGINE"]}
        ) from None
