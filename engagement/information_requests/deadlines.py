"""The statutory deadlines of information requests (E1, P §11.2, P §7.10.2): pure code.

Nothing here touches the database or the clock: the caller passes the moment of
receipt and the calendar (the ``holidays`` package for Kazakhstan plus the decreed
transfers an administrator keeps in the admin), and gets the due moment together with
the *explanation* of how it was reached: the rule, the day the count started, every
day skipped and why. The explanation is stored with the request and shown to staff,
so a disputed due date can be checked by hand (the lesson of mysociety/alaveteli#5101),
and recomputed when the calendar changes (alaveteli#7292).

Rules:

* Written requests (citizens, organisations): 10 working days at the university's
  location. A request received on a day off counts as received on the next working
  day; counting starts on the first working day after receipt; the request is due at
  the end of the 10th working day.
* Media requests: *urgent* 3 hours, *urgent needing in-depth preparation* 6 hours,
  both in clock time from receipt; *current* 3 calendar days (the period starts the
  day after receipt and ends at the end of its last day), unless the request itself
  names a date, which then is the due date.

Every date is a calendar day in the university's time zone (Asia/Almaty).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays

__all__ = [
    "LOCATION",
    "WRITTEN_WORKING_DAYS",
    "CalendarDay",
    "Deadline",
    "Transfer",
    "WorkingCalendar",
    "compute_deadline",
]

#: The university is in Astana; the government's calendar is the one that counts.
LOCATION = ZoneInfo("Asia/Almaty")
COUNTRY = "KZ"
WRITTEN_WORKING_DAYS = 10
MEDIA_HOURS = {"urgent": 3, "in_depth": 6}
MEDIA_CURRENT_DAYS = 3

# Rule codes stored in explanations; labels are given by the admin (gettext at render).
RULE_WRITTEN = "written_10_working_days"
RULE_MEDIA_URGENT = "media_urgent_3_hours"
RULE_MEDIA_IN_DEPTH = "media_in_depth_6_hours"
RULE_MEDIA_CURRENT = "media_current_3_days"
RULE_MEDIA_OWN = "media_own_deadline"

# Why a day is not a working day.
WEEKEND = "weekend"
HOLIDAY = "holiday"
DECREED_DAY_OFF = "decreed_day_off"


@dataclass(frozen=True)
class Transfer:
    """A decreed change of the calendar: a weekday made a day off, or a weekend day made
    a working day. ``reason`` names the decree."""

    day: date
    is_working_day: bool
    reason: str = ""


@dataclass(frozen=True)
class CalendarDay:
    day: date
    working: bool
    why: str = ""  # WEEKEND, HOLIDAY or DECREED_DAY_OFF when not working
    name: str = ""  # the holiday's or the decree's name
    # A public holiday's name in the languages the holidays package has (en, kk).
    names: tuple[tuple[str, str], ...] = ()

    def as_json(self) -> dict:
        entry = {"date": self.day.isoformat(), "why": self.why, "name": self.name}
        if self.names:
            entry["names"] = dict(self.names)
        return entry


class WorkingCalendar:
    """Kazakhstan's working days: weekends and public holidays are days off, except
    where a decreed transfer says otherwise (it wins over both)."""

    def __init__(self, transfers: Mapping[date, Transfer] | None = None, language: str = "en_US"):
        self.transfers = dict(transfers or {})
        self.public_holidays = holidays.country_holidays(COUNTRY, language=language)
        self.kazakh_names = holidays.country_holidays(COUNTRY, language="kk")

    @classmethod
    def from_transfers(cls, transfers, language: str = "en_US") -> WorkingCalendar:
        return cls({transfer.day: transfer for transfer in transfers}, language=language)

    def day(self, day: date) -> CalendarDay:
        transfer = self.transfers.get(day)
        if transfer is not None:
            if transfer.is_working_day:
                return CalendarDay(day, True, name=transfer.reason)
            return CalendarDay(day, False, DECREED_DAY_OFF, transfer.reason)
        holiday = self.public_holidays.get(day)
        if holiday:
            names = (("en", holiday), ("kk", self.kazakh_names.get(day, holiday)))
            return CalendarDay(day, False, HOLIDAY, holiday, names)
        if day.weekday() >= 5:
            return CalendarDay(day, False, WEEKEND)
        return CalendarDay(day, True)

    def is_working_day(self, day: date) -> bool:
        return self.day(day).working


@dataclass(frozen=True)
class Deadline:
    due_at: datetime
    explanation: dict


def _end_of(day: date, tz: ZoneInfo) -> datetime:
    """The last moment of ``day`` in ``tz`` (23:59:59)."""
    return datetime.combine(day, time(23, 59, 59), tzinfo=tz)


def _local(moment: datetime, tz: ZoneInfo) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("received_at must be timezone-aware")
    return moment.astimezone(tz)


def written_deadline(
    received_at: datetime, calendar: WorkingCalendar, tz: ZoneInfo = LOCATION
) -> Deadline:
    local = _local(received_at, tz)
    skipped: list[CalendarDay] = []
    receipt = local.date()
    # Received on a day off: counts as received on the next working day.
    while not (today := calendar.day(receipt)).working:
        skipped.append(today)
        receipt += timedelta(days=1)
    counted: list[date] = []
    day = receipt
    while len(counted) < WRITTEN_WORKING_DAYS:
        day += timedelta(days=1)
        current = calendar.day(day)
        if current.working:
            counted.append(day)
        else:
            skipped.append(current)
    due_at = _end_of(counted[-1], tz)
    return Deadline(
        due_at,
        {
            "rule": RULE_WRITTEN,
            "received_at": local.isoformat(),
            "counts_as_received_on": receipt.isoformat(),
            "first_counted_day": counted[0].isoformat(),
            "working_days": [d.isoformat() for d in counted],
            "working_weekend_days": [
                {"date": d.isoformat(), "name": calendar.day(d).name}
                for d in counted
                if d.weekday() >= 5
            ],
            "skipped": [entry.as_json() for entry in skipped],
            "due_at": due_at.isoformat(),
        },
    )


def media_deadline(
    received_at: datetime,
    urgency: str,
    own_deadline: date | None = None,
    tz: ZoneInfo = LOCATION,
) -> Deadline:
    local = _local(received_at, tz)
    if urgency in MEDIA_HOURS:
        hours = MEDIA_HOURS[urgency]
        due_at = local + timedelta(hours=hours)
        rule = RULE_MEDIA_URGENT if urgency == "urgent" else RULE_MEDIA_IN_DEPTH
    elif urgency == "current":
        if own_deadline is not None:
            due_at, rule = _end_of(own_deadline, tz), RULE_MEDIA_OWN
        else:
            due_at = _end_of(local.date() + timedelta(days=MEDIA_CURRENT_DAYS), tz)
            rule = RULE_MEDIA_CURRENT
    else:
        raise ValueError(f"unknown media urgency {urgency!r}")
    return Deadline(
        due_at,
        {
            "rule": rule,
            "received_at": local.isoformat(),
            "own_deadline": own_deadline.isoformat() if own_deadline else None,
            "skipped": [],
            "due_at": due_at.isoformat(),
        },
    )


def compute_deadline(
    *,
    kind: str,
    received_at: datetime,
    calendar: WorkingCalendar,
    urgency: str = "",
    own_deadline: date | None = None,
    tz: ZoneInfo = LOCATION,
) -> Deadline:
    """The due moment of a request of ``kind`` (``citizen``, ``organisation``, ``media``)
    received at ``received_at``, with its explanation."""
    if kind == "media":
        return media_deadline(received_at, urgency, own_deadline, tz)
    if kind in ("citizen", "organisation"):
        return written_deadline(received_at, calendar, tz)
    raise ValueError(f"unknown request kind {kind!r}")
