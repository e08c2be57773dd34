"""A page with a visitor form served by Varnish from its cache still takes a valid post
through Varnish (T4, deploy/varnish/portal.vcl): the post passes to the portal, the
writer gets their own answer, and nothing of it is stored for the next visitor.

The data is committed (the servers are other processes) and removed afterwards.
"""

from urllib.parse import urlencode, urlsplit

from wagtail.models import Page

import pytest

from news.models import BlogComment
from tests import factories
from tests.live import gunicorn, raw_request, site_host, varnish, varnish_available

PENDING = "модерацияны күтуде"  # "… is awaiting moderation", in Kazakh
SLUG = "front-cache-form-post"


@pytest.fixture(scope="module")
def post_page(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        post = factories.BlogPostPageFactory(
            parent=factories.blog_index(), title="Алдыңғы кэштегі жазба", slug=SLUG
        )
        host = site_host()
        path = urlsplit(post.url).path
    yield path, host
    with django_db_blocker.unblock():
        BlogComment.objects.filter(post__slug=SLUG).delete()
        for page in Page.objects.filter(slug=SLUG):
            page.delete()


@pytest.fixture(scope="module")
def front(post_page):
    if not varnish_available():
        pytest.fail("varnishd is required for this test (apt install varnish).")
    with gunicorn(PAGE_CACHE="1") as backend, varnish(backend) as front_url:
        yield front_url


def _comment(front, path, host, text):
    body = urlencode(
        {"name": "Айгерім", "email": "aigerim@example.com", "text": text, "website": ""}
    )
    return raw_request(
        front,
        path + "comment/",
        host,
        method="POST",
        body=body,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": f"http://{host}",
            "Sec-Fetch-Site": "same-origin",
            "Referer": f"http://{host}{path}",
        },
    )


def test_a_comment_posted_through_varnish_on_a_cached_page_is_accepted(
    post_page, front, django_db_blocker
):
    path, host = post_page
    raw_request(front, path, host)
    status, headers, page = raw_request(front, path, host)
    assert status == 200
    assert headers["X-Front-Cache"] == "hit"
    assert "csrfmiddlewaretoken" not in page
    assert f'action="{path}comment/"' in page

    status, headers, _body = _comment(front, path, host, "Varnish арқылы жіберілген пікір")
    assert status == 302
    assert headers["X-Front-Cache"] == "miss"
    assert "no-store" in headers["Cache-Control"]
    messages = [c for c in headers.get_all("Set-Cookie") or [] if c.startswith("messages=")]
    assert messages, "the writer's confirmation travels in the messages cookie"
    with django_db_blocker.unblock():
        comment = BlogComment.objects.get(text="Varnish арқылы жіберілген пікір")
        assert comment.status == "pending"

    # The writer's own next page passes the front cache and tells them.
    cookie = messages[0].split(";", 1)[0]
    status, headers, theirs = raw_request(front, path, host, headers={"Cookie": cookie})
    assert (status, headers["X-Front-Cache"]) == (200, "miss")
    assert PENDING in theirs
    # Everyone else still gets the stored page, with neither the message nor the comment.
    status, headers, others = raw_request(front, path, host)
    assert (status, headers["X-Front-Cache"]) == (200, "hit")
    assert PENDING not in others
    assert "Varnish арқылы жіберілген пікір" not in others


def test_each_post_through_varnish_reaches_the_portal(post_page, front, django_db_blocker):
    """A post is never answered from the front cache: two posts, two comments."""
    path, host = post_page
    for text in ("Бірінші пікір Varnish арқылы", "Екінші пікір Varnish арқылы"):
        status, headers, _body = _comment(front, path, host, text)
        assert (status, headers["X-Front-Cache"]) == (302, "miss")
    with django_db_blocker.unblock():
        assert BlogComment.objects.filter(text__contains="пікір Varnish арқылы").count() == 2
