"""Admin wiring: screens, menu entries, the editor's content-check messages, the
guards on publishing and approving, and the "changes requested" dashboard panel."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState
from wagtail_localize.models import Translation

from . import urls
from .access import (
    guarded_edit_string_translation,
    guarded_submit_page_translation,
    guarded_update_translations,
)
from .checks import approval_problems, page_problems, translation_problems
from .permissions import can_use_translation_queue, can_view_reports
from .translations import length_errors

APPROVE_ACTIONS = {"approve", "approve_with_translations"}


@hooks.register("register_admin_urls")
def register_governance_urls():
    return [
        path("governance/", include(urls, namespace="governance")),
        # Ahead of wagtail-localize's own view at this URL (see access.py).
        path(
            "localize/submit/page/<int:page_id>/",
            guarded_submit_page_translation,
            name="governance_submit_page_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            guarded_update_translations,
            name="governance_update_translations",
        ),
        path(
            "localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
            guarded_edit_string_translation,
            name="governance_edit_string_translation",
        ),
    ]


class TranslationQueueMenuItem(MenuItem):
    def is_shown(self, request):
        return can_use_translation_queue(request.user)


@hooks.register("register_admin_menu_item")
def register_translation_queue_menu_item():
    return TranslationQueueMenuItem(
        gettext_lazy("Translation queue"),
        reverse("governance:translation_queue"),
        icon_name="globe",
        order=250,
        name="translation-queue",
    )


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_reports(request.user)


@hooks.register("register_reports_menu_item")
def register_publication_log_menu_item():
    return ReportMenuItem(
        gettext_lazy("Publication log"),
        reverse("governance:publications"),
        icon_name="history",
        order=900,
        name="publication-log",
    )


@hooks.register("register_reports_menu_item")
def register_freshness_menu_item():
    return ReportMenuItem(
        gettext_lazy("Overdue reviews"),
        reverse("governance:freshness"),
        icon_name="time",
        order=910,
        name="overdue-reviews",
    )


def _warn(request, page, problems):
    for problem in problems:
        level = messages.error if problem.blocking else messages.warning
        level(request, _("Content check: %(message)s") % {"message": problem.message})


def _is_publish(request) -> bool:
    return bool(request.POST.get("action-publish")) or request.POST.get("action") == "publish"


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_translations_before_their_source(
    request, action_type, objects, action_view
):
    """The bulk "Publish" of the page explorer obeys L2 like the editor does: a ru or
    en page is refused while its Kazakh original is not live."""
    if action_type != "publish" or not objects or not isinstance(objects[0], Page):
        return None
    refused = [
        page
        for page in objects
        if page.locale.language_code != settings.LANGUAGE_CODE
        and any(problem.blocking for problem in translation_problems(page))
    ]
    if not refused:
        return None
    for page in refused:
        messages.error(
            request,
            _(
                "“%(title)s” was not published: its Kazakh original is not approved "
                "and published yet."
            )
            % {"title": page.title},
        )
    return redirect("wagtailadmin_explore", refused[0].get_parent().pk)


@hooks.register("before_edit_page")
def guard_publishing_and_approval(request, page):
    """Refuse to publish a translation before its source (L2), and to approve while
    the content checks fail (W3); show the checks whenever the editor opens."""
    if request.method == "GET":
        _warn(request, page, page_problems(page))
        is_translation = page.locale.language_code != settings.LANGUAGE_CODE
        if is_translation and not page.permissions_for_user(request.user).can_publish():
            # wagtail-localize's editor offers only "Publish" (#511, #655).
            messages.info(
                request,
                _(
                    "When the translation is ready, submit it for approval in the "
                    "translation queue."
                ),
            )
        return None
    if request.method != "POST":
        return None
    if _is_publish(request) and page.locale.language_code != settings.LANGUAGE_CODE:
        refused = [p for p in translation_problems(page) if p.blocking]
        if refused:
            _warn(request, page, refused)
            return redirect("wagtailadmin_pages:edit", page.pk)
        translation = Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        ).first()
        too_long = length_errors(translation) if translation else []
        if too_long:
            for message in too_long:
                messages.error(request, message)
            return redirect("wagtailadmin_pages:edit", page.pk)
    if (
        request.POST.get("action-workflow-action")
        and request.POST.get("workflow-action-name") in APPROVE_ACTIONS
        and page.current_workflow_task
    ):
        task = page.current_workflow_task.specific
        final = hasattr(task, "is_final_in") and task.is_final_in(
            page.current_workflow_state.workflow
        )
        blocking = approval_problems(page, publishing=final)
        if blocking:
            return redirect(reverse("governance:page_checks", args=[page.pk]) + "?blocked=1")
    return None


@hooks.register("after_edit_page")
def show_checks_after_saving(request, page):
    _warn(request, page, page_problems(page))


@hooks.register("after_create_page")
def show_checks_after_creating(request, page):
    _warn(request, page, page_problems(page))


class ChangesRequestedPanel(Component):
    """The editor's pages sent back by an approver, with the approver's comment."""

    name = "changes_requested"
    template_name = "governance/changes_requested_panel.html"
    order = 205

    def __init__(self, task_states):
        self.task_states = task_states

    def get_context_data(self, parent_context):
        return {"task_states": self.task_states}


@hooks.register("construct_homepage_panels")
def add_changes_requested_panel(request, panels):
    states = (
        TaskState.objects.filter(
            status=TaskState.STATUS_REJECTED,
            workflow_state__status=WorkflowState.STATUS_NEEDS_CHANGES,
            workflow_state__requested_by=request.user,
        )
        .select_related("finished_by", "workflow_state", "task")
        .order_by("-finished_at")[:20]
    )
    states = list(states)
    pages = Page.objects.select_related("locale").in_bulk(
        [int(s.workflow_state.object_id) for s in states]
    )
    rows = [(state, pages.get(int(state.workflow_state.object_id))) for state in states]
    rows = [(state, page) for state, page in rows if page is not None]
    if rows:
        panels.append(ChangesRequestedPanel(rows))
