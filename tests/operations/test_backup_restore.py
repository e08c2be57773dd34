"""Backup and restore drill (T3, REL-5): ``manage.py backup`` on a copy of the site,
``manage.py restore`` into a fresh install, and nothing lost; a restore refuses, with a
clear message and nothing changed, what it cannot restore faithfully.

The commands run as subprocesses on databases of their own (PostgreSQL databases on
the test server in CI, SQLite files locally), never on the test transaction.
"""

import gzip
import hashlib
import io
import json
import re
import stat
import tarfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from wagtail.images import get_image_model
from wagtail.models import Page, WorkflowState

import pytest

from documents.register import RegisteredDocument
from news.models import BlogComment
from tests.operations.content import (
    COMMENT_TEXT,
    DOCUMENT_CODE,
    DRILL_ADMIN,
    IMAGE_TITLE,
    add_drill_content,
    snapshot,
)
from tests.operations.installs import Install, Installs
from tests.utils import home_page


@dataclass
class Drill:
    installs: Installs
    source: Install
    target: Install
    archive: Path
    seeded: dict
    before: dict
    backup_output: str
    restore_output: str


@pytest.fixture(scope="module")
def drill(django_db_setup, django_db_blocker):
    """A copy of the session's site with the drill content, its archive, and a fresh
    install (empty database, no media folder) restored from it."""
    installs = Installs()
    try:
        with django_db_blocker.unblock():
            source = installs.copy_of_session("src", Path(settings.MEDIA_ROOT))
            with source.active():
                seeded = add_drill_content()
                before = snapshot()
        archive = installs.folder / "drill.tar.gz"
        backup = source.manage("backup", "--output", str(archive))
        assert backup.returncode == 0, backup.stderr
        with django_db_blocker.unblock():
            target = installs.empty("dst")
        restore = target.manage("restore", str(archive), "--noinput")
        assert restore.returncode == 0, restore.stderr
        yield Drill(
            installs, source, target, archive, seeded, before, backup.stdout, restore.stdout
        )
    finally:
        with django_db_blocker.unblock():
            installs.remove_all()


@pytest.fixture
def on_target(drill, django_db_blocker):
    with django_db_blocker.unblock(), drill.target.active():
        yield drill.target


def read_member(archive: Path, name: str) -> bytes:
    with tarfile.open(archive, "r:gz") as tar:
        return tar.extractfile(name).read()


def manifest_of(archive: Path) -> dict:
    return json.loads(read_member(archive, "manifest.json"))


def in_kazakh(msgid: str) -> str:
    """The longest fixed part of a command message (between its placeholders), as the
    commands print it: in the portal's default language, Kazakh."""
    with translation.override(settings.LANGUAGE_CODE):
        translated = gettext(msgid)
    assert translated != msgid, f"not in the Kazakh catalogue: {msgid}"
    pieces = re.split(r"%\(\w+\)[sd]", translated)
    return max((piece.strip() for piece in pieces), key=len)


# --- The archive ---------------------------------------------------------------------


def test_backup_writes_one_private_archive_with_manifest_first(drill):
    assert drill.archive.is_file()
    assert stat.S_IMODE(drill.archive.stat().st_mode) == 0o600
    with tarfile.open(drill.archive, "r:gz") as tar:
        names = tar.getnames()
    assert names[0] == "manifest.json"
    manifest = manifest_of(drill.archive)
    assert set(manifest["versions"]) >= {"portal", "django", "wagtail", "wagtail-localize"}
    assert manifest["database"]["engine"] in {"sqlite", "postgresql"}
    assert len(manifest["schema"]["fingerprint"]) == 64
    assert "wagtail_localize.0001_initial" in manifest["schema"]["migrations"]
    assert manifest["counts"]["documents.registereddocument"] >= 1
    assert manifest["counts"]["news.blogcomment"] >= 1
    assert str(drill.archive) in drill.backup_output


def test_the_archive_carries_every_upload_including_staff_only_files(drill):
    manifest = manifest_of(drill.archive)
    on_disk = sorted(
        p.relative_to(drill.source.media_root).as_posix()
        for p in drill.source.media_root.rglob("*")
        if p.is_file()
    )
    assert sorted(manifest["media"]) == on_disk
    staff_only = [name for name in on_disk if "backup-drill-" in name]
    assert len(staff_only) == 2
    for name in staff_only:
        content = read_member(drill.archive, f"media/{name}")
        assert content == (drill.source.media_root / name).read_bytes()
        assert manifest["media"][name]["sha256"] == hashlib.sha256(content).hexdigest()


# --- The restore ---------------------------------------------------------------------


def test_a_restored_fresh_install_has_every_row_and_file_of_the_original(drill, on_target):
    after = snapshot()
    for label, rows in drill.before["rows"].items():
        assert after["rows"][label] == rows, label
    assert after["files"] == drill.before["files"]
    assert all(after["files"].values()), "a file named by a row is missing after the restore"


def test_restore_replaces_a_database_that_was_already_migrated_and_used(drill, django_db_blocker):
    """A fresh install that has run ``migrate`` (here: even ``bootstrap_portal``) is
    replaced, not merged: afterwards it equals the original exactly."""
    with django_db_blocker.unblock():
        target = drill.installs.copy_of_session("migrated", None)
    result = target.manage("restore", str(drill.archive), "--noinput")
    assert result.returncode == 0, result.stderr
    with django_db_blocker.unblock(), target.active():
        after = snapshot()
    assert after == drill.before


def test_the_drill_content_is_there_in_all_three_locales(drill, on_target):
    """Guards the comparison above: it compares real content, not two empty sites."""
    locales = set(
        Page.objects.filter(translation_key=drill.seeded["translation_key"]).values_list(
            "locale__language_code", flat=True
        )
    )
    assert locales == {"kk", "ru", "en"}
    state = WorkflowState.objects.get(pk=drill.seeded["workflow_state"])
    assert state.task_states.count() >= 1
    entry = RegisteredDocument.objects.get(code=DOCUMENT_CODE)
    assert entry.restricted
    assert entry.versions.count() == 2
    assert BlogComment.objects.filter(text=COMMENT_TEXT, status="approved").exists()
    image = get_image_model().objects.get(title=IMAGE_TITLE)
    assert image.renditions.exists()


def test_the_restored_site_passes_its_checks(drill):
    for command in (["check"], ["migrate", "--check"]):
        result = drill.target.manage(*command)
        assert result.returncode == 0, (command, result.stdout, result.stderr)


def test_the_restored_site_serves_home_pages_and_a_staff_only_document(drill, on_target):
    for language in ("kk", "ru", "en"):
        response = Client().get(home_page(language).url)
        assert response.status_code == 200, language
    version = RegisteredDocument.objects.get(code=DOCUMENT_CODE).current_version
    url = version.download_url("kk")
    assert Client().get(url, follow=True).status_code == 404
    staff = Client()
    staff.force_login(get_user_model().objects.get(username=DRILL_ADMIN))
    response = staff.get(url)
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    original = drill.source.media_root / version.file_kk.file.name
    assert hashlib.sha256(body).digest() == hashlib.sha256(original.read_bytes()).digest()


# --- Refusals ------------------------------------------------------------------------


def repack(source: Path, destination: Path, *, manifest=None, members=None, extra=()):
    """A copy of ``source`` with the manifest changed by ``manifest(dict)``, member
    contents changed by ``members(name, bytes)``, and ``extra`` (name, bytes) added."""
    with tarfile.open(source, "r:gz") as old, tarfile.open(destination, "w:gz") as new:
        for member in old.getmembers():
            data = old.extractfile(member).read()
            if member.name == "manifest.json" and manifest:
                contents = json.loads(data)
                manifest(contents)
                data = json.dumps(contents).encode()
            elif members:
                data = members(member.name, data)
            member.size = len(data)
            new.addfile(member, io.BytesIO(data))
        for name, data in extra:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            new.addfile(info, io.BytesIO(data))


def _other_schema(archive, bad):
    def drop_last_migration(contents):
        contents["schema"]["migrations"] = contents["schema"]["migrations"][:-1]

    repack(archive, bad, manifest=drop_last_migration)


def _altered_upload(archive, bad):
    def change(name, data):
        return data + b"tampered" if "backup-drill-first" in name else data

    repack(archive, bad, members=change)


def _escaping_path(archive, bad):
    payload = b"outside"
    entry = {"sha256": hashlib.sha256(payload).hexdigest(), "size": len(payload)}

    def add(contents):
        contents["media"]["../escaped.txt"] = entry

    repack(archive, bad, manifest=add, extra=[("media/../escaped.txt", payload)])


def _other_engine(archive, bad):
    def swap(contents):
        engine = contents["database"]["engine"]
        contents["database"]["engine"] = "sqlite" if engine == "postgresql" else "postgresql"

    repack(archive, bad, manifest=swap)


def _truncated(archive, bad):
    data = archive.read_bytes()
    bad.write_bytes(data[: len(data) * 2 // 3])


def _foreign_tar(archive, bad):
    with tarfile.open(bad, "w:gz") as tar:
        info = tarfile.TarInfo("notes.txt")
        info.size = 5
        tar.addfile(info, io.BytesIO(b"hello"))


def _not_an_archive(archive, bad):
    bad.write_bytes(gzip.compress(b"") + b"\x00garbage" * 100)


REFUSALS = {
    "another schema version": (
        _other_schema,
        "The archive is from another schema version (%(archived)s; this installation: "
        "%(current)s). Migrations of this code missing from the archive: %(missing)d; "
        "unknown to this code: %(unknown)d (for example %(example)s). Restore it with "
        "the portal version it was made with (%(version)s), then upgrade.",
    ),
    "an altered upload": (
        _altered_upload,
        "%(name)s in the archive does not match its checksum: the archive is damaged.",
    ),
    "a path leaving the media folder": (
        _escaping_path,
        "The archive holds an unsafe file name: %(name)s",
    ),
    "another database engine": (
        _other_engine,
        "The archive holds a %(archived)s database; this installation uses %(current)s.",
    ),
    "a truncated archive": (
        _truncated,
        "This file is not a portal backup archive, or it is damaged.",
    ),
    "a tar file of something else": (_foreign_tar, "This file is not a portal backup archive."),
    "a file that is no archive": (
        _not_an_archive,
        "This file is not a portal backup archive, or it is damaged.",
    ),
}


@pytest.mark.parametrize("case", REFUSALS)
def test_restore_refuses_and_changes_nothing(drill, django_db_blocker, case):
    make, message = REFUSALS[case]
    bad = drill.installs.folder / f"bad-{list(REFUSALS).index(case)}.tar.gz"
    make(drill.archive, bad)
    with django_db_blocker.unblock():
        target = drill.installs.empty(f"refused{list(REFUSALS).index(case)}")
    result = target.manage("restore", str(bad), "--noinput")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert in_kazakh(message) in result.stderr
    with django_db_blocker.unblock():
        assert target.table_names() == []
    assert target.media_names() == []
    assert not (target.media_root.parent / "escaped.txt").exists()


def test_restore_refuses_a_media_folder_that_is_not_empty(drill, django_db_blocker):
    with django_db_blocker.unblock():
        target = drill.installs.empty("nonempty")
    target.media_root.mkdir()
    (target.media_root / "keep.txt").write_text("an operator's file")
    result = target.manage("restore", str(drill.archive), "--noinput")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    message = (
        "The media folder %(path)s is not empty. A restore fills a fresh install: "
        "move the folder aside (or empty it) and run the restore again."
    )
    assert in_kazakh(message) in result.stderr
    assert target.media_names() == ["keep.txt"]
    with django_db_blocker.unblock():
        assert target.table_names() == []


def test_restore_without_confirmation_changes_nothing(drill, django_db_blocker):
    with django_db_blocker.unblock():
        target = drill.installs.empty("unconfirmed")
    result = target.manage("restore", str(drill.archive))  # no --noinput; stdin is empty
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert in_kazakh("Restore cancelled; nothing was changed.") in result.stderr
    with django_db_blocker.unblock():
        assert target.table_names() == []
    assert target.media_names() == []


# --- Scheduled backups ------------------------------------------------------------------


def test_keep_leaves_only_the_newest_archives_and_nothing_else_is_touched(drill):
    folder = drill.installs.folder / "scheduled"
    folder.mkdir()
    unrelated = folder / "portal-notes.txt"
    unrelated.write_text("not an archive")
    seen = set()
    for _run in range(3):
        result = drill.source.manage("backup", "--keep", "2", BACKUP_ROOT=str(folder))
        assert result.returncode == 0, result.stderr
        seen.update(p.name for p in folder.glob("portal-*.tar.gz"))
    assert len(seen) == 3
    assert sorted(p.name for p in folder.glob("portal-*.tar.gz")) == sorted(seen)[-2:]
    assert unrelated.exists()


def test_keep_must_be_a_positive_number(drill):
    result = drill.source.manage("backup", "--keep", "0")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
