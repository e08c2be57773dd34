"""Keeping the newest N archives: names carry a sortable UTC time stamp."""

import re
from datetime import UTC, datetime
from pathlib import Path

ARCHIVE_NAME = re.compile(r"^portal-\d{8}-\d{6}-\d{6}\.tar\.gz$")


def archive_name(now: datetime | None = None) -> str:
    """``portal-YYYYMMDD-HHMMSS-ffffff.tar.gz`` in UTC (microseconds keep two backups
    in one second apart)."""
    return f"portal-{(now or datetime.now(UTC)).strftime('%Y%m%d-%H%M%S-%f')}.tar.gz"


def prune(directory: Path, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest archives in ``directory``; only files named
    like ours are considered, so nothing else there is ever touched."""
    archives = sorted(
        (path for path in directory.iterdir() if path.is_file() and ARCHIVE_NAME.match(path.name)),
        key=lambda path: path.name,
        reverse=True,
    )
    removed = archives[keep:]
    for path in removed:
        path.unlink()
    return removed
