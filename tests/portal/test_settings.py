"""Deployment settings refuse unsafe starts (DEP-3) and a cache outage degrades,
not breaks, the site (REL-1)."""

import os
import subprocess
import sys
from pathlib import Path

from django.test import override_settings

import pytest

ROOT = Path(__file__).resolve().parents[2]


def import_production_settings(**env):
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-c", "import portal.settings.production as s; print(s.DEBUG)"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_secret_key_and_hosts():
    result = import_production_settings(DATABASE_URL="postgres://u:p@127.0.0.1/db")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr and "ALLOWED_HOSTS" in result.stderr


def test_production_refuses_to_start_without_a_database_url():
    env = {"SECRET_KEY": "k" * 50, "ALLOWED_HOSTS": "portal.example.kz", "DATABASE_URL": ""}
    result = import_production_settings(**env)
    assert result.returncode != 0
    assert "DATABASE_URL" in result.stderr


def test_production_starts_with_debug_off_when_configured():
    env = {
        "SECRET_KEY": "k" * 50,
        "ALLOWED_HOSTS": "portal.example.kz",
        "DATABASE_URL": "postgres://u:p@127.0.0.1/db",
    }
    result = import_production_settings(**env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


DEAD_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.2,
            "SOCKET_TIMEOUT": 0.2,
        },
    }
}


@pytest.mark.django_db
def test_pages_render_while_redis_is_down(client):
    with override_settings(CACHES=DEAD_REDIS):
        for code in ("kk", "ru", "en"):
            assert client.get(f"/{code}/").status_code == 200


def test_wsgi_without_a_settings_module_uses_production_and_refuses_to_start():
    """A deployment that forgets DJANGO_SETTINGS_MODULE must not run on dev defaults."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "SECRET_KEY", "ALLOWED_HOSTS"}
    }
    result = subprocess.run(
        [sys.executable, "-c", "import portal.wsgi"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
