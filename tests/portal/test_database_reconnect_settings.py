"""The portal rides out a PostgreSQL restart without restarting gunicorn (REL-2):
persistent connections are checked before reuse, so a connection the restart cut is
replaced instead of failing the first request after it. ``make bench`` restarts a
throwaway cluster under load and reports the errors (bench/outages.py)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def database_settings(module: str) -> str:
    env = {
        **os.environ,
        "SECRET_KEY": "k" * 50,
        "ALLOWED_HOSTS": "portal.example.kz",
        "DATABASE_URL": "postgres://u:p@127.0.0.1/db",
    }
    code = (
        f"import {module} as s; d = s.DATABASES['default']; "
        "print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_postgresql_connections_are_kept_and_checked_before_reuse():
    for module in ("portal.settings.production", "portal.settings.dev"):
        max_age, health_checks = database_settings(module).split()
        assert int(max_age) > 0, module
        assert health_checks == "True", module
