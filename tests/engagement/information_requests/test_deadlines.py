"""The deadline engine over Kazakhstan's real calendar of 2025–2027 (holidays KZ) and
decreed transfers, with explicit moments of receipt (the clock is never read)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from engagement.information_requests.deadlines import (
    DECREED_DAY_OFF,
    HOLIDAY,
    RULE_MEDIA_CURRENT,
    RULE_MEDIA_IN_DEPTH,
    RULE_MEDIA_OWN,
    RULE_MEDIA_URGENT,
    RULE_WRITTEN,
    WEEKEND,
    Transfer,
    WorkingCalendar,
    compute_deadline,
)

ALMATY = ZoneInfo("Asia/Almaty")
UTC = ZoneInfo("UTC")

# A hypothetical decree, for the tests: a Saturday made a working day and a Monday a day off.
WORKING_SATURDAY = Transfer(date(2026, 11, 7), True, "Decree No. 1 (test)")
BRIDGE_MONDAY = Transfer(date(2026, 5, 4), False, "Decree No. 2 (test)")


def at(*parts, tz=ALMATY):
    return datetime(*parts, tzinfo=tz)


def end_of(year, month, day):
    return datetime(year, month, day, 23, 59, 59, tzinfo=ALMATY)


WRITTEN_CASES = [
    # (what, received at, transfers, due at)
    (
        "Friday evening: counting starts on Monday",
        at(2026, 1, 9, 19, 30),
        [],
        end_of(2026, 1, 23),
    ),
    (
        "late Friday in UTC is Saturday in Astana: counts as received on Monday",
        at(2026, 1, 9, 20, 0, tz=UTC),
        [],
        end_of(2026, 1, 26),
    ),
    (
        "received on Nowruz 2026: counts from the first working day after the holidays",
        at(2026, 3, 23, 10, 0),
        [],
        end_of(2026, 4, 9),
    ),
    (
        "across New Year and Orthodox Christmas 2025-2026",
        at(2025, 12, 26, 17, 0),
        [],
        end_of(2026, 1, 14),
    ),
    (
        "8 March observed and Nowruz 2025 inside the period",
        at(2025, 3, 7, 10, 0),
        [],
        end_of(2025, 3, 27),
    ),
    (
        "Nowruz 2027 inside the period",
        at(2027, 3, 18, 12, 0),
        [],
        end_of(2027, 4, 6),
    ),
    (
        "Saturday without a decree counts as received on Monday",
        at(2026, 11, 7, 11, 0),
        [],
        end_of(2026, 11, 23),
    ),
    (
        "a Saturday made a working day by decree is the day of receipt",
        at(2026, 11, 7, 11, 0),
        [WORKING_SATURDAY],
        end_of(2026, 11, 20),
    ),
    (
        "May holidays 2026 without a decree",
        at(2026, 4, 29, 9, 0),
        [],
        end_of(2026, 5, 18),
    ),
    (
        "a Monday made a day off by decree moves the due date by one working day",
        at(2026, 4, 29, 9, 0),
        [BRIDGE_MONDAY],
        end_of(2026, 5, 19),
    ),
]


@pytest.mark.parametrize("kind", ["citizen", "organisation"])
@pytest.mark.parametrize(
    ("what", "received_at", "transfers", "due_at"),
    WRITTEN_CASES,
    ids=[case[0] for case in WRITTEN_CASES],
)
def test_written_requests_are_due_at_the_end_of_the_tenth_working_day(
    kind, what, received_at, transfers, due_at
):
    deadline = compute_deadline(
        kind=kind,
        received_at=received_at,
        calendar=WorkingCalendar.from_transfers(transfers),
    )
    assert deadline.due_at == due_at
    assert deadline.explanation["rule"] == RULE_WRITTEN
    assert len(deadline.explanation["working_days"]) == 10
    assert deadline.explanation["working_days"][-1] == due_at.date().isoformat()


def test_explanation_lists_each_skipped_day_and_why():
    deadline = compute_deadline(
        kind="citizen",
        received_at=at(2026, 4, 29, 9, 0),
        calendar=WorkingCalendar.from_transfers([BRIDGE_MONDAY]),
    )
    skipped = {entry["date"]: entry for entry in deadline.explanation["skipped"]}
    assert skipped["2026-05-01"]["why"] == HOLIDAY
    assert "Solidarity" in skipped["2026-05-01"]["name"]
    assert skipped["2026-05-01"]["names"]["kk"] == "Қазақстан халқының бірлігі мерекесі"
    assert skipped["2026-05-02"]["why"] == WEEKEND
    assert skipped["2026-05-04"] == {
        "date": "2026-05-04",
        "why": DECREED_DAY_OFF,
        "name": "Decree No. 2 (test)",
    }
    assert skipped["2026-05-11"]["why"] == HOLIDAY  # Victory Day, observed
    assert deadline.explanation["received_at"] == "2026-04-29T09:00:00+05:00"
    assert deadline.explanation["first_counted_day"] == "2026-04-30"


def test_explanation_says_a_holiday_receipt_counts_from_the_next_working_day():
    deadline = compute_deadline(
        kind="citizen", received_at=at(2026, 3, 23, 10, 0), calendar=WorkingCalendar()
    )
    assert deadline.explanation["counts_as_received_on"] == "2026-03-26"
    assert deadline.explanation["first_counted_day"] == "2026-03-27"
    skipped = [entry["date"] for entry in deadline.explanation["skipped"]]
    assert skipped[:3] == ["2026-03-23", "2026-03-24", "2026-03-25"]


def test_explanation_names_the_decree_of_a_working_saturday():
    deadline = compute_deadline(
        kind="citizen",
        received_at=at(2026, 11, 6, 16, 0),
        calendar=WorkingCalendar.from_transfers([WORKING_SATURDAY]),
    )
    assert deadline.explanation["working_weekend_days"] == [
        {"date": "2026-11-07", "name": "Decree No. 1 (test)"}
    ]
    assert deadline.due_at == end_of(2026, 11, 19)


MEDIA_CASES = [
    (
        "urgent: 3 clock hours",
        "urgent",
        None,
        at(2026, 1, 9, 19, 30),
        at(2026, 1, 9, 22, 30),
        RULE_MEDIA_URGENT,
    ),
    (
        "in depth: 6 hours, over the weekend",
        "in_depth",
        None,
        at(2026, 1, 9, 20, 0),
        at(2026, 1, 10, 2, 0),
        RULE_MEDIA_IN_DEPTH,
    ),
    (
        "urgent on a holiday: holidays do not stop the clock",
        "urgent",
        None,
        at(2026, 3, 23, 10, 0),
        at(2026, 3, 23, 13, 0),
        RULE_MEDIA_URGENT,
    ),
    (
        "current: 3 calendar days, holidays included",
        "current",
        None,
        at(2026, 3, 20, 10, 0),
        end_of(2026, 3, 23),
        RULE_MEDIA_CURRENT,
    ),
    (
        "current on a Friday evening",
        "current",
        None,
        at(2025, 12, 26, 21, 0),
        end_of(2025, 12, 29),
        RULE_MEDIA_CURRENT,
    ),
    (
        "current with the request's own deadline",
        "current",
        date(2027, 1, 11),
        at(2027, 1, 4, 9, 0),
        end_of(2027, 1, 11),
        RULE_MEDIA_OWN,
    ),
]


@pytest.mark.parametrize(
    ("what", "urgency", "own", "received_at", "due_at", "rule"),
    MEDIA_CASES,
    ids=[case[0] for case in MEDIA_CASES],
)
def test_media_requests_follow_their_urgency(what, urgency, own, received_at, due_at, rule):
    deadline = compute_deadline(
        kind="media",
        urgency=urgency,
        own_deadline=own,
        received_at=received_at,
        calendar=WorkingCalendar.from_transfers([WORKING_SATURDAY, BRIDGE_MONDAY]),
    )
    assert deadline.due_at == due_at
    assert deadline.explanation["rule"] == rule


def test_a_naive_moment_of_receipt_is_refused():
    with pytest.raises(ValueError):
        compute_deadline(
            kind="citizen", received_at=datetime(2026, 1, 9, 10), calendar=WorkingCalendar()
        )
