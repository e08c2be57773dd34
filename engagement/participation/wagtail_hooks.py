"""Admin wiring of participation: the submission screens (E3) and their menu item,
the page-history entry written when material is accepted, and the proposals' CSV
export with a button on each discussion page (E2)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter

from . import discussion_views, submission_views
from .acceptance import ACCEPTED_LOG_ACTION
from .models import DiscussionPage


@hooks.register("register_admin_urls")
def submission_urls():
    views = submission_views
    return [
        path("participation/submissions/", views.submission_list, name="participation_submissions"),
        path(
            "participation/submissions/new/",
            views.submission_create,
            name="participation_submission_new",
        ),
        path(
            "participation/submissions/<int:pk>/",
            views.submission_detail,
            name="participation_submission",
        ),
        path(
            "participation/submissions/<int:pk>/sign/",
            views.submission_sign,
            name="participation_submission_sign",
        ),
        path(
            "participation/submissions/<int:pk>/return/",
            views.submission_return,
            name="participation_submission_return",
        ),
        path(
            "participation/submissions/<int:pk>/accept/",
            views.submission_accept,
            name="participation_submission_accept",
        ),
        path(
            "participation/discussions/<int:page_id>/proposals.csv",
            discussion_views.proposals_csv,
            name="participation_proposals_csv",
        ),
        path(
            "participation/submissions/<int:pk>/photos/<int:photo_pk>/",
            views.submission_photo,
            name="participation_submission_photo",
        ),
    ]


class SubmissionsMenuItem(MenuItem):
    def is_shown(self, request):
        return submission_views.may_use(request.user)


@hooks.register("register_admin_menu_item")
def submissions_menu_item():
    return SubmissionsMenuItem(
        _("Material submissions"),
        reverse("participation_submissions"),
        icon_name="form",
        order=255,
    )


@hooks.register("register_log_actions")
def accepted_log_action(actions):
    @actions.register_action(ACCEPTED_LOG_ACTION)
    class AcceptedSubmission(LogFormatter):
        label = _("Accept submitted material")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return _(
                "Created from submission #%(submission)s of %(unit)s (form of %(date)s); "
                "accepted by %(by)s"
            ) % {
                "submission": data.get("submission", "?"),
                "unit": data.get("unit", ""),
                "date": data.get("form_date", ""),
                "by": data.get("accepted_by", ""),
            }


@hooks.register("register_page_header_buttons")
def proposals_csv_button(page, user, view_name=None, next_url=None):
    specific = page.specific_deferred
    if isinstance(specific, DiscussionPage) and discussion_views.may_export(user, specific):
        yield Button(
            _("Proposals (CSV)"),
            reverse("participation_proposals_csv", args=[page.pk]),
            icon_name="download",
            priority=60,
        )
