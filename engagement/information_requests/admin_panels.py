"""The due date and how it was computed, with every later change, inside the office's
edit form (alaveteli#5101, #7292)."""

from django.utils import timezone

from wagtail.admin.panels import Panel

from .explanations import explain


class DeadlinePanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "information_requests/admin/deadline_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            request = self.instance
            context["due_at"] = timezone.localtime(request.due_at) if request.due_at else None
            context["overdue"] = request.pk and request.is_overdue()
            context["due_today"] = request.pk and request.is_due_today()
            context["steps"] = explain(request.deadline_explanation)
            context["changes"] = request.deadline_changes.all() if request.pk else []
            return context
