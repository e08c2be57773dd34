"""W2: approving or publishing says what became of the page and returns the approver
to what still waits ("Waiting for me"), whether they approve from the page editor,
from Wagtail's approval dialog or from the list itself."""

from django.urls import reverse

import pytest

from tests.governance.conftest import section
from tests.governance.flows import approve, create_subsection, in_kazakh, subsection_data

pytestmark = pytest.mark.django_db

WAITING = reverse("governance:waiting")


def _messages(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_approving_in_the_dialog_returns_to_the_waiting_list_with_a_confirmation(login):
    page = create_subsection(login("editor-university"), section("universitet"), slug="dialog")
    approver = login("approver")
    response = approve(approver, page, comment="")
    assert response.status_code == 302 and response["Location"].startswith(WAITING + "?approved=")
    landed = approver.get(response["Location"])
    assert _messages(landed) == [
        in_kazakh(
            "“%(title)s” was approved; it now waits for “%(stage)s”.",
            title=page.title,
            stage="Маркетинг басшысы",
        )
    ]
    # What still waits for this approver: not this page any more.
    assert f'data-page="{page.pk}"' not in landed.content.decode()


def test_approving_from_the_page_editor_lands_on_waiting_for_me_saying_what_is_next(login):
    page = create_subsection(login("editor-university"), section("universitet"), slug="redaktor")
    approver = login("approver")
    response = approver.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {
            **_form_of(approver, page),
            "action-workflow-action": "1",
            "workflow-action-name": "approve",
        },
        follow=True,
    )
    assert response.redirect_chain[-1][0].startswith(WAITING + "?approved=")
    expected = in_kazakh(
        "“%(title)s” was approved; it now waits for “%(stage)s”.",
        title=page.title,
        stage="Маркетинг басшысы",
    )
    assert _messages(response) == [expected]


def test_final_approval_says_the_page_was_published_and_the_list_no_longer_shows_it(login):
    page = create_subsection(login("editor-university"), section("universitet"), slug="sonhy")
    approve(login("approver"), page)
    marketing = login("marketing")
    response = approve(marketing, page)
    followed = marketing.get(response["Location"])
    assert _messages(followed) == [
        in_kazakh("“%(title)s” was approved and published.", title=page.title)
    ]
    assert f'data-page="{page.pk}"' not in followed.content.decode()
    page.refresh_from_db()
    assert page.live


def _form_of(client, page):
    """The edit form's own fields as the approver's browser would post them back."""
    return subsection_data(title=page.title, slug=page.slug)
