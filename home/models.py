"""The home page of each locale tree."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from portal.pages import ContentPage, public_pages, with_intro

LATEST_NEWS_COUNT = 3
NEXT_EVENTS_COUNT = 3


class HomePage(ContentPage):
    """The root of one locale's tree (kk is the source, ru/en its translations)."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "sections.SectionPage",
        "sections.SubsectionPage",
        "sections.ContactsPage",
        "news.NewsIndexPage",
        "news.BlogIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")
        permissions = [
            (
                "change_portal_structure",
                _("Can delete or move pages prescribed by the regulations"),
            )
        ]

    @classmethod
    def can_create_at(cls, parent):
        # One home page per locale, created by bootstrap_portal or as a translation;
        # an editor never needs a second tree.
        return super().can_create_at(parent) and not cls.objects.exists()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured"] = with_intro(
            public_pages().child_of(self).type(apps.get_model("sections", "SubsectionPage"))
        )
        context["latest_news"] = apps.get_model("news", "NewsPage").latest(
            self.locale_id, LATEST_NEWS_COUNT
        )
        context["next_events"] = apps.get_model("news", "EventPage").upcoming_in(
            self.locale_id, NEXT_EVENTS_COUNT
        )
        return context


from .social import SocialAccountsSettings  # noqa: E402  (a settings model of this app)

__all__ = ["HomePage", "SocialAccountsSettings"]
