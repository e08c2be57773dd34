"""A visitor sends an information request and gets a number, a due date and an e-mail;
bad input is refused whole, with a translated message and nothing stored or sent."""

from datetime import timedelta

from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

import pytest
from post_office.mail import send_queued
from post_office.models import STATUS, Email

from engagement.information_requests.models import InformationRequest, RequestCounter
from tests.factories import pdf_bytes
from tests.live import free_port

from .helpers import VALID, docx_bytes, png_bytes, queued_mail_to_smtp

pytestmark = pytest.mark.django_db
LANGUAGES = ("kk", "ru", "en")


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


def form_url(language="ru"):
    with translation.override(language):
        return reverse("information_requests:form")


def status_url(language="ru"):
    with translation.override(language):
        return reverse("information_requests:status")


def test_the_form_opens_in_every_language_with_a_link_to_the_privacy_notice(client):
    for language in LANGUAGES:
        response = client.get(form_url(language))
        assert response.status_code == 200
        html = response.content.decode()
        assert f'lang="{language}"' in html
        assert 'name="consent"' in html
        privacy = {"kk": "/kk/", "ru": "/ru/", "en": "/en/"}[language]
        slug = {
            "kk": "derbes-derekterdi-ondeu",
            "ru": "obrabotka-personalnyh-dannyh",
            "en": "privacy-notice",
        }[language]
        assert f'href="{privacy}' in html and f"/{slug}/" in html
        notice = client.get(html.split(f"/{slug}/")[0].rsplit('href="', 1)[1] + f"/{slug}/")
        assert notice.status_code == 200


def test_the_footer_and_the_contacts_page_link_to_the_form(client):
    with translation.override("ru"):
        contacts = client.get("/ru/kontakty/")
    assert contacts.status_code == 200
    assert contacts.content.decode().count(f'href="{form_url()}"') >= 2


def test_a_request_gets_a_number_a_due_date_and_a_confirmation_email(
    client, django_capture_on_commit_callbacks
):
    with queued_mail_to_smtp() as mail:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(form_url("ru"), VALID)
        assert response.status_code == 302
        page = client.get(response["Location"])
        request = InformationRequest.objects.get()
        year = timezone.localtime(request.received_at).year
        assert request.reference.startswith(f"IR-{year}-")
        assert request.language == "ru"
        assert request.consent_at is not None
        html = page.content.decode()
        assert request.reference in html
        assert timezone.localtime(request.due_at).strftime("%d.%m.%Y") in html
        with translation.override("ru"):
            assert gettext("Answer due by") in html
        received = mail.to(VALID["email"])
        assert len(received) == 1
        body = mail.text(received[0])
        assert request.reference in body
        assert timezone.localtime(request.due_at).strftime("%d.%m.%Y") in body
        assert (
            str(received[0]["Subject"]).strip() == f"Ваш информационный запрос {request.reference}"
        )
        assert "Срок ответа — до" in body  # in the language the visitor wrote in
        office = mail.to("kense@kazutb.edu.kz")
        assert len(office) == 1 and VALID["email"] not in mail.text(office[0])
    assert set(Email.objects.values_list("status", flat=True)) == {STATUS.sent}


def test_a_broken_mail_server_never_breaks_the_submit_and_the_timer_retries(
    client, django_capture_on_commit_callbacks
):
    dead = free_port()  # nothing listens here
    with (
        override_settings(
            EMAIL_BACKEND="post_office.EmailBackend",
            POST_OFFICE={
                "BACKENDS": {"default": "django.core.mail.backends.smtp.EmailBackend"},
                "MAX_RETRIES": 3,
            },
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=dead,
            EMAIL_TIMEOUT=2,
        ),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(form_url("ru"), VALID)
    assert response.status_code == 302
    assert InformationRequest.objects.count() == 1
    queued = Email.objects.filter(to=[VALID["email"]]).get()
    assert queued.status == STATUS.requeued
    assert queued.logs.get().status == STATUS.failed

    # The scheduled retry delivers it once SMTP is back: send_queued() is what
    # `manage.py send_queued_mail` on the timer runs (that command also closes the
    # database connection, which a test inside a transaction cannot let it do).
    Email.objects.update(scheduled_time=timezone.now() - timedelta(minutes=1))
    with queued_mail_to_smtp() as mail:
        send_queued(processes=1)
        assert len(mail.to(VALID["email"])) == 1
    queued.refresh_from_db()
    assert queued.status == STATUS.sent


def test_staff_see_queued_and_failed_mail_in_the_admin(client, django_user_model):
    from django.core.mail import send_mail

    with override_settings(EMAIL_BACKEND="post_office.EmailBackend"):
        send_mail("Stuck", "body", None, ["stuck@example.org"])
    Email.objects.update(status=STATUS.failed)
    admin = django_user_model.objects.create_superuser("mailadmin", "a@example.org", "x" * 12)
    editor = django_user_model.objects.create_user("plain", "p@example.org", "x" * 12)
    client.force_login(editor)
    assert client.get(reverse("operations_mail:queue")).status_code in (302, 403)
    client.force_login(admin)
    response = client.get(reverse("operations_mail:queue"))
    assert response.status_code == 200
    assert "stuck@example.org" in response.content.decode()
    client.post(reverse("operations_mail:retry"))
    assert Email.objects.get().status == STATUS.queued


LONG = "я" * 10_001
BAD_FIELDS = [
    ("name", "", "required"),
    ("name", "Ә" * 201, "max_length"),
    ("name", "<b>Гүлнар</b>", "markup"),
    ("name", "Гүл\x00нар", "control"),
    ("name", "Гүлнар\nСерікқызы", "line"),
    ("email", "", "required"),
    ("email", "not-an-email", "invalid"),
    ("email", "a" * 250 + "@example.org", "max_length"),
    ("phone", "call me maybe", "phone"),
    ("phone", "+7" + "1" * 40, "max_length"),
    ("subject", "", "required"),
    ("subject", "<script>alert(1)</script>", "markup"),
    ("subject", "Тема\x1b[31m", "control"),
    ("text", "", "required"),
    ("text", LONG, "max_length"),
    ("text", "Текст &#60;script&#62;", "markup"),
    ("text", "Текст\x07", "control"),
    ("kind", "pirate", "invalid_choice"),
    ("kind", "", "required"),
    ("consent", "", "required"),
    ("urgency", "yesterday", "invalid_choice"),
    ("own_deadline", "31.02.2026", "invalid"),
]


@pytest.mark.parametrize(
    ("field", "value", "why"), BAD_FIELDS, ids=[f"{f}-{w}" for f, _, w in BAD_FIELDS]
)
def test_bad_input_is_refused_whole_with_a_translated_message(
    client, django_capture_on_commit_callbacks, field, value, why
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(form_url("ru"), {**VALID, field: value})
    assert response.status_code == 400
    html = response.content.decode()
    with translation.override("ru"):
        assert gettext("Please correct the fields marked below.") in html
    assert 'class="form-field__error"' in html
    assert not InformationRequest.objects.exists()
    assert not RequestCounter.objects.exists()
    assert not Email.objects.exists()


def test_a_media_request_needs_its_urgency(client):
    response = client.post(form_url("en"), {**VALID, "kind": "media"})
    assert response.status_code == 400
    assert "Choose how urgent your media request is." in response.content.decode()
    assert not InformationRequest.objects.exists()


def test_a_current_media_request_keeps_its_own_deadline(client):
    day = timezone.localdate() + timedelta(days=10)
    response = client.post(
        form_url("en"),
        {**VALID, "kind": "media", "urgency": "current", "own_deadline": day.isoformat()},
    )
    assert response.status_code == 302
    request = InformationRequest.objects.get()
    assert timezone.localtime(request.due_at).date() == day
    assert request.deadline_explanation["rule"] == "media_own_deadline"


def test_an_urgent_media_request_is_due_in_three_hours(client):
    response = client.post(form_url("en"), {**VALID, "kind": "media", "urgency": "urgent"})
    assert response.status_code == 302
    request = InformationRequest.objects.get()
    assert request.due_at - request.received_at == timedelta(hours=3)


GOOD_FILES = [
    ("scan.pdf", pdf_bytes(), "pdf"),
    ("photo.PNG", png_bytes(), "png"),
    ("letter.docx", docx_bytes(), "docx"),
]
BAD_FILES = [
    ("photo.pdf", png_bytes()),  # a PNG calling itself a PDF
    ("letter.pdf", b"just some text, not a pdf"),
    ("letter.docx", docx_bytes(with_document=False)),  # a zip, not a Word document
    ("program.exe", b"MZ\x90\x00"),
    ("script.pdf.html", pdf_bytes()),
    ("noextension", pdf_bytes()),
]


@pytest.mark.parametrize(("name", "content", "kind"), GOOD_FILES, ids=[g[0] for g in GOOD_FILES])
def test_real_pdf_png_and_docx_attachments_are_kept_privately(client, name, content, kind):
    upload = SimpleUploadedFile(name, content)
    response = client.post(form_url("ru"), {**VALID, "attachment": upload})
    assert response.status_code == 302
    request = InformationRequest.objects.get()
    assert request.attachment_type == kind
    assert request.attachment.read() == content
    assert name not in request.attachment.name  # the visitor's file name is not reused
    assert request.reference in request.attachment.name
    request.attachment.delete(save=False)


@pytest.mark.parametrize(("name", "content"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_an_attachment_that_is_not_what_its_name_says_is_refused(client, name, content):
    response = client.post(
        form_url("ru"), {**VALID, "attachment": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 400
    with translation.override("ru"):
        assert (
            gettext("Attach a PDF, JPEG, PNG or DOCX file whose content matches its name.")
            in response.content.decode()
        )
    assert not InformationRequest.objects.exists()


def test_an_oversized_attachment_is_refused(client):
    with override_settings(INFORMATION_REQUESTS_MAX_ATTACHMENT=1024):
        upload = SimpleUploadedFile("big.pdf", pdf_bytes() + b"0" * 2048)
        response = client.post(form_url("en"), {**VALID, "attachment": upload})
    assert response.status_code == 400
    assert "The file is too large" in response.content.decode()
    assert not InformationRequest.objects.exists()


def test_a_bot_filling_the_honeypot_is_answered_like_a_person_and_nothing_is_kept(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(form_url("ru"), {**VALID, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not InformationRequest.objects.exists()
    assert not Email.objects.exists()


def test_a_flood_from_one_address_is_refused_with_429(client):
    for _ in range(5):
        client.post(form_url("ru"), {**VALID, "consent": ""})
    response = client.post(form_url("ru"), VALID)
    assert response.status_code == 429
    with translation.override("ru"):
        assert gettext("Too many requests") in response.content.decode()
    assert not InformationRequest.objects.exists()
