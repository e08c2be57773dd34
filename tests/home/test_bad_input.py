"""Odd URLs, parameters and hosts answer with a clean 4xx or a normal page, never a 500."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/xx/",
        "/xx/universitet/",
        "/kk/" + "a" * 3000 + "/",
        "/kk/%00/",
        "/kk/..%2f..%2fetc%2fpasswd/",
        "/kk/%ff%fe/",
        "/kk/<script>/",
        "/ru/" + "/".join(["x"] * 200) + "/",
    ],
)
def test_odd_paths_give_404(client, path):
    """An unprefixed or unknown-language path is sent to the Kazakh version of the
    same path first (Django's LocaleMiddleware), which then answers 404."""
    assert client.get(path, follow=True).status_code == 404


def test_unprefixed_path_of_a_real_page_redirects_to_it(client):
    response = client.get("/universitet/", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/kk/universitet/"


@pytest.mark.parametrize("value", ["abc", "-1", "0", "99999", "1e9", "%00", "' OR 1=1"])
def test_bad_page_numbers_show_a_listing(client, value):
    from news.models import NewsIndexPage

    for index in NewsIndexPage.objects.live():
        response = client.get(index.url, {"page": value})
        assert response.status_code == 200


def test_unknown_host_is_refused_with_400(client):
    assert client.get("/kk/", HTTP_HOST="evil.example.com").status_code == 400


def test_unknown_host_page_is_in_the_visitors_language(client):
    response = client.get("/ru/", HTTP_HOST="evil.example.com")
    assert response.status_code == 400
    assert "Неверный запрос" in response.content.decode()


def test_form_post_without_csrf_token_is_refused_in_the_visitors_language():
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/kk/", {"anything": "x"})
    assert response.status_code == 403
    assert "Форманың мерзімі өтті" in response.content.decode()


def test_path_deeper_than_any_page_is_refused_before_querying(
    client, django_assert_max_num_queries
):
    path = "/kk/" + "/".join(["a"] * 400) + "/"
    with django_assert_max_num_queries(6):
        assert client.get(path).status_code == 404
