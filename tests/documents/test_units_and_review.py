"""DOC4: a register entry names the units it concerns and a new version e-mails their
responsible persons; plans say why they are needed in three languages, shown in the
library; regulations carry a review date and the freshness report lists overdue ones."""

import datetime

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

import pytest

from documents.register import RegisteredDocument
from governance.freshness import overdue_regulations
from tests import factories
from tests.live import smtp_server

pytestmark = pytest.mark.django_db


@pytest.fixture
def units():
    reader = factories.UserFactory(username="unit-reader", email="reader@example.org")
    quiet = factories.UserFactory(username="unit-quiet", email="")
    return {
        "concerned": factories.UnitFactory(site_editor=reader),
        "without_email": factories.UnitFactory(site_editor=quiet),
        "nobody": factories.UnitFactory(),
        "other": factories.UnitFactory(site_editor=factories.UserFactory(email="o@example.org")),
    }


def register_new_version(entry, capture):
    with capture(execute=True):
        return factories.DocumentVersionFactory(
            document=entry, effective_date=datetime.date(2026, 9, 1), note="Жаңа бөлім қосылды"
        )


def test_a_new_version_emails_the_responsible_persons_of_the_units_it_concerns(
    units, django_capture_on_commit_callbacks
):
    entry = factories.RegisteredDocumentFactory(versions=1)
    entry.units.set([units["concerned"], units["without_email"], units["nobody"]])
    entry.save()
    with smtp_server() as (mail, email_settings), override_settings(**email_settings):
        version = register_new_version(entry, django_capture_on_commit_callbacks)
        received = mail.to("reader@example.org")
        assert len(received) == 1
        text = mail.text(received[0])
        assert entry.code in text and "2026-09-01" in text and "Жаңа бөлім қосылды" in text
        assert str(version.number) in received[0]["Subject"]
        assert not mail.to("o@example.org"), "units the entry does not name hear nothing"


def test_a_restricted_entry_is_announced_only_to_those_who_may_see_it(
    units, django_capture_on_commit_callbacks
):
    entry = factories.RegisteredDocumentFactory(versions=1, restricted=True)
    entry.units.set([units["concerned"]])
    entry.save()
    with smtp_server() as (mail, email_settings), override_settings(**email_settings):
        register_new_version(entry, django_capture_on_commit_callbacks)
        assert not mail.to("reader@example.org")
        group = Group.objects.create(name="Readers of the restricted entry")
        units["concerned"].site_editor.groups.add(group)
        entry.groups.set([group])
        entry.save()
        register_new_version(entry, django_capture_on_commit_callbacks)
        assert len(mail.to("reader@example.org")) == 1


def test_the_purpose_of_a_plan_is_required_in_three_languages_and_shown_in_the_library(client):
    plan = factories.RegisteredDocumentFactory(category="plan", versions=1)
    with pytest.raises(ValidationError) as error:
        plan.full_clean()
    assert {"purpose_kk", "purpose_ru", "purpose_en"} <= set(error.value.message_dict)
    plan.purpose_kk = "Жоспар оқу сапасын арттыру үшін қажет."
    plan.purpose_ru = "План нужен для повышения качества обучения."
    plan.purpose_en = "The plan is needed to raise the quality of teaching."
    plan.full_clean()
    plan.save()
    libraries = factories.page_in_every_language(factories.DocumentLibraryPage)
    for language, library in libraries.items():
        html = client.get(library.url).content.decode()
        assert getattr(plan, f"purpose_{language}") in html, language


def test_regulations_older_than_three_years_are_listed_as_overdue(client):
    today = timezone.localdate()
    old = factories.RegisteredDocumentFactory(versions=0)
    factories.DocumentVersionFactory(
        document=old, effective_date=today.replace(year=today.year - 4)
    )
    fresh = factories.RegisteredDocumentFactory(versions=0)
    factories.DocumentVersionFactory(
        document=fresh, effective_date=today.replace(year=today.year - 1)
    )
    withdrawn = factories.RegisteredDocumentFactory(versions=0, withdrawn=True)
    factories.DocumentVersionFactory(
        document=withdrawn, effective_date=today.replace(year=today.year - 5)
    )
    set_early = factories.RegisteredDocumentFactory(
        versions=1, review_on=today - datetime.timedelta(days=1)
    )
    overdue = {entry.code for entry in overdue_regulations()}
    assert old.code in overdue and set_early.code in overdue
    assert fresh.code not in overdue and withdrawn.code not in overdue
    client.force_login(factories.SuperuserFactory())
    html = client.get(reverse("governance:freshness")).content.decode()
    assert old.code in html and fresh.code not in html


def test_a_review_date_beyond_three_years_or_on_a_non_regulation_is_refused():
    today = timezone.localdate()
    entry = factories.RegisteredDocumentFactory(
        versions=1, review_on=today + datetime.timedelta(days=4 * 366)
    )
    with pytest.raises(ValidationError, match="3"):
        entry.full_clean()
    report = RegisteredDocument(
        code="ТЕСТ–СЫН–ҚЖ–7.5–2025–99.99",
        title_kk="Есеп",
        category="report",
        review_on=today,
    )
    with pytest.raises(ValidationError) as error:
        report.full_clean()
    assert "review_on" in error.value.message_dict
