"""Probes for the supervisor and the load balancer (W §14, REL-7): ``/healthz`` while
the process lives, ``/readyz`` when the database, caches, storage and schema are
ready. Never cached, never under a language prefix, never a detail to the public."""

import json
import os
import subprocess
import sys

from django.db.migrations.recorder import MigrationRecorder

import pytest

from tests.live import ROOT, free_port

pytestmark = pytest.mark.django_db


def assert_not_cacheable(response):
    directives = response["Cache-Control"]
    assert "no-store" in directives and "no-cache" in directives, directives


def test_liveness_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok"}
    assert_not_cacheable(response)


def test_readiness_is_ok_when_everything_is_there(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok"}
    assert_not_cacheable(response)


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_live_outside_the_language_prefix(client, path):
    for language in ("kk", "ru", "en"):
        response = client.get(f"/{language}{path}", follow=True)
        assert response.status_code == 404
    assert client.get(path).status_code == 200, "and are not redirected into it"


def test_readiness_fails_without_details_while_a_migration_is_unapplied(client, caplog):
    latest = MigrationRecorder.Migration.objects.filter(app="news").order_by("-id").first()
    latest.delete()
    response = client.get("/readyz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "failed"}
    assert_not_cacheable(response)
    assert "migration" in caplog.text, "the reason goes to the log"


PROBE = """
import django
django.setup()
from django.test import Client
client = Client()
for path in ("/healthz", "/readyz"):
    response = client.get(path)
    print(path, response.status_code, response.content.decode(), response["Cache-Control"])
"""


def test_readiness_fails_and_liveness_holds_when_the_database_is_unreachable():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": f"postgres://portal:secret@127.0.0.1:{free_port()}/unreachable",
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = dict(line.split(" ", 1) for line in result.stdout.strip().splitlines())
    assert lines["/healthz"].startswith('200 {"status": "ok"}'), result.stderr[-2000:]
    assert lines["/readyz"].startswith('503 {"status": "failed"}'), result.stderr[-2000:]
    assert "no-store" in lines["/readyz"]
    for secret in ("127.0.0.1", "unreachable", "portal", "refused", "Database", "Traceback"):
        assert secret not in lines["/readyz"], secret
    assert "Readiness check" in result.stderr, "the details are logged"


def test_an_unknown_host_is_refused_with_400(client):
    """DEP-5: a request for another host name is refused before any view runs."""
    for path in ("/readyz", "/kk/", "/api/v2/pages/"):
        assert client.get(path, HTTP_HOST="attacker.example").status_code == 400, path
