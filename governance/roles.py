"""The portal's roles (W1) as Django groups, their permissions and workflows (W2).

``setup_roles()`` is idempotent: it creates what is missing and adds missing
permissions, and never removes anything an administrator granted by hand. The one
exception is ``WITHDRAWN_PAGE_PERMISSIONS``: grants that earlier versions of this
command made and W2 now forbids, taken back so that existing installs follow.

Sections are found in the tree, not hard-coded by id: each S1 section is a Kazakh
``sections.SectionPage`` (and its ru/en translations, separate subtrees that get the
same grants). Apps built in parallel (news, documents) are looked up at run time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from portal.languages import SOURCE_LANGUAGE
from sections import tree

from . import workflow_names
from .models import CheckedApprovalTask

ADMINISTRATORS = "Administrators"
SECTION_APPROVERS = "Section approvers"
MARKETING_HEAD = "Marketing head"
RECTOR = "Rector"
QUALITY_OFFICE = "Quality office"
REQUESTS_OFFICE = "Requests office"
# The requests office handles information requests (E1): it sees and answers them, and
# reads requesters' personal data (E7); administrators keep the working-day calendar.
REQUESTS_OFFICE_PERMISSIONS = (
    "view_informationrequest",
    "change_informationrequest",
    "view_personal_data",
    "view_calendartransfer",
)
TRANSLATORS = {"ru": "Translators ru", "en": "Translators en"}
NEWS_EDITORS = "Section editors: News"
# A unit's responsible person (W §11.5): admin access only; the rights on the unit's
# own pages come from the unit's group (governance.unit_rights).
UNIT_EDITORS = "Unit editors"
# Staff of a unit who fill in the material submission form (W §11.6), and the
# marketing office that accepts submitted material into drafts.
UNIT_STAFF = "Unit staff"
MARKETING_OFFICE = "Marketing office"

# S1 sections with their own editors, by Kazakh slug. News is edited by the press
# service (marketing) through its own group; Contacts feed the footer and are kept
# by administrators only (AC-10).
SECTION_EDITORS = {
    "universitet": "Section editors: University",
    "talapkerge": "Section editors: Applicant",
    "studentke": "Section editors: Student",
    "bitirushige": "Section editors: Graduate",
    "okytu": "Section editors: Education",
}
NEWS_SLUG = "zhanalyktar"

# Stored as msgids, shown in the reader's admin language (governance.workflow_names).
SECTION_WORKFLOW = workflow_names.SECTION_WORKFLOW
MARKETING_WORKFLOW = workflow_names.MARKETING_WORKFLOW
SECTION_APPROVAL_TASK = workflow_names.SECTION_APPROVAL_TASK
MARKETING_APPROVAL_TASK = workflow_names.MARKETING_APPROVAL_TASK

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "lock_page", "unlock_page")

# (group, codename) granted on the root page by earlier versions: the marketing head
# held *publish* so that Wagtail could publish as the final approver, which also let
# them publish and unpublish anything outside a workflow (W2). Approval now publishes
# with the workflow's authority (governance.publishing).
WITHDRAWN_PAGE_PERMISSIONS = ((MARKETING_HEAD, "publish_page"),)
ADMIN_ACCESS = ("wagtailadmin.access_admin",)


@dataclass
class SetupReport:
    created: list[str] = field(default_factory=list)

    def note(self, what: str) -> None:
        self.created.append(what)


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(codename: str) -> Permission:
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(Page), codename=codename
    )


def _group(name: str, report: SetupReport) -> Group:
    group, created = Group.objects.get_or_create(name=name)
    if created:
        report.note(f"group {name}")
    return group


def _grant(group: Group, permissions, report: SetupReport) -> None:
    missing = [p for p in permissions if not group.permissions.filter(pk=p.pk).exists()]
    if missing:
        group.permissions.add(*missing)
        report.note(f"{len(missing)} permissions for {group.name}")


def _grant_collection(group: Group, permissions, report: SetupReport) -> None:
    """Image and document permissions on the root collection (so on every collection).

    Wagtail checks images and documents per collection (GroupCollectionPermission) and
    ignores the group's plain model permissions for them.
    """
    root = Collection.get_first_root_node()
    for permission in permissions:
        _obj, created = GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )
        if created:
            report.note(f"{permission.codename} on all collections for {group.name}")


def _grant_pages(group: Group, pages, codenames, report: SetupReport) -> None:
    for page in pages:
        for codename in codenames:
            _obj, created = GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_page_permission(codename)
            )
            if created:
                report.note(f"{codename} on {page.url_path} for {group.name}")


def _withdraw_pages(group: Group, pages, codenames, report: SetupReport) -> None:
    for page in pages:
        for codename in codenames:
            deleted, _rows = GroupPagePermission.objects.filter(
                group=group, page=page, permission=_page_permission(codename)
            ).delete()
            if deleted:
                report.note(f"withdrew {codename} on {page.url_path} from {group.name}")


def with_translations(page: Page) -> list[Page]:
    """The Kazakh page and its ru/en translations: separate subtrees in the tree."""
    return list(Page.objects.translation_of(page, inclusive=True).order_by("locale_id"))


def _source_children(slug: str, model: str | None = None) -> list[Page]:
    """Kazakh children of the Kazakh home page with this slug (any locale's home)."""
    home = tree.homes(SOURCE_LANGUAGE).first()
    if home is None:
        return []
    children = home.get_children().filter(slug=slug)
    return list(children)


def section_pages(slug: str) -> list[Page]:
    pages = _source_children(slug)
    return with_translations(pages[0]) if pages else []


def blog_index_pages() -> list[Page]:
    try:
        model = apps.get_model("news", "BlogIndexPage")
    except LookupError:
        return []
    return list(Page.objects.type(model).order_by("path"))


def _model_permissions(app_label: str) -> list[Permission]:
    return list(Permission.objects.filter(content_type__app_label=app_label))


def _task(name: str, group: Group, report: SetupReport):
    task = CheckedApprovalTask.objects.filter(name=name).first()
    if task is None:
        task = CheckedApprovalTask.objects.create(name=name)
        report.note(f"task {name}")
    if not task.groups.filter(pk=group.pk).exists():
        task.groups.add(group)
    return task


def _workflow(name: str, tasks, report: SetupReport) -> Workflow:
    workflow, created = Workflow.objects.get_or_create(name=name)
    if created:
        report.note(f"workflow {name}")
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    return workflow


def _assign(workflow: Workflow, pages, report: SetupReport) -> None:
    for page in pages:
        link = WorkflowPage.objects.filter(page=page).first()
        if link is None:
            WorkflowPage.objects.create(page=page, workflow=workflow)
            report.note(f"{workflow.name} on {page.url_path}")
        elif link.workflow_id != workflow.pk and link.workflow.name in {
            "Moderators approval",  # Wagtail's default, replaced by ours
        }:
            link.workflow = workflow
            link.save()
            report.note(f"{workflow.name} on {page.url_path}")


@transaction.atomic
def setup_roles() -> SetupReport:
    report = SetupReport()
    access_admin = [_permission(p) for p in ADMIN_ACCESS]

    administrators = _group(ADMINISTRATORS, report)
    _grant(administrators, Permission.objects.all(), report)
    root = Page.get_first_root_node()
    _grant_pages(
        administrators,
        [root],
        ("add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"),
        report,
    )

    approvers = _group(SECTION_APPROVERS, report)
    marketing = _group(MARKETING_HEAD, report)
    for group in (approvers, marketing):
        _grant(group, access_admin + [_permission("governance.view_governance_reports")], report)
    # The press service pins promoted search results per language (T2).
    _grant(marketing, _model_permissions("wagtailsearchpromotions"), report)

    # Approvers hold no page permission: they act through their workflow task, and
    # the last approval publishes (W2). Only administrators publish directly.
    groups = {
        ADMINISTRATORS: administrators,
        SECTION_APPROVERS: approvers,
        MARKETING_HEAD: marketing,
    }
    for name, codename in WITHDRAWN_PAGE_PERMISSIONS:
        _withdraw_pages(groups[name], [root], (codename,), report)

    section_task = _task(SECTION_APPROVAL_TASK, approvers, report)
    marketing_task = _task(MARKETING_APPROVAL_TASK, marketing, report)
    section_workflow = _workflow(SECTION_WORKFLOW, [section_task, marketing_task], report)
    marketing_workflow = _workflow(MARKETING_WORKFLOW, [marketing_task], report)
    # Everything not covered by a more specific workflow (home, news, contacts) still
    # needs the marketing head's approval: nothing goes live unapproved (W2).
    if root is not None:
        _assign(marketing_workflow, [root], report)

    for slug, name in SECTION_EDITORS.items():
        editors = _group(name, report)
        _grant(editors, access_admin, report)
        pages = section_pages(slug)
        _grant_pages(editors, pages, EDITOR_PAGE_PERMISSIONS, report)
        _assign(section_workflow, pages, report)

    news_editors = _group(NEWS_EDITORS, report)
    _grant(news_editors, access_admin, report)
    _grant_pages(news_editors, section_pages(NEWS_SLUG), EDITOR_PAGE_PERMISSIONS, report)
    # The press service keeps the directory's public persons and experts (N4, E4, E5).
    people = [p for p in _model_permissions("people") if p.codename.endswith("_person")]
    _grant(news_editors, people, report)
    # ... and its records: media about us, accreditation requests, the press list (E4).
    press_records = ("_mediamention", "_accreditationrequest", "_presssubscriber")
    press = [p for p in _model_permissions("news") if p.codename.endswith(press_records)]
    _grant(news_editors, press, report)

    images_and_documents = [
        *_model_permissions("wagtailimages"),
        *_model_permissions("wagtaildocs"),
    ]
    choose_media = [
        p
        for p in images_and_documents
        if p.codename in {"add_image", "choose_image", "add_document", "choose_document"}
    ]
    # Editors start the translations of their own pages (wagtail-localize checks this
    # permission only; governance.access adds the page check).
    submit_translation = [_permission("wagtail_localize.submit_translation")]
    unit_editors = _group(UNIT_EDITORS, report)
    _grant(unit_editors, access_admin, report)
    editing_groups = [news_editors, unit_editors]
    for group in [*editing_groups, *Group.objects.filter(name__in=SECTION_EDITORS.values())]:
        _grant(group, submit_translation, report)
        _grant_collection(group, choose_media, report)

    submissions = {
        p.codename: p for p in _model_permissions("participation") if "submission" in p.codename
    }
    unit_staff = _group(UNIT_STAFF, report)
    _grant(unit_staff, access_admin + [submissions["add_submission"]], report)
    _grant(unit_editors, [submissions["add_submission"]], report)
    office = _group(MARKETING_OFFICE, report)
    _grant(
        office,
        access_admin
        + submit_translation
        + [submissions["review_submission"], submissions["view_submission"]],
        report,
    )
    _grant_collection(office, choose_media, report)
    # The office edits the drafts it accepts into News before they go to approval.
    _grant_pages(office, section_pages(NEWS_SLUG), EDITOR_PAGE_PERMISSIONS, report)

    rector = _group(RECTOR, report)
    _grant(rector, access_admin + submit_translation, report)
    _grant_collection(rector, choose_media, report)
    blogs = blog_index_pages()
    _grant_pages(rector, blogs, EDITOR_PAGE_PERMISSIONS, report)
    # The rector's posts go through the marketing head only (P §9.4, W §13).
    _assign(marketing_workflow, blogs, report)

    quality = _group(QUALITY_OFFICE, report)
    _grant(quality, access_admin + _model_permissions("documents"), report)
    _grant_collection(quality, _model_permissions("wagtaildocs"), report)

    office = _group(REQUESTS_OFFICE, report)
    office_permissions = [
        p
        for p in _model_permissions("information_requests")
        if p.codename in REQUESTS_OFFICE_PERMISSIONS
    ]
    _grant(office, access_admin + office_permissions, report)

    for language, name in TRANSLATORS.items():
        translators = _group(name, report)
        _grant(translators, access_admin, report)
        # Each locale is its own tree under its own home page, so edit rights on that
        # home page are edit rights on that language and no other.
        homes = tree.homes(language)
        _grant_pages(translators, homes, ("change_page", "lock_page", "unlock_page"), report)

    return report
