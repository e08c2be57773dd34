"""What waits for an approver (W2): every page at a workflow stage the user may
approve, with the stage, who submitted it and what the content checks say.

Wagtail's dashboard panel lists them too, but without the check result and without a
way back after approving; the "waiting for me" screen is where an approver works
through the list, one approval after another.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from wagtail.models import AbstractGroupApprovalTask, Page, Task, TaskState

from .checks import approval_problems


@dataclass
class Waiting:
    task_state: TaskState
    page: Page
    stage: str
    submitter: object
    problems: list

    @property
    def ready(self) -> bool:
        return not self.problems


def approved_url(task_state_pk: int) -> str:
    """Where an approver lands after approving: the list, confirming that approval."""
    return f"{reverse('governance:waiting')}?approved={task_state_pk}"


def is_approver(user) -> bool:
    """Whether ``user`` approves at some active workflow stage (a member of one of
    its groups), or is a superuser."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    groups = list(user.groups.values_list("pk", flat=True))
    return any(
        isinstance(task, AbstractGroupApprovalTask) and task.groups.filter(pk__in=groups).exists()
        for task in Task.objects.filter(active=True).specific()
    )


def waiting_for(user) -> list[Waiting]:
    """The in-progress task states ``user`` may approve, oldest first."""
    states = (
        TaskState.objects.reviewable_by(user)
        .filter(status=TaskState.STATUS_IN_PROGRESS)
        .select_related("workflow_state__requested_by", "task", "revision")
        .order_by("started_at")
    )
    states = list(states)
    pages = Page.objects.select_related("locale").in_bulk(
        [int(state.workflow_state.object_id) for state in states]
    )
    rows = []
    for state in states:
        page = pages.get(int(state.workflow_state.object_id))
        if page is None:
            continue
        page = page.specific
        content = state.revision.content if state.revision else None
        task = state.task.specific
        final = hasattr(task, "is_final_in") and task.is_final_in(state.workflow_state.workflow)
        rows.append(
            Waiting(
                task_state=state,
                page=page,
                stage=state.task.name,
                submitter=state.workflow_state.requested_by,
                problems=approval_problems(page, content, publishing=final),
            )
        )
    return rows
