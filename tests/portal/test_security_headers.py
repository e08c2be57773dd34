"""Public pages carry the browser protections Django gives by default (DEP-7)."""

import pytest

pytestmark = pytest.mark.django_db


def test_public_page_sends_protective_headers(client):
    response = client.get("/kk/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_static_files_are_served_by_the_application_itself(client):
    """One machine with gunicorn needs no separate static server (T4): whitenoise."""
    response = b"".join(client.get("/static/css/portal.css").streaming_content)
    assert b".site-header" in response
