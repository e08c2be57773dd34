"""Admin for news: the press service's records (media about us, accreditation requests,
the press-release list), the blog comment moderation screen
(W §10.2.2) and the record of lead-time overrides (P §7.4)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from news import admin_views
from news.forms import LEAD_TIME_LOG_ACTION, record_lead_time_override
from news.models import AccreditationRequest, EventPage, MediaMention, PressSubscriber


class MediaMentionViewSet(SnippetViewSet):
    model = MediaMention
    icon = "link-external"
    menu_label = _("Media about us")
    list_display = ["title", "outlet", "date", "language"]
    list_filter = ["language"]
    search_fields = ["title", "outlet"]


class AccreditationRequestViewSet(SnippetViewSet):
    model = AccreditationRequest
    icon = "form"
    menu_label = _("Accreditation requests")
    list_display = ["name", "outlet", "event", "email", "created_at"]
    inspect_view_enabled = True
    panels = ["event", "name", "outlet", "email", "phone", "note"]


class PressSubscriberViewSet(SnippetViewSet):
    model = PressSubscriber
    icon = "mail"
    menu_label = _("Press-release list")
    list_display = ["email", "language", "created_at", "confirmed_at"]
    list_filter = ["language"]
    search_fields = ["email"]
    panels = ["email", "language", "confirmed_at"]


class PressServiceViewSetGroup(SnippetViewSetGroup):
    items = (MediaMentionViewSet, AccreditationRequestViewSet, PressSubscriberViewSet)
    menu_icon = "mail"
    menu_label = _("Press service")
    menu_order = 250


register_snippet(PressServiceViewSetGroup)


@hooks.register("register_admin_urls")
def comment_moderation_urls():
    return [
        path("news/comments/", admin_views.moderation, name="news_comment_moderation"),
    ]


@hooks.register("register_log_actions")
def lead_time_log_action(actions):
    actions.register_action(
        LEAD_TIME_LOG_ACTION,
        _("Override the 5-day rule"),
        _("5-day announcement rule overridden"),
    )


@hooks.register("after_create_page")
def record_lead_time_override_on_create(request, page):
    if isinstance(page, EventPage):
        record_lead_time_override(page, request.user)
