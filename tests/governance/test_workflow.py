"""W2: nothing goes live without approval. Sections: section approver, then the
marketing head; the rector's blog: the marketing head. Tested as the roles
through the admin's own URLs."""

from django.urls import reverse

from wagtail.models import Page, PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from tests.governance.conftest import section
from tests.governance.flows import (
    approve,
    create_subsection,
    current_task_name,
    reject,
    subsection_data,
)

pytestmark = pytest.mark.django_db


def test_section_page_goes_live_only_after_both_approvals(login, client):
    editor = login("editor-university")
    page = create_subsection(editor, section("universitet"))
    assert not page.live
    assert client.get(page.get_url()).status_code == 404 if page.get_url() else True
    assert current_task_name(page) == "Section approver"

    # The marketing head cannot skip the section approver.
    assert approve(login("marketing"), page).status_code == 403
    assert current_task_name(page) == "Section approver"

    response = approve(login("approver"), page)
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert current_task_name(page) == "Marketing head"

    approve(login("marketing"), page)
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200
    assert "Бөлімшенің мәтіні." in client.get(page.url).content.decode()

    published = PageLogEntry.objects.filter(page=page, action="wagtail.publish").get()
    assert published.user.username == "marketing"


def test_editor_publish_button_only_submits(login):
    """AC-13: an editor without publish permission who POSTs action-publish gets no live page."""
    editor = login("editor-university")
    parent = section("universitet")
    response = editor.post(
        reverse("wagtailadmin_pages:add", args=["sections", "subsectionpage", parent.pk]),
        subsection_data(slug="crafted-publish", **{"action-publish": "1"}),
    )
    assert response.status_code == 302
    page = Page.objects.get(slug="crafted-publish")
    assert not page.live


def test_rejection_returns_the_page_with_the_comment(login):
    editor = login("editor-university")
    page = create_subsection(editor, section("universitet"))
    comment = "Кестедегі күндерді тексеріңіз."
    assert reject(login("approver"), page, comment).status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state.status == "needs_changes"
    editor_view = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert comment in editor_view
    dashboard = editor.get(reverse("wagtailadmin_home")).content.decode()
    assert comment in dashboard and page.title in dashboard
    rejected = PageLogEntry.objects.filter(page=page, action="wagtail.workflow.reject").get()
    assert rejected.user.username == "approver"


def test_translator_cannot_approve_a_section_page(login):
    page = create_subsection(login("editor-university"), section("universitet"))
    assert approve(login("translator-ru"), page).status_code == 403
    assert current_task_name(page) == "Section approver"


def test_every_section_page_has_the_two_stage_workflow_in_every_language(subtests):
    for slug in ("universitet", "talapkerge", "studentke", "bitirushige", "okytu"):
        for code in ("kk", "ru", "en"):
            with subtests.test(section=slug, language=code):
                workflow = section(slug, code).get_workflow()
                names = [task.name for task in workflow.tasks]
                assert names == ["Section approver", "Marketing head"]


def test_rector_blog_post_goes_through_the_marketing_head(login, client):
    from django.apps import apps

    blog = apps.get_model("news", "BlogIndexPage").objects.get(locale__language_code="kk")
    rector = login("rector")
    response = rector.post(
        reverse("wagtailadmin_pages:add", args=["news", "blogpostpage", blog.pk]),
        nested_form_data(
            {
                "title": "Ректордың жаңа жазбасы",
                "slug": "rektordyn-zhazbasy",
                "intro": "Кіріспе.",
                "date": "2026-01-15",
                "body": streamfield([("paragraph", rich_text("<p>Құрметті әріптестер!</p>"))]),
                "action-submit": "1",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    post = Page.objects.get(slug="rektordyn-zhazbasy")
    assert not post.live
    assert current_task_name(post) == "Marketing head"
    approve(login("marketing"), post)
    post.refresh_from_db()
    assert post.live


def test_publication_log_lists_who_published_what(login):
    page = create_subsection(login("editor-university"), section("universitet"))
    approve(login("approver"), page)
    approve(login("marketing"), page)
    report = login("marketing").get(reverse("governance:publications")).content.decode()
    row = next(
        r for r in report.split("<tr>") if page.title in r and 'data-action="wagtail.publish"' in r
    )
    assert "marketing" in row
    assert login("editor-university").get(reverse("governance:publications")).status_code == 403
