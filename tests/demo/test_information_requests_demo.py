"""The demo's information requests show the register at work: every state, three
languages, an overdue request, a term over a public holiday, each media urgency."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from demo.information_requests import ensure_information_requests
from engagement.information_requests.models import InformationRequest, Status, Urgency

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "now",
    [
        datetime(2026, 12, 1, 12, tzinfo=ZoneInfo("Asia/Almaty")),
        datetime(2027, 3, 24, 9, tzinfo=ZoneInfo("Asia/Almaty")),
    ],
)
def test_the_demo_requests_cover_every_state_language_and_urgency(now):
    assert InformationRequest.objects.exists()  # load_demo (tests/demo/conftest.py) added them
    assert ensure_information_requests(now) == 0  # and a second run adds nothing
    InformationRequest.objects.all().delete()
    assert ensure_information_requests(now) == 7
    assert ensure_information_requests(now) == 0  # idempotent
    requests = list(InformationRequest.objects.all())
    assert {r.status for r in requests} == set(Status.values)
    assert {r.language for r in requests} == {"kk", "ru", "en"}
    assert {r.urgency for r in requests if r.kind == "media"} == set(Urgency.values)
    assert any(r.is_overdue(now) for r in requests)
    assert any(
        any(day["why"] == "holiday" for day in r.deadline_explanation.get("skipped", []))
        and r.kind != "media"
        for r in requests
    )
    for request in requests:
        assert request.reference.startswith("IR-")
        if request.status in (Status.ANSWERED, Status.REFUSED):
            assert request.decided_by and request.closed_at and request.reply_date
        if request.status == Status.REFUSED:
            assert request.refusal_reason
