"""The university's official social-media accounts (P §4.1.1): one link per platform in
the site settings, shown with their icons and ``rel="me"`` in the footer and on the
Contacts page. Links are the same in every language, so they are a setting, not
translatable content."""

from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from portal.social import PLATFORMS, AccountValidator


def _account_field(key: str, label: str):
    return models.URLField(label, max_length=300, blank=True, validators=[AccountValidator(key)])


# Every page shows the accounts in its footer: they are read from the shared cache, not
# the database, on each request; saving the settings drops the cached copy.
CACHE_KEY = "home.social-accounts"
CACHE_SECONDS = 300


def official_accounts() -> list[dict]:
    """The university's accounts (``{"platform", "label", "url"}``), cached."""
    accounts = cache.get(CACHE_KEY)
    if accounts is None:
        # Not ``load()``: it creates the row, and a visitor's page view writes nothing.
        stored = SocialAccountsSettings.objects.order_by("pk").first()
        accounts = (stored or SocialAccountsSettings()).accounts
        cache.set(CACHE_KEY, accounts, CACHE_SECONDS)
    return accounts


@register_setting(icon="globe")
class SocialAccountsSettings(BaseGenericSetting):
    instagram = _account_field("instagram", "Instagram")
    facebook = _account_field("facebook", "Facebook")
    telegram = _account_field("telegram", "Telegram")
    youtube = _account_field("youtube", "YouTube")
    tiktok = _account_field("tiktok", "TikTok")
    x = _account_field("x", "X")
    linkedin = _account_field("linkedin", "LinkedIn")
    vk = _account_field("vk", "VK")

    panels = [FieldPanel(platform.key) for platform in PLATFORMS]

    class Meta:
        verbose_name = _("official social-media accounts")

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(CACHE_KEY)

    @property
    def accounts(self) -> list[dict]:
        """``{"platform", "label", "url"}`` of each account set, in platform order."""
        return [
            {"platform": p.key, "label": p.label, "url": getattr(self, p.key)}
            for p in PLATFORMS
            if getattr(self, p.key)
        ]
