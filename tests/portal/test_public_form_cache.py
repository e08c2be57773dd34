"""Pages with a visitor form come from the page cache (T4), and the forms still refuse
posts from other sites (portal/form_origin.py).

The visitor forms take no per-visitor CSRF token, so their pages are the same for every
visitor; a post is accepted only when the browser's Origin, Sec-Fetch-Site or Referer
header says it came from this site. Each test builds its own pages and switches the
page cache on with a store of its own.
"""

from django.core import mail
from django.core.cache import caches
from django.test import Client
from django.urls import reverse
from django.utils import translation

import pytest

from engagement.information_requests.models import InformationRequest
from engagement.participation.models import Proposal
from news.models import AccreditationRequest, BlogComment, PressSubscriber
from tests import factories
from tests.engagement.information_requests.helpers import VALID

pytestmark = pytest.mark.django_db

OWN = "http://testserver"
SAME_ORIGIN = {"Origin": OWN, "Sec-Fetch-Site": "same-origin"}
CROSS_SITE_HEADERS = [
    pytest.param({"Origin": "https://evil.example"}, id="foreign-origin"),
    pytest.param({"Origin": "http://testserver.evil.example"}, id="look-alike-origin"),
    pytest.param({"Origin": "https://testserver"}, id="other-scheme"),
    pytest.param({"Origin": "null"}, id="null-origin"),
    pytest.param({"Sec-Fetch-Site": "cross-site"}, id="fetch-cross-site"),
    pytest.param({"Sec-Fetch-Site": "same-site", "Origin": OWN}, id="fetch-same-site"),
    pytest.param({"Sec-Fetch-Site": "cross-site", "Origin": OWN}, id="fetch-contradicts-origin"),
    pytest.param({"Referer": "https://evil.example/kk/"}, id="foreign-referer"),
    pytest.param({"Referer": "http://testserver@evil.example/"}, id="referer-with-userinfo"),
    pytest.param({"Referer": "http://[broken"}, id="malformed-referer"),
    pytest.param({}, id="no-headers"),
]
PENDING = "модерацияны күтуде"  # "… is awaiting moderation", in Kazakh
REFUSAL = {
    "kk": "Форма қабылданбады",
    "ru": "Форма не принята",
    "en": "The form was not accepted",
}


@pytest.fixture(autouse=True)
def fresh_rate_limits(page_cache):
    """With the page cache on (tests/conftest.py), each test starts with no posts counted."""
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


@pytest.fixture
def form_pages(committed):
    """A blog post, an open discussion, the media corner (with an upcoming event to
    accredit for), the information-request form and its status lookup, in kk: the
    page's URL and the action of each of its forms."""
    with committed():
        post = factories.BlogPostPageFactory(parent=factories.blog_index())
        discussion = factories.DiscussionPageFactory(parent=factories.sections()[0])
        corner = factories.MediaCornerPageFactory(parent=factories.press_index())
        factories.EventPageFactory(parent=factories.event_index())
    with translation.override("kk"):
        request_form = reverse("information_requests:form")
        status = reverse("information_requests:status")
    return {
        "blog post": (post.url, [post.url + "comment/"]),
        "discussion": (discussion.url, [discussion.url + "propose/"]),
        "media corner": (corner.url, [corner.url + "accreditation/", corner.url + "subscribe/"]),
        "information request": (request_form, [request_form]),
        "status lookup": (status, [status]),
    }


def _source(response) -> str:
    return response.headers.get("X-Page-Cache", "none")


def _rows() -> dict:
    models = (BlogComment, Proposal, AccreditationRequest, PressSubscriber, InformationRequest)
    return {model.__name__: model.objects.count() for model in models}


def test_every_page_with_a_visitor_form_is_served_from_the_page_cache(form_pages):
    """No per-visitor token: the second visitor gets the first one's stored page, and
    nothing in it (a cookie, ``Vary: Cookie``) would make it per visitor again."""
    for name, (url, actions) in form_pages.items():
        first, second = Client().get(url), Client().get(url)
        assert (first.status_code, second.status_code) == (200, 200), name
        assert (_source(first), _source(second)) == ("miss", "hit"), name
        for response in (first, second):
            assert not response.cookies, (name, response.cookies)
            assert "cookie" not in response.get("Vary", "").lower(), (name, response["Vary"])
            assert "s-maxage" in response["Cache-Control"], name
        html = second.content.decode()
        assert "csrfmiddlewaretoken" not in html, name
        for action in actions:
            assert 'method="post"' in html and (f'action="{action}"' in html or action == url)


def test_a_comment_posted_on_a_cached_page_waits_for_moderation_and_its_writer_is_told(
    form_pages,
):
    url, (action,) = form_pages["blog post"]
    Client().get(url)
    visitor = Client(enforce_csrf_checks=True)
    assert _source(visitor.get(url)) == "hit"
    data = {"name": "Айгерім", "email": "aigerim@example.com", "text": "Рақмет!", "website": ""}
    sent = visitor.post(action, data, headers={**SAME_ORIGIN, "Referer": OWN + url})
    assert sent.status_code == 302
    assert "no-store" in sent["Cache-Control"]
    shown = visitor.get(sent["Location"])
    assert _source(shown) == "none", "the writer's own page is rendered for them"
    assert PENDING in shown.content.decode()
    assert BlogComment.objects.get(text="Рақмет!").status == "pending"
    # The message was shown once; the writer and everyone else are back on the cache,
    # which never stored the message.
    for client in (visitor, Client()):
        again = client.get(url)
        assert _source(again) == "hit"
        assert PENDING not in again.content.decode()
        assert "Рақмет!" not in again.content.decode()


def test_a_proposal_posted_from_an_old_browser_that_sends_only_a_referer_is_accepted(
    form_pages,
):
    url, (action,) = form_pages["discussion"]
    visitor = Client(enforce_csrf_checks=True)
    data = {
        "name": "Ерлан",
        "email": "erlan@example.com",
        "clause": "",
        "text": "Үшінші тармақты толықтыру керек.",
        "consent": "on",
        "website": "",
    }
    sent = visitor.post(action, data, headers={"Referer": OWN + url})
    assert sent.status_code == 302
    assert PENDING in visitor.get(sent["Location"]).content.decode()
    assert Proposal.objects.filter(text__startswith="Үшінші тармақты").count() == 1


@pytest.mark.parametrize("headers", CROSS_SITE_HEADERS)
def test_a_post_from_another_site_is_refused_in_the_visitors_language_and_changes_nothing(
    form_pages, headers
):
    before = _rows()
    data = {
        "name": "Bot",
        "email": "bot@example.com",
        "text": "Cross-site",
        "consent": "on",
        "website": "",
    }
    for name, (_url, actions) in form_pages.items():
        # The pages are built in Kazakh only; the information-request views exist in
        # every language.
        languages = ("kk", "ru", "en") if name.startswith(("information", "status")) else ("kk",)
        for action in actions:
            for language in languages:
                target = action.replace("/kk/", f"/{language}/", 1)
                response = Client(enforce_csrf_checks=True).post(target, data, headers=headers)
                assert response.status_code == 403, (name, target, response.status_code)
                assert REFUSAL[language] in response.content.decode(), (name, language)
                assert "no-store" in response["Cache-Control"]
    assert _rows() == before
    assert mail.outbox == []


def test_every_other_post_still_needs_djangos_token(form_pages):
    """Only the marked visitor forms skip the token: a same-origin post anywhere else
    (a page's own address, the admin's sign-in) without it is refused as before."""
    url, _actions = form_pages["blog post"]
    visitor = Client(enforce_csrf_checks=True)
    for target in (url, factories.home_page().url):
        response = visitor.post(target, {"text": "x"}, headers=SAME_ORIGIN)
        assert response.status_code == 403, target
        assert "Форманың мерзімі өтті" in response.content.decode()
    signing_in = visitor.post("/admin/login/", {"username": "x"}, headers=SAME_ORIGIN)
    assert signing_in.status_code == 403


def test_an_information_requester_sees_their_number_and_stays_on_the_page_cache(
    form_pages, django_capture_on_commit_callbacks
):
    """The confirmation reads a signed receipt in its address, not a session: the
    requester gets no cookie, so every page after the submit still comes from the cache."""
    url, (action,) = form_pages["information request"]
    Client().get(url)
    visitor = Client(enforce_csrf_checks=True)
    with django_capture_on_commit_callbacks(execute=True):
        sent = visitor.post(action, VALID, headers={**SAME_ORIGIN, "Referer": OWN + url})
    assert sent.status_code == 302
    assert not sent.cookies and not visitor.cookies
    receipt = visitor.get(sent["Location"])
    reference = InformationRequest.objects.get().reference
    assert reference in receipt.content.decode()
    assert _source(receipt) == "none" and "no-store" in receipt["Cache-Control"]
    assert _source(visitor.get(url)) == "hit"
    # A receipt cannot be made up or altered to show somebody else's number.
    token = sent["Location"].split("receipt=", 1)[1]
    base = sent["Location"].split("?", 1)[0]
    for forged in (f"{token}x", token.replace(":", ";"), "IR-2026-00001", "", "%ff", "a" * 5000):
        response = visitor.get(base, {"receipt": forged})
        assert response.status_code == 200, forged
        assert reference not in response.content.decode(), forged
