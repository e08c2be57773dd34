"""Admin wiring of the project package: the sign-in lockouts report (AUTH-2)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal import lockouts


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
