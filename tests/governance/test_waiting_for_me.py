"""The approver's "waiting for me" screen (W2, issue 17): the page, the stage, the
submitter and the content-check result; approving from it confirms what became of
the page and returns to what still waits."""

from django.urls import reverse

import pytest

from tests.governance.conftest import section
from tests.governance.flows import create_subsection, current_task_name

pytestmark = pytest.mark.django_db

WAITING = reverse("governance:waiting")


def row_of(html: str, page) -> str:
    return html.split(f'data-page="{page.pk}"', 1)[1].split("</tr>", 1)[0]


def approve_from_the_list(client, page):
    html = client.get(WAITING).content.decode()
    form = row_of(html, page).split("<form", 1)[1].split("</form>", 1)[0]
    action = form.split('action="', 1)[1].split('"', 1)[0]
    following = form.split('name="next" value="', 1)[1].split('"', 1)[0]
    return client.post(action, {"next": following.replace("&amp;", "&")}, follow=True)


def test_the_approver_sees_page_stage_submitter_and_checks_and_returns_after_approving(login):
    editor = login("editor-university")
    page = create_subsection(editor, section("universitet"), slug="kutude")
    approver = login("approver")
    html = approver.get(WAITING).content.decode()
    row = row_of(html, page)
    # The stage in the approver's admin language (governance.workflow_names).
    assert page.title in row and "Бөлімді бекітуші" in row and "editor-university" in row

    response = approve_from_the_list(approver, page)
    assert response.redirect_chain[-1][0].startswith(WAITING + "?approved=")
    assert current_task_name(page) == "Marketing head"
    content = response.content.decode()
    assert "Маркетинг басшысы" in content and page.title in content  # the confirmation
    assert f'data-page="{page.pk}"' not in content  # no longer waits for this approver

    marketing = login("marketing")
    published = approve_from_the_list(marketing, page)
    page.refresh_from_db()
    assert page.live
    assert page.title in published.content.decode()
    assert f'data-page="{page.pk}"' not in published.content.decode()


def test_a_page_failing_its_checks_shows_the_problems_and_no_approve_button(login):
    page = create_subsection(
        login("editor-university"),
        section("universitet"),
        slug="dailyndaluda",
        text="Ақпарат дайындалуда.",
    )
    row = row_of(login("approver").get(WAITING).content.decode(), page)
    assert reverse("governance:page_checks", args=[page.pk]) in row
    assert "<form" not in row


def test_only_approvers_have_the_screen_and_bad_input_is_a_400(login):
    for username in ("editor-university", "translator-ru", "quality"):
        assert login(username).get(WAITING).status_code == 403, username
    approver = login("approver")
    assert approver.get(WAITING, {"approved": "abc"}).status_code == 400
    assert approver.get(WAITING, {"approved": "99999999"}).status_code == 400
