"""Admin wiring of the operations app: the outgoing mail queue."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import mail_urls
from .mail_views import can_view_mail


class MailQueueMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_mail(request.user)


@hooks.register("register_admin_urls")
def register_mail_urls():
    return [path("mail-queue/", include(mail_urls))]


@hooks.register("register_reports_menu_item")
def register_mail_queue_menu_item():
    return MailQueueMenuItem(
        gettext_lazy("Outgoing mail"),
        reverse("operations_mail:queue"),
        icon_name="mail",
        order=950,
        name="mail-queue",
    )
