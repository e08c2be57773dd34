"""The requests office's register: the role, filters and flags, the due date with its
explanation, the decision mailed to the requester, personal data and CSV behind their
permission, the dashboard panel, the daily digest and the retention command."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.users.models import UserProfile

import pytest

from engagement.information_requests.models import (
    CalendarTransfer,
    InformationRequest,
    Kind,
    Status,
    Urgency,
)
from engagement.information_requests.services import ERASED
from governance import roles
from tests.factories import InformationRequestFactory

from .helpers import queued_mail_to_smtp

pytestmark = pytest.mark.django_db
ALMATY = ZoneInfo("Asia/Almaty")
INDEX = "information_requests_admin:list"


def in_english(user):
    """The admin speaks Kazakh by default; these assertions read its English strings."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def office_user(django_user_model):
    roles.setup_roles()
    user = django_user_model.objects.create_user("office", "office@example.org", "x" * 12)
    user.groups.add(Group.objects.get(name=roles.REQUESTS_OFFICE))
    return in_english(user)


@pytest.fixture
def clerk_without_personal_data(django_user_model):
    """Sees and handles requests, but holds no right to personal data."""
    group = Group.objects.create(name="Registry clerks (test)")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_informationrequest"),
        Permission.objects.get(codename="change_informationrequest"),
    )
    user = django_user_model.objects.create_user("clerk", "clerk@example.org", "x" * 12)
    user.groups.add(group)
    return in_english(user)


def old_request(**kwargs):
    """Received long ago: overdue unless closed."""
    return InformationRequestFactory(received_at=timezone.now() - timedelta(days=40), **kwargs)


def test_setup_roles_creates_the_requests_office_with_the_right_to_personal_data():
    roles.setup_roles()
    roles.setup_roles()  # idempotent
    office = Group.objects.get(name=roles.REQUESTS_OFFICE)
    codenames = set(office.permissions.values_list("codename", flat=True))
    assert {
        "view_informationrequest",
        "change_informationrequest",
        "view_personal_data",
    } <= codenames
    assert "delete_informationrequest" not in codenames
    assert "change_calendartransfer" not in codenames


def test_the_register_flags_overdue_and_due_today_and_filters_them(client, office_user):
    late = old_request(name="Late Requester")
    fresh = InformationRequestFactory()
    now = timezone.localtime()
    today = InformationRequestFactory(kind=Kind.MEDIA, urgency=Urgency.URGENT)
    today.due_at = now.replace(hour=23, minute=59, second=0)
    today.save()
    client.force_login(office_user)
    html = client.get(reverse(INDEX)).content.decode()
    assert late.reference in html and fresh.reference in html
    assert "Overdue" in html and "Due today" in html
    overdue_only = client.get(reverse(INDEX), {"overdue": "true"}).content.decode()
    assert late.reference in overdue_only
    assert fresh.reference not in overdue_only and today.reference not in overdue_only
    media_only = client.get(reverse(INDEX), {"kind": "media"}).content.decode()
    assert today.reference in media_only and late.reference not in media_only
    answered = old_request(status=Status.ANSWERED)
    by_status = client.get(reverse(INDEX), {"status": "answered"}).content.decode()
    assert answered.reference in by_status and late.reference not in by_status


def test_the_register_is_closed_to_staff_without_the_role(client, django_user_model):
    request = InformationRequestFactory()
    editor = django_user_model.objects.create_user("editor", "e@example.org", "x" * 12)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get(reverse(INDEX)).status_code in (302, 403)
    edit = reverse("information_requests_admin:edit", args=[request.pk])
    assert client.get(edit).status_code in (302, 403)


def test_nobody_adds_a_request_in_the_admin(client, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "r@example.org", "x" * 12)
    client.force_login(admin)
    assert client.get(reverse("information_requests_admin:add")).status_code in (302, 403)


def test_the_edit_page_explains_the_due_date_and_its_changes(client, office_user):
    request = InformationRequestFactory(received_at=datetime(2026, 4, 29, 9, tzinfo=ALMATY))
    CalendarTransfer.objects.create(date=date(2026, 5, 4), is_working_day=False, reason="Decree 77")
    client.force_login(office_user)
    html = client.get(
        reverse("information_requests_admin:edit", args=[request.pk])
    ).content.decode()
    assert "How the due date was computed" in html
    assert "Written request: 10 working days" in html
    assert "day off by decree: Decree 77" in html
    assert "public holiday: Kazakhstan" in html  # 1 May
    assert "19.05.2026 23:59" in html
    assert "18.05.2026 23:59 → 19.05.2026 23:59" in html


def test_the_explanation_speaks_the_office_users_admin_language(client, office_user):
    request = InformationRequestFactory(received_at=datetime(2026, 3, 23, 10, tzinfo=ALMATY))
    profile = UserProfile.get_for_user(office_user)
    profile.preferred_language = "kk"
    profile.save()
    client.force_login(office_user)
    html = client.get(
        reverse("information_requests_admin:edit", args=[request.pk])
    ).content.decode()
    assert "Мерзім қалай есептелді" in html
    assert "Жазбаша сұрау: түскен күннен кейінгі бірінші жұмыс күнінен бастап 10 жұмыс күні" in html
    assert "27.03.2026" in html  # counting starts after the Nowruz days off
    assert "мереке күні: Наурыз мейрамы" in html  # the holiday named in Kazakh


def test_personal_data_is_shown_and_exported_only_with_the_right(
    client, office_user, clerk_without_personal_data
):
    request = InformationRequestFactory(name="Dana Privatename", email="dana.private@example.org")
    edit = reverse("information_requests_admin:edit", args=[request.pk])

    client.force_login(clerk_without_personal_data)
    page = client.get(edit)
    assert page.status_code == 200
    assert "Dana Privatename" not in page.content.decode()
    csv = b"".join(client.get(reverse(INDEX), {"export": "csv"}).streaming_content).decode()
    assert request.reference in csv
    assert "Dana Privatename" not in csv and "dana.private@example.org" not in csv

    client.force_login(office_user)
    assert "Dana Privatename" in client.get(edit).content.decode()
    csv = b"".join(client.get(reverse(INDEX), {"export": "csv"}).streaming_content).decode()
    assert "Dana Privatename" in csv and "dana.private@example.org" in csv


def decision(**overrides):
    data = {
        "status": "answered",
        "unit": "",
        "responsible": "",
        "reply_date": timezone.localdate().isoformat(),
        "reply_text": "Учебный план приложен.",
        "refusal_reason": "",
        "decided_by": "delegate",
        "delegate_name": "Проректор А. Б. Сейітқали",
        "copies_cost": "1200.00",
    }
    data.update(overrides)
    return data


def test_a_recorded_reply_closes_the_request_and_mails_the_requester(
    client, office_user, django_capture_on_commit_callbacks
):
    request = InformationRequestFactory(email="reply.to.me@example.org", language="ru")
    edit = reverse("information_requests_admin:edit", args=[request.pk])
    client.force_login(office_user)
    with queued_mail_to_smtp() as mail:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(edit, decision(responsible=office_user.pk))
        assert response.status_code == 302, response.content.decode()[:2000]
        messages = mail.to("reply.to.me@example.org")
        assert len(messages) == 1
        body = mail.text(messages[0])
        assert "Учебный план приложен." in body
        assert request.reference in body
        assert "Проректор А. Б. Сейітқали" in body
    request.refresh_from_db()
    assert request.status == Status.ANSWERED
    assert request.closed_at is not None
    assert request.responsible == office_user
    assert str(request.copies_cost) == "1200.00"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"status": "refused", "reply_text": ""}, "refusal_reason"),
        ({"decided_by": ""}, "decided_by"),
        ({"decided_by": "delegate", "delegate_name": ""}, "delegate_name"),
        ({"reply_text": ""}, "reply_text"),
        ({"copies_cost": "-5"}, "copies_cost"),
        ({"reply_date": "not a date"}, "reply_date"),
    ],
)
def test_an_incomplete_decision_is_refused_and_nothing_is_sent(
    client, office_user, django_capture_on_commit_callbacks, overrides, field
):
    request = InformationRequestFactory()
    edit = reverse("information_requests_admin:edit", args=[request.pk])
    client.force_login(office_user)
    with queued_mail_to_smtp() as mail:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(edit, decision(**overrides))
        assert response.status_code == 200  # the form again, with its errors
        assert "error-message" in response.content.decode()
        assert not mail.messages
    request.refresh_from_db()
    assert request.status == Status.RECEIVED and request.closed_at is None


def test_a_reasoned_refusal_is_mailed(client, office_user, django_capture_on_commit_callbacks):
    request = InformationRequestFactory(email="refused@example.org", language="en")
    edit = reverse("information_requests_admin:edit", args=[request.pk])
    client.force_login(office_user)
    with queued_mail_to_smtp() as mail:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                edit,
                decision(
                    status="refused",
                    reply_text="",
                    refusal_reason="The information is a state secret.",
                    decided_by="rector",
                    delegate_name="",
                    copies_cost="",
                ),
            )
        assert response.status_code == 302
        body = mail.text(mail.to("refused@example.org")[0])
        assert "has been refused" in body
        assert "The information is a state secret." in body
        assert "Decided by the rector." in body


def test_the_dashboard_lists_overdue_requests_for_the_office(
    client, office_user, django_user_model
):
    late = old_request()
    client.force_login(office_user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "information-request-deadlines" in html
    assert late.reference in html
    nobody = django_user_model.objects.create_user("nobody", "n@example.org", "x" * 12)
    nobody.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(nobody)
    assert late.reference not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_daily_digest_mails_the_office_overdue_and_due_today(
    django_capture_on_commit_callbacks,
):
    late = old_request(name="Secret Person")
    InformationRequestFactory()  # due in ten working days: not listed
    with queued_mail_to_smtp(INFORMATION_REQUESTS_OFFICE_EMAIL="office-box@example.org") as mail:
        with django_capture_on_commit_callbacks(execute=True):
            call_command("send_requests_digest", verbosity=0)
        messages = mail.to("office-box@example.org")
        assert len(messages) == 1
        body = mail.text(messages[0])
        assert late.reference in body
        assert "Secret Person" not in body
        assert InformationRequest.objects.count() == 2


def test_the_digest_stays_silent_when_nothing_is_due(django_capture_on_commit_callbacks):
    InformationRequestFactory()
    with queued_mail_to_smtp() as mail:
        with django_capture_on_commit_callbacks(execute=True):
            call_command("send_requests_digest", verbosity=0)
        assert not mail.messages


def test_retention_erases_personal_data_of_long_closed_requests_only(settings):
    settings.INFORMATION_REQUESTS_RETENTION_DAYS = 30
    expired = old_request(name="Old Name", email="old@example.org", status=Status.ANSWERED)
    InformationRequest.objects.filter(pk=expired.pk).update(
        closed_at=timezone.now() - timedelta(days=31), reply_text="Reply naming Old Name"
    )
    recent = old_request(name="Recent Name", status=Status.REFUSED)
    InformationRequest.objects.filter(pk=recent.pk).update(
        closed_at=timezone.now() - timedelta(days=2)
    )
    still_open = old_request(name="Open Name")

    call_command("anonymise_information_requests", verbosity=0)

    expired.refresh_from_db()
    assert expired.name == ERASED and expired.email == "erased@invalid"
    assert expired.text == ERASED and expired.reply_text == "" and expired.anonymised_at
    assert expired.reference and expired.status == Status.ANSWERED  # statistics stay
    recent.refresh_from_db()
    still_open.refresh_from_db()
    assert recent.name == "Recent Name" and still_open.name == "Open Name"
