"""Comments on the Rector's blog are held for moderation and kept free of spam without a
third-party service (N2, W §10.2.2)."""

from django.core.cache import caches
from django.urls import reverse

import pytest

from news.comments import RATE_LIMIT
from news.models import BlogComment
from tests import factories
from tests.utils import translation_of

pytestmark = pytest.mark.django_db

VALID = {"name": "Асель", "email": "asel@example.com", "text": "Спасибо за пост!", "website": ""}


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


@pytest.fixture
def post():
    """A post of the Rector's blog in kk with its translations; the Russian one."""
    source = factories.BlogPostPageFactory(parent=factories.blog_index())
    return factories.translate_everywhere(source)["ru"]


def comment_url(post) -> str:
    return f"{post.url}comment/"


def test_a_comment_is_invisible_until_approved_then_visible(client, post):
    response = client.post(comment_url(post), VALID, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "ожидает модерации" in html
    assert "Спасибо за пост!" not in html
    comment = BlogComment.objects.get(post=post, text="Спасибо за пост!")
    assert comment.status == BlogComment.Status.PENDING
    assert comment.email == "asel@example.com"

    comment.moderate(BlogComment.Status.APPROVED, user=None)
    html = client.get(post.url).content.decode()
    assert "Спасибо за пост!" in html
    assert "asel@example.com" not in html, "the e-mail address stays private"


def test_a_comment_is_only_shown_on_its_own_post(client, post):
    BlogComment.objects.create(
        post=post, name="A", email="a@example.com", text="Only here", status="approved"
    )
    other = translation_of(post, "en")
    assert "Only here" not in client.get(other.url).content.decode()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"text": ""}, "Требуется заполнить это поле."),
        ({"text": "   "}, "Требуется заполнить это поле."),
        ({"text": "x" * 2001}, "не более 2000"),
        ({"text": "Смотрите <a href='http://spam'>тут</a>"}, "HTML"),
        ({"name": "<script>alert(1)</script>"}, "HTML"),
        ({"email": "not-an-address"}, "адрес электронной почты"),
        ({"name": ""}, "Требуется заполнить это поле."),
    ],
)
def test_bad_comments_get_a_translated_error_and_nothing_is_stored(client, post, changes, message):
    before = BlogComment.objects.count()
    response = client.post(comment_url(post), {**VALID, **changes})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "<script>alert" not in html
    assert BlogComment.objects.count() == before


def test_a_bot_filling_the_honeypot_is_thanked_but_nothing_is_stored(client, post):
    before = BlogComment.objects.count()
    response = client.post(
        comment_url(post), {**VALID, "website": "http://spam.example"}, follow=True
    )
    assert "ожидает модерации" in response.content.decode()
    assert BlogComment.objects.count() == before


def test_a_flood_from_one_address_is_refused_with_429(client, post):
    for number in range(RATE_LIMIT):
        response = client.post(comment_url(post), {**VALID, "text": f"Комментарий {number}"})
        assert response.status_code == 302
    response = client.post(comment_url(post), {**VALID, "text": "Ещё один"})
    assert response.status_code == 429
    assert "Слишком много комментариев" in response.content.decode()
    assert not BlogComment.objects.filter(text="Ещё один").exists()
    other_address = client.post(
        comment_url(post), {**VALID, "text": "С другого адреса"}, REMOTE_ADDR="10.0.0.9"
    )
    assert other_address.status_code == 302


def test_stored_text_is_rendered_escaped(client, post):
    BlogComment.objects.create(
        post=post,
        name="<b>Bold</b>",
        email="b@example.com",
        text="1 < 2 & <i>x</i>",
        status="approved",
    )
    html = client.get(post.url).content.decode()
    assert "&lt;b&gt;Bold&lt;/b&gt;" in html
    assert "1 &lt; 2 &amp; &lt;i&gt;x&lt;/i&gt;" in html


def test_getting_the_comment_address_goes_back_to_the_post(client, post):
    response = client.get(comment_url(post))
    assert response.status_code == 302 and response["Location"] == post.url


# --- The moderation screen -------------------------------------------------------


@pytest.fixture
def moderator(django_user_model):
    return django_user_model.objects.create_superuser("comments-moderator", "m@example.com", "pw")


def test_moderation_screen_shows_counts_and_waiting_comments(client, moderator, post):
    BlogComment.objects.all().delete()
    for number in range(3):
        factories.BlogCommentFactory(post=post, text=f"Күтуде {number}")
    factories.BlogCommentFactory(post=post, text="Мақұлданған", status="approved")
    client.force_login(moderator)
    response = client.get(reverse("news_comment_moderation"))
    assert response.status_code == 200
    html = response.content.decode()
    waiting = BlogComment.objects.filter(status="pending").count()
    assert waiting == 3
    assert f"{waiting} пікір модерацияны күтуде." in html  # the admin speaks Kazakh by default
    assert f"Модерацияны күтуде ({waiting})" in html
    for comment in BlogComment.objects.filter(status="pending"):
        assert comment.text in html


def test_moderator_approves_rejects_and_deletes(client, moderator, post):
    client.force_login(moderator)
    url = reverse("news_comment_moderation")
    first, second, third = (
        BlogComment.objects.create(post=post, name="N", email="n@example.com", text=f"Text {n}")
        for n in range(3)
    )
    client.post(url, {"comment": first.pk, "action": "approve"})
    client.post(url, {"comment": second.pk, "action": "reject"})
    client.post(url, {"comment": third.pk, "action": "delete"})
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == "approved" and first.moderated_by == moderator
    assert second.status == "rejected"
    assert not BlogComment.objects.filter(pk=third.pk).exists()
    html = client.get(post.url).content.decode()
    assert "Text 0" in html and "Text 1" not in html


def test_a_bad_moderation_request_changes_nothing(client, moderator):
    client.force_login(moderator)
    url = reverse("news_comment_moderation")
    response = client.post(url, {"comment": "999999", "action": "approve"}, follow=True)
    assert response.status_code == 200
    response = client.post(url, {"comment": "abc", "action": "drop-table"})
    assert response.status_code == 302


def test_people_without_the_permission_cannot_moderate(client, django_user_model, post):
    editor = django_user_model.objects.create_user("comments-plain", "p@example.com", "pw")
    client.force_login(editor)
    comment = factories.BlogCommentFactory(post=post)
    response = client.post(
        reverse("news_comment_moderation"), {"comment": comment.pk, "action": "approve"}
    )
    assert response.status_code in (302, 403)
    comment.refresh_from_db()
    assert comment.status == "pending"


def flood(client, post, **headers):
    """Post one comment more than the limit allows; return the last response."""
    for number in range(RATE_LIMIT + 1):
        response = client.post(
            comment_url(post), {**VALID, "text": f"Комментарий {number}"}, **headers
        )
    return response


def test_behind_a_trusted_proxy_each_visitor_has_their_own_limit(client, post, settings):
    """Every request reaches gunicorn from the proxy's address; the limit follows the
    address the proxy appended, and a spoofed prefix does not reset it."""
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    first = {**proxy, "HTTP_X_FORWARDED_FOR": "198.51.100.7"}
    assert flood(client, post, **first).status_code == 429
    spoofed = {**proxy, "HTTP_X_FORWARDED_FOR": "203.0.113.99, 198.51.100.7"}
    assert client.post(comment_url(post), VALID, **spoofed).status_code == 429
    second = {**proxy, "HTTP_X_FORWARDED_FOR": "198.51.100.8"}
    assert client.post(comment_url(post), VALID, **second).status_code == 302


def test_without_a_trusted_proxy_the_forwarded_header_is_ignored(client, post, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert flood(client, post, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 429
    dodge = client.post(comment_url(post), VALID, HTTP_X_FORWARDED_FOR="198.51.100.8")
    assert dodge.status_code == 429
