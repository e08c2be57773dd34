"""Uploaded files (documents, images, renditions, staff-only files alike) as the
archive sees them: paths relative to MEDIA_ROOT, each with its SHA-256."""

import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from django.utils.translation import gettext as _

from .errors import RecoveryError

CHUNK = 1024 * 1024


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def media_files(root: Path) -> Iterator[tuple[str, Path]]:
    """Every regular file under ``root``, as (relative POSIX path, absolute path), in
    a stable order. Symbolic links are not followed: they could lead outside the root."""
    if not root.is_dir():
        return
    for directory, subdirectories, files in os.walk(root):
        subdirectories.sort()
        for name in sorted(files):
            path = Path(directory, name)
            if path.is_file() and not path.is_symlink():
                yield path.relative_to(root).as_posix(), path


def safe_relative_path(name: str) -> PurePosixPath:
    """``name`` as a path that stays inside the folder it is extracted to; anything
    absolute, with ``..`` or a backslash, is refused (an archive is untrusted input)."""
    path = PurePosixPath(name)
    canonical = str(path) == name
    if not name or not canonical or "\\" in name or path.is_absolute() or ".." in path.parts:
        raise RecoveryError(_("The archive holds an unsafe file name: %(name)s") % {"name": name})
    return path


def is_empty(root: Path) -> bool:
    return not root.exists() or (root.is_dir() and not any(root.iterdir()))


def move_into_place(staging: Path, root: Path) -> None:
    """Move the restored files from ``staging`` (a folder inside ``root``, hence on the
    same file system) up into ``root``: renames only, so it cannot fail half-way
    through a copy."""
    for entry in sorted(staging.iterdir()):
        entry.rename(root / entry.name)
    staging.rmdir()


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)
