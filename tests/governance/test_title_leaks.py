"""AC-1: a draft's or a private page's title is shown only to those who may edit it.

A section editor of A and a translator must not learn the titles of section B's
unpublished or private pages from the translation queue or from a bulk-action
confirmation built with B's page ids.
"""

from django.urls import reverse

from wagtail.models import Page, PageViewRestriction

import pytest

from governance import roles
from tests.governance.builders import client_for, make_page, user_in
from tests.governance.conftest import section

pytestmark = pytest.mark.django_db

QUEUE = reverse("governance:translation_queue")
DRAFT_TITLE = "Жарияланбаған B жобасы"
PRIVATE_TITLE = "Жабық B беті"
PUBLIC_TITLE = "Ашық B беті"


@pytest.fixture
def section_b_pages():
    applicant = section("talapkerge")
    draft = make_page(applicant, "b-draft", live=False, title=DRAFT_TITLE)
    private = make_page(applicant, "b-private", live=True, title=PRIVATE_TITLE)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    public = make_page(applicant, "b-public", live=True, title=PUBLIC_TITLE)
    return draft, private, public


@pytest.mark.parametrize(
    "group", [roles.SECTION_EDITORS["universitet"], roles.TRANSLATORS["ru"], roles.RECTOR]
)
def test_queue_hides_another_sections_drafts_and_private_pages(client, section_b_pages, group):
    client_for(client, user_in(group, "outsider"))
    response = client.get(QUEUE)
    assert response.status_code == 200
    html = response.content.decode()
    assert PUBLIC_TITLE in html
    assert DRAFT_TITLE not in html
    assert PRIVATE_TITLE not in html


def test_queue_shows_a_sections_drafts_and_private_pages_to_its_editor(client, section_b_pages):
    client_for(client, user_in(roles.SECTION_EDITORS["talapkerge"], "insider"))
    html = client.get(QUEUE).content.decode()
    assert DRAFT_TITLE in html and PRIVATE_TITLE in html and PUBLIC_TITLE in html


@pytest.mark.parametrize("action", ["publish", "unpublish", "delete", "move"])
def test_bulk_confirmation_does_not_name_a_draft_the_user_cannot_edit(
    client, section_b_pages, action
):
    draft, private, _public = section_b_pages
    client_for(client, user_in(roles.SECTION_EDITORS["universitet"], "outsider"))
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
    response = client.get(f"{url}?id={draft.pk}&id={private.pk}")
    assert response.status_code in (200, 403)
    html = response.content.decode()
    assert DRAFT_TITLE not in html
    assert PRIVATE_TITLE not in html


def test_crafted_bulk_delete_of_another_sections_draft_is_refused(client, section_b_pages):
    draft, _private, _public = section_b_pages
    client_for(client, user_in(roles.SECTION_EDITORS["universitet"], "outsider"))
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    response = client.post(f"{url}?id={draft.pk}")
    assert response.status_code == 403
    assert Page.objects.filter(pk=draft.pk).exists()


def test_bulk_confirmation_still_names_the_editors_own_draft(client, section_b_pages):
    """Omitting is for pages the user may not see: their own draft is named, with
    Wagtail's "you don't have permission to publish" note."""
    draft, _private, _public = section_b_pages
    client_for(client, user_in(roles.SECTION_EDITORS["talapkerge"], "insider"))
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    assert DRAFT_TITLE in client.get(f"{url}?id={draft.pk}").content.decode()
