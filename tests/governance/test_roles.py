"""W1: roles are groups made by an idempotent command; editors of one section cannot
touch another section, in any language."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page, WorkflowPage

import pytest

from governance.roles import SECTION_EDITORS, setup_roles
from tests.governance.conftest import section
from tests.governance.flows import subsection_data
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        sorted(Group.objects.values_list("name", flat=True)),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        sum(group.permissions.count() for group in Group.objects.all()),
        sorted(WorkflowPage.objects.values_list("page_id", "workflow__name")),
    )


def test_setup_roles_twice_changes_nothing(capsys):
    before = snapshot()
    assert setup_roles().created == []
    call_command("setup_roles")
    assert "nothing to do" in capsys.readouterr().out
    assert snapshot() == before


def test_every_role_has_its_group():
    names = set(Group.objects.values_list("name", flat=True))
    expected = {
        "Administrators",
        "Section approvers",
        "Marketing head",
        "Translators ru",
        "Translators en",
        "Rector",
        "Quality office",
        *SECTION_EDITORS.values(),
    }
    assert expected <= names


def test_only_administrators_may_manage_users():
    """AC-12: user management equals superuser, so no other group holds it."""
    for codename in ("add_user", "change_user"):
        permission = Permission.objects.get(codename=codename, content_type__app_label="auth")
        holders = set(permission.group_set.values_list("name", flat=True))
        assert holders <= {"Administrators"}


def test_section_editor_edits_own_section_in_all_three_languages(login, subtests):
    client = login("editor-university")
    for code in LANGUAGE_CODES:
        with subtests.test(language=code):
            page = section("universitet", code)
            assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
            child = page.get_children().first()
            assert client.get(f"/admin/pages/{child.pk}/edit/").status_code == 200


ADMIN_VIEWS = ["edit", "history", "copy", "move", "delete", "unpublish"]


def test_section_editor_gets_403_on_another_section(login, subtests):
    """AC-1/AC-2: edit, history, copy, move… of another section are refused."""
    client = login("editor-university")
    for code in LANGUAGE_CODES:
        other = section("talapkerge", code)
        for view in ADMIN_VIEWS:
            with subtests.test(language=code, view=view):
                response = client.get(f"/admin/pages/{other.pk}/{view}/")
                assert response.status_code == 403
        with subtests.test(language=code, view="add"):
            url = f"/admin/pages/add/sections/subsectionpage/{other.pk}/"
            assert client.get(url).status_code == 403


def test_crafted_post_to_another_section_changes_nothing(login):
    client = login("editor-university")
    other = section("talapkerge")
    before = (other.title, other.latest_revision_id, other.get_children_count())
    edit = client.post(
        f"/admin/pages/{other.pk}/edit/",
        subsection_data(title="Hijacked", slug=other.slug, **{"action-publish": "1"}),
    )
    add = client.post(
        f"/admin/pages/add/sections/subsectionpage/{other.pk}/",
        subsection_data(slug="hijacked", **{"action-publish": "1"}),
    )
    assert (edit.status_code, add.status_code) == (403, 403)
    other.refresh_from_db()
    assert (other.title, other.latest_revision_id, other.get_children_count()) == before
    assert not Page.objects.filter(slug="hijacked").exists()


def test_translator_edits_only_their_language(login, subtests):
    page = section("universitet", "kk")
    translated = {code: section("universitet", code) for code in LANGUAGE_CODES}
    for username, own in (("translator-ru", "ru"), ("translator-en", "en")):
        client = login(username)
        for code in LANGUAGE_CODES:
            with subtests.test(user=username, language=code):
                status = client.get(f"/admin/pages/{translated[code].pk}/edit/").status_code
                assert status == (200 if code == own else 403)
    assert page.live


def test_quality_office_manages_documents_but_no_pages(login):
    from django.apps import apps

    user = get_user_model().objects.get(username="quality")
    documents = [
        f"documents.{p.codename}"
        for p in Permission.objects.filter(content_type__app_label="documents")
    ]
    assert all(user.has_perm(name) for name in documents)
    assert (
        not apps.get_model("wagtailcore", "GroupPagePermission")
        .objects.filter(group__name="Quality office")
        .exists()
    )
    client = login("quality")
    assert client.get(f"/admin/pages/{section('universitet').pk}/edit/").status_code == 403
    # Wagtail grants documents per collection: the office can really upload files.
    assert client.get("/admin/documents/multiple/add/").status_code == 200


def test_editors_and_the_rector_can_choose_images_and_documents(login, subtests):
    for username in ("editor-university", "editor-news", "rector"):
        with subtests.test(user=username):
            client = login(username)
            assert client.get("/admin/images/chooser/").status_code == 200
            assert client.get("/admin/documents/chooser/").status_code == 200


def test_preview_of_another_sections_page_is_refused(login):
    """AC-8: the preview endpoints check edit permission too."""
    other = section("talapkerge")
    response = login("editor-university").post(
        f"/admin/pages/{other.pk}/edit/preview/", subsection_data(slug=other.slug)
    )
    assert response.status_code == 403


ROLES = [
    "admin",
    "editor-university",
    "approver",
    "marketing",
    "translator-ru",
    "rector",
    "quality",
]
GOVERNANCE_SCREENS = {
    # The queue is for translators, those who start translations and approvers;
    # editing stays behind each page's own permissions.
    "governance:translation_queue": set(ROLES) - {"quality"},
    "governance:publications": {"approver", "marketing", "admin"},
    "governance:freshness": {"approver", "marketing", "admin"},
}


def test_role_matrix_of_the_governance_screens(login, subtests):
    """AC-11 for our own screens: who gets 200 and who gets 403."""
    from django.urls import reverse

    for name, allowed in GOVERNANCE_SCREENS.items():
        for username in ROLES:
            with subtests.test(screen=name, user=username):
                status = login(username).get(reverse(name)).status_code
                assert status == (200 if username in allowed else 403)
