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


DENIED_FEATURES = ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]


def permissions_policy(response) -> dict[str, str]:
    assert "Permissions-Policy" in response, "no Permissions-Policy header"
    return dict(item.strip().split("=", 1) for item in response["Permissions-Policy"].split(","))


@pytest.mark.parametrize(
    "url",
    ["/kk/", "/ru/", "/en/", "/en/no-such-page/", "/admin/login/", "/robots.txt", "/sitemap.xml"],
)
def test_every_response_switches_off_powerful_browser_features(client, url):
    """Camera, microphone, location, payments, USB and ad-topic tracking are off for the
    portal and anything it frames, on pages, error pages, the admin and plain files."""
    response = client.get(url)
    policy = permissions_policy(response)
    for feature in DENIED_FEATURES:
        assert policy.get(feature) == "()", f"{url}: {feature} not denied"


def test_video_players_keep_fullscreen(client):
    """Denying everything would also stop the embedded video players going fullscreen."""
    assert "fullscreen" not in permissions_policy(client.get("/kk/"))
