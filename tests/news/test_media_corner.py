"""The media's corner (W §8.3.10, P §7.8, P §10.1): the press service's contacts and
hours, media about us, accreditation for events, and the press-release list with double
opt-in, mailed on publication and left with one link, against a real SMTP server."""

import datetime
import re

from django.core import signing
from django.core.cache import caches
from django.test import override_settings
from django.utils import timezone

import pytest

from news.models import AccreditationRequest, PressMailing, PressSubscriber
from news.press_forms import SUBSCRIPTION_RATE_LIMIT
from news.press_list import unsubscribe_token
from tests import factories
from tests.live import smtp_server
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://\S+/(confirm|unsubscribe)/\?token=\S+")


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


@pytest.fixture
def mail():
    with smtp_server() as (received, email_settings), override_settings(**email_settings):
        yield received


def links(mail, message, kind: str) -> list[str]:
    return [m.group(0) for m in LINK.finditer(mail.text(message)) if m.group(1) == kind]


def subscribe(client, corner, email, language="ru", **extra):
    data = {"email": email, "language": language, "website": "", **extra}
    return client.post(corner.url + "subscribe/", data, follow=True)


def publish_release(django_capture_on_commit_callbacks, title="Жаңа зертхана ашылды"):
    """A press release by a public person, published in kk and then in ru and en."""
    with django_capture_on_commit_callbacks(execute=True):
        release = factories.PressReleasePageFactory(
            parent=factories.press_index("kk"),
            title=title,
            speaker=factories.PublicPersonFactory(),
        )
        return factories.translate_everywhere(release)


def test_the_corner_shows_the_press_service_and_media_about_us(client, subtests):
    factories.MediaMentionFactory(outlet="Kazinform", title="Университет жаңалығы")
    factories.MediaMentionFactory(outlet="Tengrinews", language="ru", title="Новость")
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            html = client.get(factories.media_corner(language).url).content.decode()
            assert "Kazinform" in html
            assert "Tengrinews" in html
            assert 'hreflang="ru"' in html


def test_double_opt_in_then_a_release_then_unsubscribe(
    client, mail, django_capture_on_commit_callbacks
):
    corner = factories.media_corner("ru")
    response = subscribe(client, corner, "Journalist@Example.org")
    assert response.status_code == 200
    subscriber = PressSubscriber.objects.get(email="journalist@example.org")
    assert subscriber.confirmed_at is None

    # Not confirmed yet: a release published now is not sent to this address.
    publish_release(django_capture_on_commit_callbacks, title="Бірінші релиз")
    confirmations = mail.to("journalist@example.org")
    assert len(confirmations) == 1
    assert "Бірінші" not in mail.text(confirmations[0])

    (confirm,) = links(mail, confirmations[0], "confirm")
    response = client.get(confirm)
    assert response.status_code == 200
    assert "Подписка подтверждена" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at is not None

    releases = publish_release(django_capture_on_commit_callbacks, title="Екінші релиз")
    received = mail.to("journalist@example.org")[1:]
    assert len(received) == 1, "one message: the Russian release only"
    text = mail.text(received[0])
    assert releases["ru"].title in text
    assert received[0]["List-Unsubscribe"]
    (unsubscribe,) = links(mail, received[0], "unsubscribe")
    assert unsubscribe in received[0]["List-Unsubscribe"]

    # A later edit of the same release is not mailed again.
    with django_capture_on_commit_callbacks(execute=True):
        releases["ru"].save_revision().publish()
    assert len(mail.to("journalist@example.org")) == 2

    response = client.get(unsubscribe)
    assert response.status_code == 200
    assert not PressSubscriber.objects.filter(email="journalist@example.org").exists()
    publish_release(django_capture_on_commit_callbacks, title="Үшінші релиз")
    assert len(mail.to("journalist@example.org")) == 2


@pytest.mark.parametrize(
    "token",
    [
        "forged",
        signing.dumps("journalist@example.org", salt="someone-else"),
        "x" * 5000,
        "",
    ],
    ids=["garbage", "other-salt", "overlong", "empty"],
)
def test_a_forged_unsubscribe_or_confirm_token_is_a_translated_400(client, token, subtests):
    PressSubscriber.objects.create(email="journalist@example.org", language="ru")
    corner = factories.media_corner("ru")
    for action in ("unsubscribe", "confirm"):
        with subtests.test(action=action):
            response = client.get(f"{corner.url}{action}/", {"token": token})
            assert response.status_code == 400
            assert "Ссылка не работает" in response.content.decode()
    assert PressSubscriber.objects.get(email="journalist@example.org").confirmed_at is None


def test_a_confirmation_link_cannot_unsubscribe_nor_the_reverse(client):
    subscriber = PressSubscriber.objects.create(
        email="journalist@example.org", language="kk", confirmed_at=timezone.now()
    )
    corner = factories.media_corner("kk")
    forged = client.get(f"{corner.url}confirm/", {"token": unsubscribe_token(subscriber.email)})
    assert forged.status_code == 400
    confirm = signing.dumps(subscriber.email, salt="news.press-list.confirm", compress=True)
    assert client.get(f"{corner.url}unsubscribe/", {"token": confirm}).status_code == 400
    assert PressSubscriber.objects.filter(pk=subscriber.pk).exists()


def test_a_subscription_flood_sends_one_message_and_then_is_refused(client, mail):
    corner = factories.media_corner("kk")
    statuses = [
        subscribe(client, corner, "victim@example.org", language="kk").status_code
        for _attempt in range(SUBSCRIPTION_RATE_LIMIT.count + 3)
    ]
    assert statuses[: SUBSCRIPTION_RATE_LIMIT.count] == [200] * SUBSCRIPTION_RATE_LIMIT.count
    assert statuses[-1] == 429
    assert len(mail.to("victim@example.org")) == 1
    assert PressSubscriber.objects.filter(email="victim@example.org").count() == 1


@pytest.mark.parametrize(
    "data",
    [
        {"email": "not-an-address", "language": "ru"},
        {"email": "a" * 250 + "@example.org", "language": "ru"},
        {"email": "journalist@example.org", "language": "xx"},
    ],
    ids=["not-an-address", "overlong", "unknown-language"],
)
def test_a_bad_subscription_is_a_translated_400_and_stores_nothing(client, mail, data):
    response = client.post(factories.media_corner("ru").url + "subscribe/", data)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not PressSubscriber.objects.exists()
    assert not mail.messages


def test_a_bot_filling_the_honeypot_is_thanked_and_nothing_is_sent(client, mail):
    response = subscribe(
        client, factories.media_corner("ru"), "bot@example.org", website="http://x"
    )
    assert response.status_code == 200
    assert not PressSubscriber.objects.exists()
    assert not mail.messages


def test_a_journalist_requests_accreditation_for_an_upcoming_event(client):
    start = timezone.now() + datetime.timedelta(days=10)
    event = factories.EventPageFactory(
        parent=factories.event_index("kk"),
        title="Ашық есік күні",
        start=start,
        end=start + datetime.timedelta(hours=3),
    )
    corner = factories.media_corner("kk")
    assert "Ашық есік күні" in client.get(corner.url).content.decode()
    data = {
        "event": event.pk,
        "name": "Айжан  Нұрланова",
        "outlet": "Хабар",
        "email": "aizhan@example.org",
        "phone": "+7 701 000 00 00",
        "note": "Оператор",
        "website": "",
    }
    response = client.post(corner.url + "accreditation/", data, follow=True)
    assert response.status_code == 200
    request = AccreditationRequest.objects.get()
    assert (request.event_id, request.name, request.outlet) == (
        event.pk,
        "Айжан Нұрланова",
        "Хабар",
    )


@pytest.mark.parametrize(
    "changes",
    [{"event": "999999"}, {"name": "Н" * 151}, {"outlet": "<b>x</b>"}, {"phone": "call me"}],
    ids=["unknown-event", "overlong-name", "markup", "bad-phone"],
)
def test_bad_accreditation_is_a_translated_400_and_stores_nothing(client, changes):
    start = timezone.now() + datetime.timedelta(days=10)
    event = factories.EventPageFactory(
        parent=factories.event_index("ru"), start=start, end=start + datetime.timedelta(hours=1)
    )
    data = {"event": event.pk, "name": "Айжан", "outlet": "Хабар", "email": "a@example.org"}
    response = client.post(
        factories.media_corner("ru").url + "accreditation/", {**data, **changes, "website": ""}
    )
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not AccreditationRequest.objects.exists()


def test_each_release_is_mailed_once(django_capture_on_commit_callbacks, mail):
    PressSubscriber.objects.create(
        email="j@example.org", language="kk", confirmed_at=timezone.now()
    )
    releases = publish_release(django_capture_on_commit_callbacks)
    assert len(mail.to("j@example.org")) == 1
    assert PressMailing.objects.get(page=releases["kk"]).count == 1
