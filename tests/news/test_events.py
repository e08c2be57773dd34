"""Events (N3): upcoming and past lists in Asia/Almaty time, iCalendar per locale and per
event (RFC 5545, UIDs shared by translations), and the 5-day lead-time rule (P §7.4)."""

import datetime
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import icalendar
import pytest

from news.forms import LEAD_TIME_LOG_ACTION
from news.models import EventPage
from tests import factories
from tests.utils import LANGUAGE_CODES, home_page

pytestmark = pytest.mark.django_db

ALMATY = ZoneInfo("Asia/Almaty")


@pytest.fixture
def events_calendar():
    """An events calendar of the test's own in every language (language → index) with
    two past and three upcoming events, each in kk, ru and en."""
    index = factories.translate_everywhere(
        factories.EventIndexPageFactory(parent=factories.own_news_index()["kk"])
    )
    now = timezone.now().replace(microsecond=0)
    for days in (-20, -10, 7, 14, 21):
        start = now + datetime.timedelta(days=days)
        factories.translate_everywhere(
            factories.EventPageFactory(
                parent=index["kk"],
                start=start,
                end=start + datetime.timedelta(hours=2),
                registration_url="https://example.org/register/",
            )
        )
    return index


def parse_calendar(response) -> icalendar.Calendar:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_each_events_ics_parses_with_the_right_start_in_utc(client, events_calendar, subtests):
    events = [
        event
        for index in events_calendar.values()
        for event in EventPage.objects.live().child_of(index)
    ]
    assert len(events) == 15
    for event in events:
        with subtests.test(event=event.url_path):
            calendar = parse_calendar(client.get(f"{event.url}ical/"))
            (component,) = calendar.walk("VEVENT")
            start = component.decoded("dtstart")
            assert start.astimezone(datetime.UTC) == event.start.astimezone(datetime.UTC)
            assert component.decoded("dtend") == event.end
            assert str(component["summary"]) == event.title
            assert str(component["location"]) == event.place
            assert component["dtstart"].params["TZID"] == "Asia/Almaty"
            assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Asia/Almaty"
            assert calendar["VERSION"] == "2.0" and calendar["PRODID"]


def test_uids_are_the_same_for_an_event_in_every_language(client, events_calendar):
    uids = {}
    for code in LANGUAGE_CODES:
        index = events_calendar[code]
        calendar = parse_calendar(client.get(f"{index.url}ical/"))
        uids[code] = {str(component["uid"]) for component in calendar.walk("VEVENT")}
    assert len(uids["kk"]) == 5
    assert uids["kk"] == uids["ru"] == uids["en"]


def test_the_locale_calendar_holds_only_that_locales_events(client, events_calendar, subtests):
    for code in LANGUAGE_CODES:
        with subtests.test(language=code):
            index = events_calendar[code]
            ical = parse_calendar(client.get(f"{index.url}ical/"))
            titles = {str(component["summary"]) for component in ical.walk("VEVENT")}
            assert titles == {event.title for event in EventPage.objects.live().child_of(index)}


def test_event_pages_advertise_their_calendars(client, events_calendar):
    index = events_calendar["en"]
    head = client.get(index.url).content.decode().split("</head>")[0]
    assert (
        f'type="text/calendar" title="Events calendar (iCalendar)" href="http://testserver{index.url}ical/"'
        in head
    )
    event = EventPage.objects.live().child_of(index).first()
    head = client.get(event.url).content.decode().split("</head>")[0]
    assert 'type="text/calendar"' in head and f'href="http://testserver{event.url}ical/"' in head


def test_upcoming_and_past_lists_split_the_events(client, events_calendar):
    index = events_calendar["en"]
    upcoming = client.get(index.url).content.decode()
    past = client.get(f"{index.url}past/").content.decode()
    now = timezone.now()
    events = EventPage.objects.live().child_of(index)
    assert events.filter(end__lt=now).count() == 2 and events.filter(end__gte=now).count() == 3
    for event in events:
        shown, hidden = (past, upcoming) if event.end < now else (upcoming, past)
        assert escape(event.title) in shown and escape(event.title) not in hidden


def test_an_event_still_running_heads_the_upcoming_list_before_later_ones(client):
    """A long event that began before others that have since ended is still upcoming:
    listed first, then the rest in start order, and the ended ones between are not."""
    index = factories.EventIndexPageFactory(parent=factories.own_news_index()["kk"])
    now = timezone.now().replace(microsecond=0)
    days = datetime.timedelta(days=1)

    def event(title, start, end):
        return factories.EventPageFactory(parent=index, title=title, start=start, end=end)

    running = event("Running exhibition", now - 30 * days, now + 30 * days)
    ended = [event(f"Ended seminar {n}", now - n * days, now - n * days / 2) for n in (5, 3)]
    later = event("Later lecture", now + 2 * days, now + 2 * days + days / 24)
    soon = event("Lecture today", now + days / 4, now + days / 3)
    listed = list(index.upcoming())
    assert listed == [running, soon, later]
    html = client.get(index.url).content.decode()
    assert html.index(running.title) < html.index(soon.title) < html.index(later.title)
    for past in ended:
        assert past.title not in html


def test_times_are_shown_in_astana_time_with_place_organiser_and_registration(
    client, events_calendar
):
    event = EventPage.objects.live().child_of(events_calendar["en"]).first()
    event.start = datetime.datetime(2030, 3, 2, 9, 30, tzinfo=datetime.UTC)
    event.end = datetime.datetime(2030, 3, 2, 11, 0, tzinfo=datetime.UTC)
    event.save_revision().publish()
    html = client.get(event.url).content.decode()
    local = event.start.astimezone(ALMATY)
    assert f'datetime="{local.isoformat()}"' in html
    assert ">2 March 2030, 14:30</time>&nbsp;– <time" in html and ">16:00</time>" in html
    assert event.place in html and event.department in html
    assert f'href="{event.registration_url}"' in html


def test_the_home_page_shows_the_next_events_in_the_visitors_language(
    client, events_calendar, subtests
):
    for code in LANGUAGE_CODES:
        with subtests.test(language=code):
            home = home_page(code)
            html = client.get(home.url).content.decode()
            upcoming = EventPage.objects.live().filter(locale=home.locale, end__gte=timezone.now())
            next_events = upcoming.order_by("start")[:3]
            assert next_events
            for event in next_events:
                assert event.title in html
            past = EventPage.objects.live().filter(locale=home.locale, end__lt=timezone.now())
            assert past
            for event in past:
                assert event.title not in html


# --- The lead-time rule -------------------------------------------------------------


def event_form(event: EventPage, start: datetime.datetime, action: str, reason: str = "") -> dict:
    local = start.astimezone(ALMATY)
    return nested_form_data(
        {
            "title": event.title,
            "slug": event.slug,
            "intro": event.intro,
            "start": local.strftime("%Y-%m-%d %H:%M"),
            "end": (local + datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
            "lead_time_override": reason,
            "place": event.place,
            "department": event.department,
            "registration_url": event.registration_url,
            "body": streamfield([]),
            "comments": inline_formset([]),
            action: "1",
        }
    )


@pytest.fixture
def event_index():
    return factories.event_index()


@pytest.fixture
def draft_event(event_index):
    index = event_index
    start = timezone.now() + datetime.timedelta(days=30)
    event = EventPage(
        title="Жаңа іс-шара",
        slug="zhana-is-shara",
        start=start,
        end=start + datetime.timedelta(hours=2),
        place="305",
        department="Деканат",
        live=False,
    )
    index.add_child(instance=event)
    event.save_revision()
    return event


@pytest.fixture
def editor(django_user_model):
    """A member of Wagtail's Editors group: may edit and submit, not publish."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("events-editor", "e@example.com", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def approver(django_user_model):
    return django_user_model.objects.create_superuser("events-approver", "a@example.com", "pw")


def edit(client, event, data):
    return client.post(reverse("wagtailadmin_pages:edit", args=[event.pk]), data)


@pytest.mark.parametrize("action", ["action-submit", "action-publish"])
def test_an_event_submitted_less_than_5_days_ahead_is_refused(
    client, editor, approver, draft_event, action
):
    client.force_login(approver if action == "action-publish" else editor)
    soon = timezone.now() + datetime.timedelta(days=3)
    response = edit(client, draft_event, event_form(draft_event, soon, action))
    assert response.status_code == 200
    assert "кемінде 5 күн бұрын жариялануы тиіс" in response.content.decode()
    draft_event.refresh_from_db()
    assert not draft_event.live
    assert abs(
        draft_event.start - (timezone.now() + datetime.timedelta(days=30))
    ) < datetime.timedelta(hours=1)


def test_an_event_5_days_ahead_or_more_may_be_submitted(client, editor, draft_event):
    client.force_login(editor)
    later = timezone.now() + datetime.timedelta(days=6)
    response = edit(client, draft_event, event_form(draft_event, later, "action-submit"))
    assert response.status_code == 302
    draft_event.refresh_from_db()
    submitted = draft_event.get_latest_revision().as_object().start
    assert submitted.astimezone(ALMATY).date() == later.astimezone(ALMATY).date()


def test_saving_a_draft_is_never_refused(client, editor, draft_event):
    client.force_login(editor)
    soon = timezone.now() + datetime.timedelta(days=1)
    response = edit(client, draft_event, event_form(draft_event, soon, "action-save"))
    assert response.status_code == 302


def test_an_editor_cannot_override_the_rule(client, editor, draft_event):
    client.force_login(editor)
    soon = timezone.now() + datetime.timedelta(days=2)
    response = edit(client, draft_event, event_form(draft_event, soon, "action-submit", "Urgent"))
    assert response.status_code == 200
    assert "5 күн ережесінен тек бекітуші ғана ауытқи алады." in response.content.decode()
    assert not PageLogEntry.objects.filter(page=draft_event, action=LEAD_TIME_LOG_ACTION).exists()


def test_an_approvers_override_is_published_and_its_reason_logged(client, approver, draft_event):
    client.force_login(approver)
    soon = timezone.now() + datetime.timedelta(days=2)
    reason = "The minister confirmed the visit only yesterday."
    response = edit(client, draft_event, event_form(draft_event, soon, "action-publish", reason))
    assert response.status_code == 302
    draft_event.refresh_from_db()
    assert draft_event.live
    entry = PageLogEntry.objects.get(page=draft_event, action=LEAD_TIME_LOG_ACTION)
    assert entry.user == approver
    assert entry.data["reason"] == reason
    history = client.get(
        reverse("wagtailadmin_pages:history", args=[draft_event.pk])
    ).content.decode()
    assert "5 күн бұрын жариялау ережесінен ауытқылды" in history


def test_an_approver_creating_a_late_event_with_a_reason_is_logged(client, approver, event_index):
    client.force_login(approver)
    index = event_index
    soon = timezone.now() + datetime.timedelta(days=1)
    template = EventPage(
        title="Шұғыл кездесу",
        slug="shugyl-kezdesu",
        intro="",
        place="Акт залы",
        department="Ректорат",
        registration_url="",
    )
    data = event_form(template, soon, "action-publish", "Visit announced by the ministry today.")
    url = reverse("wagtailadmin_pages:add", args=["news", "eventpage", index.pk])
    response = client.post(url, data)
    assert response.status_code == 302
    event = EventPage.objects.get(slug="shugyl-kezdesu")
    assert event.live
    entry = PageLogEntry.objects.get(page=event, action=LEAD_TIME_LOG_ACTION)
    assert entry.data["reason"] == "Visit announced by the ministry today."


def test_creating_a_late_event_without_a_reason_is_refused(client, editor, event_index):
    client.force_login(editor)
    index = event_index
    template = EventPage(title="Кеш", slug="kesh", intro="", place="1", department="2")
    data = event_form(template, timezone.now() + datetime.timedelta(days=4), "action-submit")
    url = reverse("wagtailadmin_pages:add", args=["news", "eventpage", index.pk])
    response = client.post(url, data)
    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="kesh").exists()
