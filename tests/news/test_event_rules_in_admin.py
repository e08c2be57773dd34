"""The 5-day announcement rule is for staff: it is explained in the admin next to the
start date, not printed on the public events page (issue 17)."""

from django.urls import reverse

import pytest

from governance import roles
from tests import factories

pytestmark = pytest.mark.django_db


def test_the_event_form_explains_the_lead_time_rule_to_the_editor(client):
    client.force_login(factories.role_user(roles.NEWS_EDITORS))
    calendar = factories.event_index()
    html = client.get(
        reverse("wagtailadmin_pages:add", args=["news", "eventpage", calendar.pk])
    ).content.decode()
    # The editor works in Kazakh: "at least 5 days before they start".
    assert "басталудан кемінде 5 күн бұрын" in html


def test_the_public_events_page_states_no_staff_rule(client):
    from demo.content.events import EVENTS

    for language in ("kk", "ru", "en"):
        assert "5" not in EVENTS.intro[language]
