"""Rate limits hold across workers and processes (FORM-3): the count lives in a store
every worker shares, the database cache by default and Redis when REDIS_URL is set. A
Redis outage lets visitors through instead of breaking the site (REL-1)."""

import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request

from django.core.cache import caches
from django.db import connections
from django.urls import reverse

import pytest

from news.comments import RATE_LIMIT
from news.models import BlogComment
from portal.urls import PASSWORD_RESET_LIMIT
from tests import factories
from tests.live import free_port, gunicorn, redis_caches

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Visitor:
    """One browser: a cookie jar, and a form posted the way a person posts it."""

    def __init__(self):
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
            _NoRedirect,
        )

    def get(self, url):
        with self.opener.open(url, timeout=20) as response:
            return response.read().decode()

    def post_form(self, page_url, action_url, data):
        # A visitor form carries no token (portal/form_origin.py); the Referer below
        # says the post comes from the site's own page, as a browser's would.
        token = CSRF_INPUT.search(self.get(page_url))
        extra = {"csrfmiddlewaretoken": token.group(1)} if token else {}
        body = urllib.parse.urlencode({**data, **extra}).encode()
        request = urllib.request.Request(  # noqa: S310 - loopback test server
            action_url, data=body, headers={"Referer": page_url}
        )
        try:
            with self.opener.open(request, timeout=20) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture
def committed_post_url(django_db_setup, django_db_blocker):
    """The address of a live blog post in the committed test database (read while the
    database may be used), and the post, its comments and counters removed afterwards."""
    with django_db_blocker.unblock():
        post = factories.BlogPostPageFactory(parent=factories.blog_index())
        url = post.url
        caches["ratelimit"].clear()
        connections.close_all()
    yield url
    with django_db_blocker.unblock():
        BlogComment.objects.filter(text__startswith="rate-limit-test").delete()
        post.delete()
        caches["ratelimit"].clear()
        connections.close_all()


def test_the_comment_limit_is_shared_by_every_gunicorn_worker_and_process(
    committed_post_url, django_db_blocker
):
    """Two servers of two workers each: the visitor's posts alternate between them,
    and the one after the limit is refused all the same."""
    visitor = Visitor()
    with gunicorn(workers=2) as first, gunicorn(workers=2) as second:
        statuses = []
        for number in range(RATE_LIMIT + 1):
            base = (first, second)[number % 2]
            statuses.append(
                visitor.post_form(
                    base + committed_post_url,
                    base + committed_post_url + "comment/",
                    {
                        "name": "Асель",
                        "email": "asel@example.com",
                        "text": f"rate-limit-test {number}",
                        "website": "",
                    },
                )
            )
    assert statuses == [302] * RATE_LIMIT + [429]
    with django_db_blocker.unblock():
        stored = BlogComment.objects.filter(text__startswith="rate-limit-test").count()
    assert stored == RATE_LIMIT, "the refused comment is not stored"


def comment(client, post, number, **headers):
    data = {"name": "A", "email": "a@example.com", "text": f"Redis {number}", "website": ""}
    return client.post(post.url + "comment/", data, **headers)


@pytest.mark.django_db
def test_with_redis_the_limit_is_counted_in_redis_and_an_outage_lets_visitors_through(
    client, settings, redis_url
):
    settings.CACHES = redis_caches(redis_url)
    post = factories.translate_everywhere(
        factories.BlogPostPageFactory(parent=factories.blog_index())
    )["ru"]
    statuses = [comment(client, post, n).status_code for n in range(RATE_LIMIT + 1)]
    assert statuses == [302] * RATE_LIMIT + [429]
    assert caches["ratelimit"].keys("*"), "the counter lives in Redis"
    assert comment(client, post, 99, REMOTE_ADDR="10.1.2.3").status_code == 302

    closed = f"redis://127.0.0.1:{free_port()}/0"
    settings.CACHES = redis_caches(closed)
    assert client.get(post.url).status_code == 200, "pages render without Redis"
    assert comment(client, post, 100).status_code == 302, "forms still work"


@pytest.mark.django_db
def test_password_reset_requests_are_limited_and_do_not_reveal_accounts(client, django_user_model):
    caches["ratelimit"].clear()
    django_user_model.objects.create_user("reset-known", "known@example.com", "x-password-1")
    url = reverse("wagtailadmin_password_reset")
    known = client.post(url, {"email": "known@example.com"})
    unknown = client.post(url, {"email": "nobody@example.com"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    for _number in range(PASSWORD_RESET_LIMIT.count - 2):
        assert client.post(url, {"email": "nobody@example.com"}).status_code == 302
    refused = client.post(url, {"email": "known@example.com"}, HTTP_ACCEPT_LANGUAGE="ru")
    assert refused.status_code == 429
    assert "Слишком много запросов" in refused.content.decode()
    assert client.post(url, {"email": "x@example.com"}, REMOTE_ADDR="10.9.9.9").status_code == 302
