"""Installs outside the test transaction for the backup tests: a database and a media
folder that ``manage.py`` subprocesses work on, and that the test can switch the
ORM to, to build content in it and read it back through ordinary queries.

On PostgreSQL each install is a real database on the same server (the role has
CREATEDB); on SQLite a file in a temporary folder.
"""

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.core.cache import cache
from django.db import connections
from django.test import override_settings

import psycopg2
from psycopg2 import sql

ROOT = Path(__file__).resolve().parents[2]


def session_settings() -> dict:
    return dict(connections["default"].settings_dict)


def is_postgresql(settings_dict) -> bool:
    return settings_dict["ENGINE"].endswith("postgresql")


@dataclass
class Install:
    settings_dict: dict
    media_root: Path

    @property
    def name(self) -> str:
        return str(self.settings_dict["NAME"])

    @property
    def database_url(self) -> str:
        s = self.settings_dict
        if not is_postgresql(s):
            return f"sqlite:///{s['NAME']}"
        return (
            f"postgres://{s['USER']}:{s['PASSWORD']}@{s['HOST'] or '127.0.0.1'}"
            f":{s['PORT'] or 5432}/{s['NAME']}"
        )

    def manage(self, *arguments: str, **extra_environment) -> subprocess.CompletedProcess:
        """``manage.py`` as an operator runs it, with this install's settings."""
        environment = {
            **os.environ,
            **extra_environment,
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "DATABASE_URL": self.database_url,
            "MEDIA_ROOT": str(self.media_root),
        }
        return subprocess.run(
            [sys.executable, "manage.py", *arguments],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=600,
            check=False,
        )

    @contextlib.contextmanager
    def active(self):
        """Point the ORM and the default storage at this install (autocommit: what the
        block writes is committed there, never in the session's test database)."""
        connection = connections["default"]
        session_name = connection.settings_dict["NAME"]
        connection.close()
        connection.settings_dict["NAME"] = self.settings_dict["NAME"]
        cache.clear()
        try:
            with override_settings(MEDIA_ROOT=str(self.media_root)):
                yield
        finally:
            connection.close()
            connection.settings_dict["NAME"] = session_name
            cache.clear()

    def table_names(self) -> list[str]:
        if not is_postgresql(self.settings_dict):
            if not Path(self.name).exists():
                return []
            with contextlib.closing(sqlite3.connect(self.name)) as database:
                rows = database.execute("SELECT name FROM sqlite_master WHERE type='table'")
                return [row[0] for row in rows]
        with (
            contextlib.closing(_connect(self.settings_dict, self.name)) as database,
            database.cursor() as cursor,
        ):
            cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            return [row[0] for row in cursor.fetchall()]

    def media_names(self) -> list[str]:
        if not self.media_root.exists():
            return []
        return sorted(p.relative_to(self.media_root).as_posix() for p in self.media_root.rglob("*"))


def _connect(settings_dict, database_name):
    connection = psycopg2.connect(
        dbname=database_name,
        user=settings_dict["USER"],
        password=settings_dict["PASSWORD"],
        host=settings_dict["HOST"] or "127.0.0.1",
        port=settings_dict["PORT"] or 5432,
    )
    connection.autocommit = True
    return connection


def _admin(settings_dict, statement, *names):
    with (
        contextlib.closing(_connect(settings_dict, "postgres")) as database,
        database.cursor() as cursor,
    ):
        cursor.execute(sql.SQL(statement).format(*map(sql.Identifier, names)))


def _copy_postgresql(session, name):
    """CREATE DATABASE … TEMPLATE is instant but needs the template to have no other
    sessions; if some other process holds one, copy with pg_dump | pg_restore."""
    try:
        _admin(session, "CREATE DATABASE {} TEMPLATE {}", name, session["NAME"])
        return
    except psycopg2.errors.ObjectInUse:
        _admin(session, "CREATE DATABASE {}", name)
    environment = {
        **os.environ,
        "PGHOST": session["HOST"] or "127.0.0.1",
        "PGPORT": str(session["PORT"] or 5432),
        "PGUSER": session["USER"],
        "PGPASSWORD": session["PASSWORD"],
    }
    dump = subprocess.run(
        ["pg_dump", "--format=custom", "--no-owner", f"--dbname={session['NAME']}"],
        env=environment,
        capture_output=True,
        check=True,
    )
    subprocess.run(
        ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={name}"],
        input=dump.stdout,
        env=environment,
        capture_output=True,
        check=True,
    )


class Installs:
    """Creates installs for one test module and removes every one of them afterwards."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="portal-backup-test-"))
        self.session = session_settings()
        self.databases: list[str] = []

    def _new_settings(self, suffix: str) -> dict:
        settings_dict = dict(self.session)
        if is_postgresql(settings_dict):
            name = f"{self.session['NAME']}_{suffix}"[:63]
            _admin(settings_dict, "DROP DATABASE IF EXISTS {} WITH (FORCE)", name)
            self.databases.append(name)
        else:
            name = str(self.folder / f"{suffix}.sqlite3")
        settings_dict["NAME"] = name
        return settings_dict

    def empty(self, suffix: str) -> Install:
        """A fresh install: an empty database (created, no tables) and no media folder."""
        settings_dict = self._new_settings(suffix)
        if is_postgresql(settings_dict):
            _admin(settings_dict, "CREATE DATABASE {}", settings_dict["NAME"])
        return Install(settings_dict, self.folder / f"{suffix}-media")

    def copy_of_session(self, suffix: str, session_media: Path | None) -> Install:
        """A copy of the session's bootstrapped test database and of its media folder
        (none when ``session_media`` is None)."""
        settings_dict = self._new_settings(suffix)
        connections["default"].close()
        if is_postgresql(settings_dict):
            _copy_postgresql(self.session, settings_dict["NAME"])
        else:
            with (
                contextlib.closing(sqlite3.connect(self.session["NAME"])) as source,
                contextlib.closing(sqlite3.connect(settings_dict["NAME"])) as target,
            ):
                source.backup(target)
        media_root = self.folder / f"{suffix}-media"
        if session_media and session_media.exists():
            shutil.copytree(session_media, media_root)
        return Install(settings_dict, media_root)

    def remove_all(self) -> None:
        connections["default"].close()
        for name in self.databases:
            _admin(self.session, "DROP DATABASE IF EXISTS {} WITH (FORCE)", name)
        shutil.rmtree(self.folder, ignore_errors=True)
