"""The content-check report of one page: what blocks its approval (W3)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from wagtail.models import Page

from ..checks import page_problems


def user_may_see(user, page) -> bool:
    if page.permissions_for_user(user).can_edit():
        return True
    task = page.current_workflow_task
    return bool(task and task.specific.get_actions(page, user))


def page_checks(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not user_may_see(request.user, page):
        raise PermissionDenied
    problems = page_problems(page)
    return TemplateResponse(
        request,
        "governance/page_checks.html",
        {
            "page": page,
            "problems": problems,
            "blocking": [problem for problem in problems if problem.blocking],
            "blocked": request.GET.get("blocked") == "1",
        },
    )
