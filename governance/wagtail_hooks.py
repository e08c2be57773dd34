"""Admin wiring: screens, menu entries, the editor's content-check messages, the
guards on publishing, unpublishing and approving, and the "changes requested"
dashboard panel."""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState
from wagtail_localize.models import Translation

from portal.languages import is_source

from . import urls
from .access import (
    forbidden,
    guarded_edit_string_translation,
    guarded_submit_page_translation,
    guarded_update_translations,
)
from .bulk_actions import GOVERNED_BULK_ACTIONS
from .checks import approval_problems, page_problems, translation_problems
from .editor_messages import add_once, discard_messages, is_background_save
from .forms import UnpublishReasonForm
from .permissions import can_use_translation_queue, can_view_reports
from .publishing import (
    REFUSED_PUBLISHING,
    REFUSED_UNPUBLISHING,
    UNPUBLISH_REASON_LOG_ACTION,
    UnpublishReasonFormatter,
    may_publish_directly,
    record_unpublish_reason,
)
from .translation_sync import length_errors
from .waiting import approved_url, is_approver
from .workflow_names import translate_log_titles

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


class WaitingMenuItem(MenuItem):
    def is_shown(self, request):
        return is_approver(request.user)


@hooks.register("register_admin_menu_item")
def register_waiting_menu_item():
    return WaitingMenuItem(
        gettext_lazy("Waiting for me"),
        reverse("governance:waiting"),
        icon_name="tasks",
        order=240,
        name="waiting-for-me",
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
    if is_background_save(request):
        return
    for problem in problems:
        level = messages.ERROR if problem.blocking else messages.WARNING
        add_once(request, level, _("Content check: %(message)s") % {"message": problem.message})


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
        if not is_source(page) and any(problem.blocking for problem in translation_problems(page))
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
        is_translation = not is_source(page)
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
    if _is_publish(request) and not is_source(page):
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
        request.governance_approving = page.current_workflow_task_state.pk
    return None


def _refuse_publishing(request, message=REFUSED_PUBLISHING):
    messages.error(request, message)
    return forbidden(request)


@hooks.register("before_edit_page")
def publish_only_through_approval(request, page):
    """W2: the editor's "Publish" (the page editor, "revert to this version", and
    wagtail-localize's translation editor, which all post here) is for administrators.
    Wagtail already turns "Publish" into "Save draft" for users without *publish*;
    this refuses those who hold it by some other grant."""
    if request.method != "POST" or not _is_publish(request):
        return None
    if page.permissions_for_user(request.user).can_publish() and not may_publish_directly(
        request.user
    ):
        return _refuse_publishing(request)
    return None


@hooks.register("before_create_page", order=-10)
def create_pages_only_when_the_editor_saves(request, parent_page, page_class):
    """Wagtail 8's autosave posts a new page's form in the background and so creates the
    page before the editor has saved; a retry with the same title then meets its own
    slug. A new page is created by the editor's own "Save draft" or "Submit"; autosave
    starts once the page exists. The ``invalid_revision`` code makes Wagtail's script
    stop autosaving this form instead of retrying."""
    if request.method != "POST" or not is_background_save(request):
        return None
    return JsonResponse(
        {
            "success": False,
            "error_code": "invalid_revision",
            "error_message": _("Not saved yet: a new page is saved when you save it."),
        },
        status=400,
    )


@hooks.register("before_create_page")
def create_and_publish_only_for_administrators(request, parent_page, page_class):
    if request.method != "POST" or not request.POST.get("action-publish"):
        return None
    can_publish = parent_page.permissions_for_user(request.user).can_publish_subpage()
    if can_publish and not may_publish_directly(request.user):
        return _refuse_publishing(request)
    return None


@hooks.register("before_copy_page")
def copy_published_only_for_administrators(request, page):
    """A live copy or an alias is a page published without approval."""
    if request.method != "POST" or may_publish_directly(request.user):
        return None
    if request.POST.get("publish_copies") or request.POST.get("alias"):
        return _refuse_publishing(request)
    return None


@hooks.register("construct_page_action_menu")
def offer_publishing_only_to_administrators(menu_items, request, context):
    if may_publish_directly(request.user):
        return
    menu_items[:] = [
        item for item in menu_items if item.name not in {"action-publish", "action-unpublish"}
    ]


@hooks.register("before_unpublish_page")
def unpublish_only_by_an_administrator_with_a_reason(request, page):
    """W2: taking a live page down is an administrator's act with a recorded reason."""
    from .views.unpublish import UnpublishReasonMissingView

    if not may_publish_directly(request.user):
        return _refuse_publishing(request, REFUSED_UNPUBLISHING)
    form = UnpublishReasonForm(request.POST)
    if not form.is_valid():
        return UnpublishReasonMissingView.as_view(reason_form=form)(request, page_id=page.pk)
    return None


@hooks.register("after_unpublish_page")
def record_the_reason_for_unpublishing(request, page):
    form = UnpublishReasonForm(request.POST)
    if form.is_valid():
        record_unpublish_reason(page, request.user, form.cleaned_data["reason"])


@hooks.register("register_log_actions")
def register_unpublish_reason_log_action(actions):
    actions.register_action(UNPUBLISH_REASON_LOG_ACTION)(UnpublishReasonFormatter)


@hooks.register("register_log_actions", order=100)
def show_workflow_names_in_history_translated(actions):
    translate_log_titles(actions)


for _bulk_action in GOVERNED_BULK_ACTIONS:
    # After Wagtail's own (order 0), so these replace them in the bulk-action registry.
    hooks.register("register_bulk_action", _bulk_action, order=1)


@hooks.register("after_edit_page")
def show_checks_after_saving(request, page):
    _warn(request, page, page_problems(page))


@hooks.register("after_create_page")
def show_checks_after_creating(request, page):
    _warn(request, page, page_problems(page))


@hooks.register("after_edit_page")
def return_approvers_to_what_still_waits(request, page):
    """W2: approving from the page editor ends, like approving from the list, on
    "Waiting for me", which confirms what became of the page."""
    approving = getattr(request, "governance_approving", None)
    if approving is None:
        return None
    approved = TaskState.objects.filter(
        pk=approving, status=TaskState.STATUS_APPROVED, finished_by=request.user
    ).exists()
    if not approved:
        return None
    discard_messages(request)
    return redirect(approved_url(approving))


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
