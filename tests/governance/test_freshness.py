"""W4: each section has a responsible person and an interval; the report lists
pages whose review is overdue, and owners get reminders by e-mail."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

import pytest

from governance.freshness import owners_of
from governance.models import SectionReview
from tests.governance.conftest import section

pytestmark = pytest.mark.django_db

REPORT = reverse("governance:freshness")


def make_stale(slug="universitet", days=400):
    review = SectionReview.objects.get(page=section(slug))
    long_ago = timezone.now() - timedelta(days=days)
    review.last_reviewed = long_ago.date()
    review.interval_days = 180
    review.save()
    Page.objects.descendant_of(review.page, inclusive=True).update(last_published_at=long_ago)
    return review


OWNERS = {
    "universitet": "editor-university",
    "talapkerge": "editor-applicant",
    "studentke": "editor-student",
    "bitirushige": "editor-graduate",
    "okytu": "editor-education",
}


def test_every_section_has_a_review_record_and_its_editors_answer_for_it(subtests):
    """Until an owner is named, the section's editors are responsible for it."""
    for slug, username in OWNERS.items():
        with subtests.test(section=slug):
            review = SectionReview.objects.get(page=section(slug))
            assert review.interval_days > 0
            assert [user.username for user in owners_of(review)] == [username]


def test_report_lists_a_page_whose_review_date_is_past_with_its_owner(login):
    review = make_stale()
    owner = get_user_model().objects.get(username="approver")
    review.owner = owner
    review.save()
    html = login("marketing").get(REPORT).content.decode()
    stale = html.split('id="stale-pages"', 1)[1].split("</table>", 1)[0]
    assert review.page.title in stale
    assert "approver" in stale
    assert section("talapkerge").title not in stale


def test_report_is_empty_when_everything_is_fresh(login):
    html = login("marketing").get(REPORT).content.decode()
    stale = html.split('id="stale-pages"', 1)[1].split("</table>", 1)[0]
    assert section("universitet").title not in stale


def test_marking_a_section_reviewed_clears_it(login):
    review = make_stale()
    client = login("editor-university")  # the section's editors own it until an owner is named
    response = client.post(reverse("governance:mark_reviewed"), {"review": review.pk})
    assert response.status_code == 302
    review.refresh_from_db()
    assert review.last_reviewed == timezone.localdate()


def test_another_sections_editor_cannot_mark_it_reviewed(login):
    review = make_stale()
    response = login("editor-applicant").post(
        reverse("governance:mark_reviewed"), {"review": review.pk}
    )
    assert response.status_code == 403
    review.refresh_from_db()
    assert review.last_reviewed < timezone.localdate()


def test_send_review_reminders_emails_the_owner():
    make_stale()
    mail.outbox.clear()
    call_command("send_review_reminders")
    recipients = {address for message in mail.outbox for address in message.to}
    assert "editor-university@example.org" in recipients
    message = next(m for m in mail.outbox if "editor-university@example.org" in m.to)
    assert section("universitet").title in message.body


def test_report_is_refused_to_editors(login):
    assert login("editor-university").get(REPORT).status_code == 403
