"""Admin wiring: the register and the calendar under one menu, and the dashboard panel
with overdue and due-today requests."""

from django.urls import reverse

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .admin import InformationRequestsGroup, RegisteredOnlyPolicy
from .models import InformationRequest

register_permission_policy(InformationRequest, RegisteredOnlyPolicy(InformationRequest))
register_snippet(InformationRequestsGroup)


class DeadlinesPanel(Component):
    name = "information_request_deadlines"
    template_name = "information_requests/admin/dashboard_panel.html"
    order = 90

    def __init__(self, overdue, due_today):
        self.overdue = overdue
        self.due_today = due_today

    def get_context_data(self, parent_context=None):
        index = reverse("information_requests_admin:list")
        return {
            "overdue": self.overdue[:10],
            "overdue_count": len(self.overdue),
            "due_today": self.due_today[:10],
            "due_today_count": len(self.due_today),
            "overdue_url": f"{index}?overdue=true",
            "due_today_url": f"{index}?due_today=true",
        }


@hooks.register("construct_homepage_panels")
def add_deadlines_panel(request, panels):
    if not request.user.has_perm("information_requests.view_informationrequest"):
        return
    overdue = list(InformationRequest.objects.overdue().order_by("due_at"))
    due_today = list(InformationRequest.objects.due_today().order_by("due_at"))
    panels.append(DeadlinesPanel(overdue, due_today))
