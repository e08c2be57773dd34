"""Editing the working-day calendar moves the due dates of open requests, records why,
and leaves closed requests alone (alaveteli#7292)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from engagement.information_requests.models import CalendarTransfer, DeadlineChange, Status
from tests.factories import InformationRequestFactory

pytestmark = pytest.mark.django_db
ALMATY = ZoneInfo("Asia/Almaty")


def end_of(year, month, day):
    return datetime(year, month, day, 23, 59, 59, tzinfo=ALMATY)


def test_a_decreed_day_off_moves_open_requests_and_records_the_decree():
    open_request = InformationRequestFactory(received_at=datetime(2026, 4, 29, 9, tzinfo=ALMATY))
    answered = InformationRequestFactory(
        received_at=datetime(2026, 4, 29, 9, tzinfo=ALMATY), status=Status.ANSWERED
    )
    assert open_request.due_at == end_of(2026, 5, 18)

    transfer = CalendarTransfer.objects.create(
        date=date(2026, 5, 4), is_working_day=False, reason="Decree No. 2 (test)"
    )

    open_request.refresh_from_db()
    answered.refresh_from_db()
    assert open_request.due_at == end_of(2026, 5, 19)
    assert answered.due_at == end_of(2026, 5, 18)
    change = DeadlineChange.objects.get(request=open_request)
    assert change.previous_due_at == end_of(2026, 5, 18)
    assert change.due_at == end_of(2026, 5, 19)
    assert "Decree No. 2 (test)" in change.reason
    assert "2026-05-04" in change.reason
    assert not DeadlineChange.objects.filter(request=answered).exists()
    skipped = {e["date"]: e["why"] for e in open_request.deadline_explanation["skipped"]}
    assert skipped["2026-05-04"] == "decreed_day_off"

    transfer.delete()
    open_request.refresh_from_db()
    assert open_request.due_at == end_of(2026, 5, 18)
    assert open_request.deadline_changes.count() == 2


def test_a_working_saturday_brings_a_due_date_forward():
    request = InformationRequestFactory(received_at=datetime(2026, 11, 7, 11, tzinfo=ALMATY))
    assert request.due_at == end_of(2026, 11, 23)
    CalendarTransfer.objects.create(date=date(2026, 11, 7), is_working_day=True, reason="Decree")
    request.refresh_from_db()
    assert request.due_at == end_of(2026, 11, 20)


def test_overdue_and_due_today_flags_follow_the_due_date():
    now = datetime(2026, 5, 19, 12, tzinfo=ALMATY)
    overdue = InformationRequestFactory(received_at=datetime(2026, 4, 29, 9, tzinfo=ALMATY))
    due_today = InformationRequestFactory(received_at=datetime(2026, 4, 30, 9, tzinfo=ALMATY))
    answered_late = InformationRequestFactory(
        received_at=datetime(2026, 4, 1, 9, tzinfo=ALMATY), status=Status.ANSWERED
    )
    assert overdue.due_at == end_of(2026, 5, 18)
    assert due_today.due_at == end_of(2026, 5, 19)
    assert overdue.is_overdue(now) and not overdue.is_due_today(now)
    assert due_today.is_due_today(now) and not due_today.is_overdue(now)
    assert not answered_late.is_overdue(now)
    model = type(overdue)
    assert set(model.objects.overdue(now)) >= {overdue}
    assert answered_late not in model.objects.overdue(now)
    assert due_today in model.objects.due_today(now)
    assert overdue not in model.objects.due_today(now)
