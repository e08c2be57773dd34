from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from governance.permissions import can_view_reports

from . import admin_urls


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_reports(request.user)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [path("search-reports/", include(admin_urls, namespace="search_reports"))]


@hooks.register("register_reports_menu_item")
def register_unanswered_menu_item():
    return ReportMenuItem(
        gettext_lazy("Unanswered searches"),
        reverse("search_reports:unanswered"),
        icon_name="search",
        order=920,
        name="unanswered-searches",
    )
