"""Admin wiring of the project package: the sign-in lockouts report (AUTH-2) and the
one moderation screen of every kind of contribution (comments, proposals)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal import lockouts
from portal.contributions import moderation
from portal.contributions.models import contribution_models


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [
        path("lockouts/", lockouts.lockout_list, name="portal_lockouts"),
        path("lockouts/<int:pk>/unlock/", lockouts.unlock, name="portal_lockout_unlock"),
    ]


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return lockouts.can_unlock(request.user)


@hooks.register("register_reports_menu_item")
def register_lockouts_menu_item():
    return LockoutsMenuItem(
        _("Sign-in lockouts"),
        reverse("portal_lockouts"),
        icon_name="lock",
        order=950,
        name="sign-in-lockouts",
    )


@hooks.register("register_admin_urls")
def register_contribution_urls():
    return [path("contributions/", moderation.moderation, name="portal_contributions")]


class ContributionsMenuItem(MenuItem):
    def is_shown(self, request):
        return any(
            request.user.has_perm(f"{m._meta.app_label}.change_{m._meta.model_name}")
            for m in contribution_models()
        )


@hooks.register("register_admin_menu_item")
def register_contributions_menu_item():
    return ContributionsMenuItem(
        _("Comments and proposals"),
        reverse("portal_contributions"),
        icon_name="comment",
        order=250,
    )
