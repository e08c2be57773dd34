"""The approver's "waiting for me" screen, and the confirmation after an approval."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Page

from ..forms import ApprovedForm
from ..waiting import is_approver, waiting_for


def _confirm(request, task_state):
    """Say what became of the page the user just approved: published, or at which
    stage it now waits."""
    page = Page.objects.get(pk=task_state.workflow_state.object_id).specific
    current = page.current_workflow_task
    if page.live and current is None:
        message = _("“%(title)s” was approved and published.") % {"title": page.title}
    elif current is not None:
        message = _("“%(title)s” was approved; it now waits for “%(stage)s”.") % {
            "title": page.title,
            "stage": current.name,
        }
    else:
        message = _("“%(title)s” was approved.") % {"title": page.title}
    messages.success(request, message)


def waiting_list(request):
    if not is_approver(request.user):
        raise PermissionDenied
    form = ApprovedForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        return TemplateResponse(
            request, "governance/waiting.html", {"rows": [], "form": form}, status=400
        )
    rows = waiting_for(request.user)
    approved = form.cleaned_data.get("approved") if form.is_bound else None
    if approved is not None and approved.finished_by_id == request.user.pk:
        _confirm(request, approved)
    return TemplateResponse(
        request,
        "governance/waiting.html",
        {
            "rows": rows,
            "back": reverse("governance:waiting"),
        },
    )
