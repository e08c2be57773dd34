"""iCalendar (RFC 5545) export of events (N3).

An event's UID comes from its wagtail-localize translation key, which the Kazakh page
and its Russian and English translations share, so a calendar that imported one
language's feed recognises the same event in another. Times carry the Asia/Almaty
time zone with its VTIMEZONE definition.
"""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

import icalendar

from portal.public_url import absolute

UID_DOMAIN = "kazutb.edu.kz"
PRODID = "-//KazUTB//University portal//EN"
EVENT_TIME_ZONE = ZoneInfo("Asia/Almaty")


def event_uid(event) -> str:
    return f"event-{event.translation_key}@{UID_DOMAIN}"


def _component(request, event) -> icalendar.Event:
    component = icalendar.Event()
    component.add("uid", event_uid(event))
    component.add("dtstamp", event.last_published_at or timezone.now())
    component.add("dtstart", event.start.astimezone(EVENT_TIME_ZONE))
    component.add("dtend", event.end.astimezone(EVENT_TIME_ZONE))
    component.add("summary", event.title)
    description = "\n\n".join(part for part in (event.intro, event.department) if part)
    if description:
        component.add("description", description)
    component.add("location", event.place)
    component.add("url", absolute(event.get_url(request)))
    return component


def calendar_response(request, page, events, filename: str = "calendar.ics") -> HttpResponse:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", page.title)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for event in events:
        calendar.add_component(_component(request, event))
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
