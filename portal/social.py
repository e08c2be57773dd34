"""Social-media platforms the university and its units have accounts on (P §4.1.1):
which platform a link belongs to (by host), so an account is shown with its icon and a
link to anywhere else is refused where an account of a platform is asked for."""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

__all__ = [
    "PLATFORMS",
    "AccountValidator",
    "Platform",
    "accounts_from_lines",
    "platform_of",
    "validate_account",
    "validate_account_lines",
]


class Platform:
    def __init__(self, key: str, label: str, hosts: tuple[str, ...]):
        self.key, self.label, self.hosts = key, label, hosts

    def owns(self, host: str) -> bool:
        return any(host == known or host.endswith("." + known) for known in self.hosts)


PLATFORMS = (
    Platform("instagram", "Instagram", ("instagram.com",)),
    Platform("facebook", "Facebook", ("facebook.com", "fb.com")),
    Platform("telegram", "Telegram", ("t.me", "telegram.me")),
    Platform("youtube", "YouTube", ("youtube.com", "youtu.be")),
    Platform("tiktok", "TikTok", ("tiktok.com",)),
    Platform("x", "X", ("x.com", "twitter.com")),
    Platform("linkedin", "LinkedIn", ("linkedin.com",)),
    Platform("vk", "VK", ("vk.com",)),
)
BY_KEY = {platform.key: platform for platform in PLATFORMS}


def platform_of(url: str) -> Platform | None:
    host = (urlsplit(url).hostname or "").lower()
    return next((platform for platform in PLATFORMS if platform.owns(host)), None)


def validate_account(url: str, key: str | None = None) -> None:
    """An https link to an account on a known platform (``key``'s, when given)."""
    URLValidator(schemes=["https"])(url)
    platform = platform_of(url)
    if platform is None or (key and platform.key != key):
        expected = BY_KEY[key].label if key else ", ".join(p.label for p in PLATFORMS)
        raise ValidationError(
            _("“%(url)s” is not a link to an account on %(platforms)s."),
            code="not_a_social_account",
            params={"url": url, "platforms": expected},
        )


@deconstructible
class AccountValidator:
    """A model-field validator: an account on ``platform`` (a key of ``PLATFORMS``)."""

    def __init__(self, platform: str):
        self.platform = platform

    def __call__(self, value: str) -> None:
        validate_account(value, self.platform)

    def __eq__(self, other):
        return isinstance(other, AccountValidator) and other.platform == self.platform


def validate_account_lines(value: str) -> None:
    for line in value.splitlines():
        if line.strip():
            validate_account(line.strip())


def accounts_from_lines(value: str) -> list[dict]:
    """``{"platform", "label", "url"}`` for each known account link, one per line."""
    accounts = []
    for line in value.splitlines():
        platform = platform_of(line.strip())
        if platform:
            accounts.append(
                {"platform": platform.key, "label": platform.label, "url": line.strip()}
            )
    return accounts
