"""Admin wiring of participation: the submission screens (E3) and their menu item,
and the page-history entry written when material is accepted."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from . import submission_views
from .acceptance import ACCEPTED_LOG_ACTION


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
