"""Admin for news: the public persons list, the blog comments' address on the shared
moderation screen (W §10.2.2) and the record of lead-time overrides (P §7.4)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from news import admin_views
from news.forms import LEAD_TIME_LOG_ACTION, record_lead_time_override
from news.models import EventPage, PublicPerson


class PublicPersonViewSet(SnippetViewSet):
    model = PublicPerson
    icon = "user"
    menu_label = _("Public persons")
    list_display = ["name", "position", "active"]
    list_filter = ["position", "active"]


register_snippet(PublicPersonViewSet)


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
