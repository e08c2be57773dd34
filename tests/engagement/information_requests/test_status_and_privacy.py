"""The status lookup answers only to the number and the e-mail together, and a
requester's personal data appears on no public route."""

import re

from django.core.cache import caches
from django.urls import reverse
from django.utils import translation

import pytest

from engagement.information_requests.models import InformationRequest, Status
from tests.factories import InformationRequestFactory

pytestmark = pytest.mark.django_db
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


def status_url(language="ru"):
    with translation.override(language):
        return reverse("information_requests:status")


def test_the_number_and_the_right_email_show_the_status(client):
    request = InformationRequestFactory(email="Aigerim@Example.org", status=Status.IN_PROGRESS)
    response = client.post(
        status_url("en"), {"reference": request.reference.lower(), "email": "aigerim@example.org"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert request.reference in html
    assert "In progress" in html
    assert request.name not in html and request.text not in html


def test_a_wrong_email_is_refused_exactly_like_an_unknown_number(client):
    request = InformationRequestFactory(email="owner@example.org")
    wrong_email = client.post(
        status_url("ru"), {"reference": request.reference, "email": "thief@example.org"}
    )
    unknown = client.post(
        status_url("ru"), {"reference": "IR-2019-99999", "email": "thief@example.org"}
    )
    assert wrong_email.status_code == unknown.status_code == 404
    first = CSRF.sub("", wrong_email.content.decode()).replace(request.reference, "X")
    second = CSRF.sub("", unknown.content.decode()).replace("IR-2019-99999", "X")
    assert first == second
    assert 'id="request-status"' not in wrong_email.content.decode()


def test_a_malformed_number_is_a_translated_400(client):
    response = client.post(status_url("ru"), {"reference": "<script>", "email": "a@b.kz"})
    assert response.status_code == 400
    with translation.override("ru"):
        from django.utils.translation import gettext

        assert gettext("A reference number looks like IR-2026-00042.") in response.content.decode()


def test_guessing_numbers_is_rate_limited(client):
    for number in range(10):
        client.post(status_url(), {"reference": f"IR-2026-{number:05d}", "email": "x@example.org"})
    response = client.post(status_url(), {"reference": "IR-2026-00011", "email": "x@example.org"})
    assert response.status_code == 429


def test_an_erased_request_can_no_longer_be_looked_up(client):
    request = InformationRequestFactory(email="gone@example.org")
    InformationRequest.objects.filter(pk=request.pk).update(anonymised_at=request.received_at)
    response = client.post(
        status_url(), {"reference": request.reference, "email": "gone@example.org"}
    )
    assert response.status_code == 404


def test_personal_data_is_absent_from_every_public_route(client):
    request = InformationRequestFactory(
        name="Zhanibek Uniquename",
        email="zhanibek.unique@example.org",
        phone="+7 777 123 45 67",
        subject="Uniquesubject of the request",
        text="Uniquetext of the request",
    )
    secrets = [request.name, request.email, request.phone, request.subject, request.text]
    routes = ["/sitemap.xml", "/api/v2/pages/?limit=100", "/robots.txt"]
    for language in ("kk", "ru", "en"):
        with translation.override(language):
            routes += [
                reverse("information_requests:form"),
                reverse("information_requests:sent"),
                reverse("information_requests:status"),
                f"/{language}/",
            ]
    routes += [f"/{code}/?q={request.reference}" for code in ("kk", "ru", "en")]
    for url in routes:
        response = client.get(url, follow=True)
        body = response.content.decode(errors="replace")
        for secret in secrets:
            assert secret not in body, (url, secret)
    # The lookup itself, even with the right e-mail, shows no personal data.
    response = client.post(status_url(), {"reference": request.reference, "email": request.email})
    body = response.content.decode()
    assert request.reference in body
    for secret in [request.name, request.phone, request.subject, request.text]:
        assert secret not in body
