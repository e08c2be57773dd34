"""The press-release mailing list (P §10.1): journalists subscribe with double opt-in,
every published press release goes to the confirmed subscribers of its language, and
every message carries a link that unsubscribes in one step.

Links carry tokens signed with the site's secret (``django.core.signing``), one salt per
purpose, so a confirmation link cannot unsubscribe and a forged or altered token is
refused. E-mail goes through Django's mail API only (``EMAIL_BACKEND``: the console under
``make run``, the queue in production, a real local SMTP server in tests).
"""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.utils import translation

__all__ = [
    "CONFIRM_MAX_AGE",
    "TokenForm",
    "confirm_token",
    "link",
    "read_token",
    "send_confirmation",
    "send_release",
    "unsubscribe_token",
]

CONFIRM_SALT = "news.press-list.confirm"
UNSUBSCRIBE_SALT = "news.press-list.unsubscribe"
CONFIRM_MAX_AGE = 7 * 24 * 3600  # a confirmation link works for a week
TOKEN_MAX_LENGTH = 600


def confirm_token(email: str) -> str:
    return signing.dumps(email, salt=CONFIRM_SALT, compress=True)


def unsubscribe_token(email: str) -> str:
    return signing.dumps(email, salt=UNSUBSCRIBE_SALT, compress=True)


class TokenForm(forms.Form):
    """The ``?token=`` of a confirmation or unsubscribe link (page paths take only
    letters, digits and hyphens, so the token travels in the query)."""

    token = forms.CharField(max_length=TOKEN_MAX_LENGTH)


def link(page_url: str, action: str, token: str) -> str:
    return f"{page_url}{action}/?{urlencode({'token': token})}"


def read_token(query, *, purpose: str) -> str | None:
    """The e-mail address a genuine token of ``purpose`` ("confirm" or "unsubscribe")
    in ``query`` carries, or None for a missing, forged, altered, expired or
    other-purpose token."""
    form = TokenForm(query)
    if not form.is_valid():
        return None
    token = form.cleaned_data["token"]
    salt = CONFIRM_SALT if purpose == "confirm" else UNSUBSCRIBE_SALT
    max_age = CONFIRM_MAX_AGE if purpose == "confirm" else None
    try:
        value = signing.loads(token, salt=salt, max_age=max_age)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return value if isinstance(value, str) else None


def _from_address() -> str:
    return settings.DEFAULT_FROM_EMAIL


def send_confirmation(subscriber, corner_url: str, request) -> None:
    """The opt-in message: the link that confirms the subscription."""
    url = request.build_absolute_uri(link(corner_url, "confirm", confirm_token(subscriber.email)))
    with translation.override(subscriber.language):
        body = render_to_string("news/email/press_list_confirm.txt", {"link": url})
        subject = render_to_string("news/email/press_list_confirm_subject.txt").strip()
    EmailMessage(subject, body, _from_address(), [subscriber.email]).send()


def send_release(page, corner, subscribers) -> int:
    """Send ``page`` (a published press release) to ``subscribers`` (the confirmed ones
    of its language); return how many messages went out. Each message has its own
    unsubscribe link, also in the ``List-Unsubscribe`` header."""
    language = page.locale.language_code
    if not subscribers:
        return 0
    site = page.get_site()
    site_root = site.root_url if site else ""
    release_url = page.get_full_url() or site_root + page.url
    with translation.override(language):
        subject = str(page.title)
        messages = []
        for subscriber in subscribers:
            url = site_root + link(corner.url, "unsubscribe", unsubscribe_token(subscriber.email))
            body = render_to_string(
                "news/email/press_release.txt",
                {"page": page, "release_url": release_url, "unsubscribe_url": url},
            )
            messages.append(
                EmailMessage(
                    subject,
                    body,
                    _from_address(),
                    [subscriber.email],
                    headers={"List-Unsubscribe": f"<{url}>"},
                )
            )
    with get_connection() as connection:
        return connection.send_messages(messages) or 0
