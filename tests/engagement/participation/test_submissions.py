"""E3, W §11.6: a unit sends material on the appendix form, its head signs it, the
marketing office accepts it into a draft (kk, with ru/en as wagtail-localize
translations) or returns it with a reason the author sees; bad input and forged
requests change nothing."""

import datetime
import html
import io
import json
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageLogEntry
from wagtail_localize.models import StringSegment, Translation

import pytest
from PIL import Image as PILImage

from engagement.participation.acceptance import ACCEPTED_LOG_ACTION
from engagement.participation.models import Submission, SubmissionPhoto
from governance import roles
from news.forms import LEAD_TIME_LOG_ACTION
from news.models import EventPage, NewsPage
from tests import factories
from tests.live import smtp_server

pytestmark = pytest.mark.django_db

TEXTS = {
    "topic_kk": "Ғылыми конференция өтті",
    "topic_ru": "Прошла научная конференция",
    "topic_en": "A research conference took place",
    "content_kk": "Факультетте халықаралық конференция өтті.\nОған 120 ғалым қатысты.",
    "content_ru": "На факультете прошла международная конференция.\nВ ней участвовали 120 учёных.",
    "content_en": "The faculty hosted an international conference.\n120 researchers took part.",
}
ALTS = {
    "alt_kk": "Конференция залындағы қатысушылар",
    "alt_ru": "Участники в зале конференции",
    "alt_en": "Participants in the conference hall",
}


@pytest.fixture
def people():
    unit = factories.UnitFactory(name="Ақпараттық технологиялар факультеті")
    return {
        "unit": unit,
        "author": factories.role_user(roles.UNIT_STAFF, username="unit-author"),
        "head": factories.role_user(roles.UNIT_STAFF, username="unit-head"),
        "office": factories.role_user(roles.MARKETING_OFFICE, username="marketing-office"),
        "outsider": factories.role_user(roles.UNIT_STAFF, username="unit-outsider"),
    }


def photo(width=1200, height=800, *, format="PNG", name="photo.png", content=None):
    return SimpleUploadedFile(name, content or factories.image_bytes(width, height, format=format))


def form_data(people, purpose="news", photos=(), **changes):
    data = {
        "date": "2026-11-20",
        "unit": people["unit"].pk,
        "purpose": purpose,
        **TEXTS,
        "head": people["head"].pk,
        "responsible": "Асқар Бекұлы, +7 717 000 00 00",
        "event_start": "",
        "event_end": "",
        "event_place": "",
        "photos-TOTAL_FORMS": "3",
        "photos-INITIAL_FORMS": "0",
        "photos-MIN_NUM_FORMS": "0",
        "photos-MAX_NUM_FORMS": "6",
    }
    for number, upload in enumerate(photos):
        data[f"photos-{number}-file"] = upload
        for key, text in ALTS.items():
            data[f"photos-{number}-{key}"] = text
    data.update(changes)
    return data


def submit(client, people, **kwargs):
    client.force_login(people["author"])
    return client.post(reverse("participation_submission_new"), form_data(people, **kwargs))


def signed_submission(client, people, **kwargs) -> Submission:
    response = submit(client, people, **kwargs)
    assert response.status_code == 302, response.content.decode()[:3000]
    submission = Submission.objects.get(submitter=people["author"])
    client.force_login(people["head"])
    response = client.post(reverse("participation_submission_sign", args=[submission.pk]))
    assert response.status_code == 302
    submission.refresh_from_db()
    return submission


def accept_url(submission):
    return reverse("participation_submission_accept", args=[submission.pk])


# --- The form refuses bad input ----------------------------------------------------


def assert_refused(response, message):
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Submission.objects.exists()
    assert not SubmissionPhoto.objects.exists()


def test_a_1000_by_700_photo_is_refused(client, people):
    response = submit(client, people, photos=[photo(1000, 700)])
    assert_refused(response, "1000×700")


def test_a_pdf_renamed_to_jpg_is_refused(client, people):
    fake = photo(name="photo.jpg", content=factories.pdf_bytes())
    assert_refused(submit(client, people, photos=[fake]), "JPG")


def test_a_decompression_bomb_is_refused_before_it_is_decoded(client, people):
    buffer = io.BytesIO()
    PILImage.new("1", (12000, 12000)).save(buffer, format="PNG")
    assert len(buffer.getvalue()) < 1024 * 1024, "a small file claiming 144 megapixels"
    bomb = photo(content=buffer.getvalue())
    assert_refused(submit(client, people, photos=[bomb]), "пиксел")


def test_a_gif_is_refused_even_when_large_enough(client, people):
    gif = photo(format="GIF", name="photo.png")
    assert_refused(submit(client, people, photos=[gif]), "JPG")


def test_a_photo_without_descriptions_is_refused(client, people):
    data = form_data(people, photos=[photo()])
    data["photos-0-alt_en"] = ""
    client.force_login(people["author"])
    response = client.post(reverse("participation_submission_new"), data)
    assert_refused(response, "photos-0-alt_en")


@pytest.mark.parametrize("missing", ["topic_ru", "content_en", "content_kk", "topic_en"])
def test_a_text_missing_in_one_language_is_refused(client, people, missing):
    assert_refused(submit(client, people, **{missing: "   "}), "әр тілде")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"content_ru": "<script>alert(1)</script>"}, "HTML"),
        ({"topic_kk": "x" * 201}, "200"),
        ({"unit": "not-a-number"}, "unit"),
        ({"head": "999999"}, "head"),
        ({"purpose": "advert"}, "purpose"),
        ({"date": "32.13.2026"}, "date"),
        ({"purpose": "event"}, "event_start"),
        ({"purpose": "page"}, "purpose"),
    ],
)
def test_bad_fields_get_a_message_and_nothing_is_stored(client, people, changes, message):
    response = submit(client, people, **changes)
    assert_refused(response, message)
    assert "<script>alert" not in response.content.decode()


def test_people_without_the_role_cannot_submit(client, people):
    translator = factories.role_user(roles.TRANSLATORS["ru"], username="no-submit-role")
    client.force_login(translator)
    assert client.get(reverse("participation_submission_new")).status_code == 403
    response = client.post(reverse("participation_submission_new"), form_data(people))
    assert response.status_code == 403
    assert not Submission.objects.exists()


# --- Signing, accepting, returning ---------------------------------------------------


def test_accepting_creates_a_kk_draft_with_ru_and_en_as_wagtail_localize_translations(
    client, people
):
    submission = signed_submission(client, people, photos=[photo(), photo(1600, 1067)])
    assert submission.status == Submission.Status.AWAITING_OFFICE
    client.force_login(people["office"])
    response = client.post(accept_url(submission))
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == Submission.Status.ACCEPTED
    page = submission.page.specific
    assert isinstance(page, NewsPage)
    assert page.locale.language_code == "kk" and not page.live
    assert page.title == TEXTS["topic_kk"]
    assert "120 ғалым" in str(page.body)
    assert page.hero_image.description == ALTS["alt_kk"]
    assert get_image_model().objects.filter(pk=page.hero_image.pk).exists()
    translation_sources = Translation.objects.filter(source__object_id=page.translation_key)
    assert {t.target_locale.language_code for t in translation_sources} == {"ru", "en"}
    segments = StringSegment.objects.filter(source__object_id=page.translation_key)
    for language in ("ru", "en"):
        translated = page.get_translation(Locale.objects.get(language_code=language)).specific
        assert not translated.live, "translations are drafts too"
        assert translated.title == TEXTS[f"topic_{language}"]
        assert translated.hero_alt == ALTS[f"alt_{language}"]
        body = str(translated.body)
        assert TEXTS[f"content_{language}"].split("\n")[1] in body
        assert ALTS[f"alt_{language}"] in body, "the second photo's description"
        # Every segment has a translation: the editor shows none as untranslated.
        untranslated = segments.exclude(
            string__translations__locale__language_code=language
        ).values_list("context__path", flat=True)
        assert set(untranslated) <= {"slug"}, language
    history = PageLogEntry.objects.get(page=page, action=ACCEPTED_LOG_ACTION)
    assert history.data["submission"] == submission.pk
    assert history.user == people["office"]
    admin = factories.SuperuserFactory()
    client.force_login(admin)
    ru_page = page.get_translation(Locale.objects.get(language_code="ru"))
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[ru_page.pk]))
    assert editor.status_code == 200
    props = json.loads(
        html.unescape(re.search(r'data-props="([^"]*)"', editor.content.decode()).group(1))
    )
    translations = {item["segment_id"]: item["data"] for item in props["initialStringTranslations"]}
    strings = [s for s in props["segments"] if s["type"] == "string" and s["contentPath"] != "slug"]
    assert strings and all(s["id"] in translations for s in strings), "all shown as translated"
    assert any(TEXTS["content_ru"].split("\n")[1] in text for text in translations.values())
    history_html = client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert f"№{submission.pk}" in history_html.content.decode()  # the admin speaks Kazakh


def test_accepting_an_event_keeps_the_5_day_rule_unless_the_office_gives_a_reason(client, people):
    start = timezone.localtime() + datetime.timedelta(days=2)
    end = start + datetime.timedelta(hours=2)
    fmt = "%Y-%m-%dT%H:%M"
    submission = signed_submission(
        client,
        people,
        purpose="event",
        event_start=start.strftime(fmt),
        event_end=end.strftime(fmt),
        event_place="Бас ғимарат, 301",
    )
    client.force_login(people["office"])
    refused = client.post(accept_url(submission))
    assert refused.status_code == 400
    assert "5" in refused.content.decode()
    assert (
        not EventPage.objects.exists()
        or not EventPage.objects.filter(title=TEXTS["topic_kk"]).exists()
    )
    response = client.post(accept_url(submission), {"lead_time_override": "Министр келеді"})
    assert response.status_code == 302
    submission.refresh_from_db()
    page = submission.page.specific
    assert isinstance(page, EventPage) and not page.live
    log = PageLogEntry.objects.get(page=page, action=LEAD_TIME_LOG_ACTION)
    assert log.data["reason"] == "Министр келеді"


def test_a_returned_submission_shows_its_reason_to_the_author_and_mails_it(
    client, people, django_capture_on_commit_callbacks
):
    submission = signed_submission(client, people)
    client.force_login(people["office"])
    with smtp_server() as (mail, email_settings), override_settings(**email_settings):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("participation_submission_return", args=[submission.pk]),
                {"reason": "Суреттер тым қараңғы"},
            )
        assert response.status_code == 302
        messages = mail.to(people["author"].email)
        assert messages and "Суреттер тым қараңғы" in mail.text(messages[0])
    client.force_login(people["author"])
    html = client.get(reverse("participation_submissions")).content.decode()
    assert "Суреттер тым қараңғы" in html
    submission.refresh_from_db()
    assert submission.status == Submission.Status.REJECTED and submission.page is None
    assert client.post(accept_url(submission)).status_code == 403


def test_a_return_without_a_reason_is_refused(client, people):
    submission = signed_submission(client, people)
    client.force_login(people["office"])
    response = client.post(
        reverse("participation_submission_return", args=[submission.pk]), {"reason": "  "}
    )
    assert response.status_code == 400
    submission.refresh_from_db()
    assert submission.status == Submission.Status.AWAITING_OFFICE


def test_forged_posts_create_nothing(client, people):
    submit(client, people)
    submission = Submission.objects.get()
    pages_before = Page.objects.count()
    # The office cannot accept what the head has not signed.
    client.force_login(people["office"])
    assert client.post(accept_url(submission)).status_code in (404, 409)
    # Only the named head signs.
    client.force_login(people["outsider"])
    assert (
        client.post(reverse("participation_submission_sign", args=[submission.pk])).status_code
        == 404
    )
    client.force_login(people["author"])
    assert (
        client.post(reverse("participation_submission_sign", args=[submission.pk])).status_code
        == 403
    )
    client.force_login(people["head"])
    client.post(reverse("participation_submission_sign", args=[submission.pk]))
    # The author and the head may see it, but only the office accepts.
    for who in ("author", "head", "outsider"):
        client.force_login(people[who])
        assert client.post(accept_url(submission)).status_code in (403, 404), who
    assert Page.objects.count() == pages_before
    client.force_login(people["office"])
    assert client.post(accept_url(submission)).status_code == 302
    again = client.post(accept_url(submission))
    assert again.status_code == 409
    assert Submission.objects.get().status == Submission.Status.ACCEPTED
    assert NewsPage.objects.filter(title=TEXTS["topic_kk"]).count() == 1
    assert client.get(reverse("participation_submission", args=[999999])).status_code == 404


def test_a_page_for_the_units_section_is_made_under_the_units_own_page(client, people):
    section = factories.edited_section(roles.SECTION_EDITORS["universitet"])
    unit_page = factories.SubsectionPageFactory(parent=section)
    factories.translate_everywhere(unit_page)
    unit = people["unit"]
    unit.page = unit_page
    unit.save()
    submission = signed_submission(client, people, purpose="page")
    client.force_login(people["office"])
    assert client.post(accept_url(submission)).status_code == 302
    submission.refresh_from_db()
    page = submission.page.specific
    assert page.get_parent().pk == unit_page.pk and not page.live
    en = page.get_translation(Locale.objects.get(language_code="en"))
    assert en.title == TEXTS["topic_en"]
    assert en.get_parent().pk == factories.translation_of(unit_page, "en").pk
