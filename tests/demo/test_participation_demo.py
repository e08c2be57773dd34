"""The demo shows participation at work: units from the regulations in three languages,
material in each state of the appendix form's process, and public discussions."""

from django.core.management import call_command

from wagtail.models import Locale

import pytest

from engagement.participation.models import (
    DiscussionPage,
    DiscussionState,
    Proposal,
    Submission,
    SubmissionStatus,
)
from people.models import Unit

pytestmark = pytest.mark.django_db


def test_the_units_of_the_regulations_exist_in_three_languages(demo):
    kk = Unit.objects.filter(locale__language_code="kk")
    assert kk.filter(kind="faculty", page__isnull=False).count() >= 3
    assert kk.filter(name__icontains="Маркетинг").exists()
    assert kk.filter(name__icontains="Қоғаммен байланыс").exists()
    assert kk.filter(name__icontains="Сапаны").exists()
    for unit in kk:
        for language in ("ru", "en"):
            assert unit.has_translation(Locale.objects.get(language_code=language)), unit


def test_submissions_wait_in_each_state_and_one_became_a_news_draft(demo):
    assert Submission.objects.filter(status=SubmissionStatus.AWAITING_HEAD).exists()
    assert Submission.objects.filter(status=SubmissionStatus.AWAITING_OFFICE).exists()
    accepted = Submission.objects.get(status=SubmissionStatus.ACCEPTED)
    page = accepted.page.specific
    assert not page.live and page.locale.language_code == "kk"
    assert page.hero_image is not None
    ru = page.get_translation(Locale.objects.get(language_code="ru"))
    assert ru.title == accepted.topic_ru


def test_an_open_and_a_closed_discussion_have_proposals(demo):
    discussions = DiscussionPage.objects.filter(locale__language_code="kk")
    states = {page.state() for page in discussions}
    assert {DiscussionState.OPEN, DiscussionState.CLOSED} <= states
    for page in discussions:
        assert Proposal.objects.filter(page=page).exists()
        assert page.has_translation(Locale.objects.get(language_code="en"))


def test_loading_the_demo_again_adds_no_participation_content(demo):
    before = (Submission.objects.count(), DiscussionPage.objects.count(), Unit.objects.count())
    call_command("load_demo", verbosity=0)
    assert before == (
        Submission.objects.count(),
        DiscussionPage.objects.count(),
        Unit.objects.count(),
    )
