"""The archive file: a gzip-compressed tar holding ``manifest.json`` first, then the
database dump under ``database/`` and every upload under ``media/``.

Reading treats the file as untrusted: only regular files named in the manifest are
accepted, each is checked against its SHA-256 and size, and nothing is written
outside the folders the caller gives.
"""

import contextlib
import hashlib
import io
import json
import os
import tarfile
import time
import zlib
from pathlib import Path

from django.utils.translation import gettext as _

from . import manifest as manifests
from .errors import RecoveryError
from .media import CHUNK, safe_relative_path

MEDIA_PREFIX = "media/"
DATABASE_PREFIX = "database/"
# A manifest lists every file; far below this even for a large site.
MANIFEST_MAX_BYTES = 256 * 1024 * 1024
READ_ERRORS = (tarfile.TarError, OSError, EOFError, zlib.error, ValueError)


class _HashingReader:
    """Reads a file for tarfile while computing what was actually read."""

    def __init__(self, stream):
        self.stream = stream
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, size=-1):
        data = self.stream.read(size)
        self.digest.update(data)
        self.size += len(data)
        return data


def _member(name: str, size: int, mtime: float = 0) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = int(mtime or time.time())
    info.mode = 0o600
    return info


def write(destination: Path, manifest: dict, database_dump: Path, media_root: Path) -> None:
    """Write the archive next to ``destination`` and move it into place only when it
    is complete, so a failed or interrupted backup never leaves a truncated archive
    under the final name. The file is readable by its owner only: it holds password
    hashes, personal data and staff-only documents."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
            encoded = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
            tar.addfile(_member(manifests.MANIFEST_NAME, len(encoded)), io.BytesIO(encoded))
            database = manifest["database"]
            _add_checked(tar, database["file"], database_dump, database)
            for name, entry in manifest["media"].items():
                _add_checked(tar, MEDIA_PREFIX + name, media_root / name, entry)
        os.replace(partial, destination)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise


def _add_checked(tar, name: str, path: Path, entry: dict) -> None:
    try:
        with path.open("rb") as stream:
            reader = _HashingReader(stream)
            tar.addfile(_member(name, entry["size"], path.stat().st_mtime), reader)
    except OSError as error:
        raise RecoveryError(
            _("%(name)s changed while the backup ran; run the backup again.") % {"name": name}
        ) from error
    if reader.digest.hexdigest() != entry["sha256"]:
        raise RecoveryError(
            _("%(name)s changed while the backup ran; run the backup again.") % {"name": name}
        )


def _unreadable() -> RecoveryError:
    return RecoveryError(_("This file is not a portal backup archive, or it is damaged."))


def read_manifest(path: Path) -> dict:
    """The validated manifest, read from the archive's first member only."""
    try:
        with tarfile.open(path, mode="r|gz") as tar:
            member = tar.next()
            if (
                member is None
                or member.name != manifests.MANIFEST_NAME
                or not member.isreg()
                or member.size > MANIFEST_MAX_BYTES
            ):
                raise RecoveryError(_("This file is not a portal backup archive."))
            manifest = json.loads(tar.extractfile(member).read().decode())
    except RecoveryError:
        raise
    except (*READ_ERRORS, UnicodeDecodeError) as error:
        raise _unreadable() from error
    return manifests.validate(manifest)


def extract(path: Path, manifest: dict, database_dump: Path, media_dir: Path) -> None:
    """Write the dump to ``database_dump`` and the uploads under ``media_dir``, each
    checked against the manifest. Any surprise (an extra, missing, duplicated,
    non-regular or altered member) is a refusal."""
    database = manifest["database"]
    expected = {database["file"]: (database, database_dump)}
    for name, entry in manifest["media"].items():
        expected[MEDIA_PREFIX + name] = (entry, media_dir / safe_relative_path(name))
    seen = set()
    try:
        with tarfile.open(path, mode="r|gz") as tar:
            for member in tar:
                if member.name == manifests.MANIFEST_NAME and not seen:
                    continue
                if member.name not in expected or member.name in seen or not member.isreg():
                    raise RecoveryError(
                        _("The archive holds an unexpected entry: %(name)s") % {"name": member.name}
                    )
                entry, target = expected[member.name]
                _extract_checked(tar.extractfile(member), target, member.name, entry)
                seen.add(member.name)
    except RecoveryError:
        raise
    except READ_ERRORS as error:
        raise _unreadable() from error
    missing = sorted(set(expected) - seen)
    if missing:
        raise RecoveryError(
            _("The archive is incomplete (files missing: %(count)d, for example %(name)s).")
            % {"count": len(missing), "name": missing[0]}
        )


def _extract_checked(source, target: Path, name: str, entry: dict) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    with target.open("xb") as stream:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            stream.write(chunk)
    if digest.hexdigest() != entry["sha256"] or size != entry["size"]:
        raise RecoveryError(
            _("%(name)s in the archive does not match its checksum: the archive is damaged.")
            % {"name": name}
        )
