"""Press (N4): releases and official statements only by public persons from the managed
list (P §8.3–8.4), and the press centre with media contacts."""

import datetime

from django.core.exceptions import ValidationError

import pytest

from news.models import PressIndexPage, PressReleasePage, PublicPerson
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


def release(person: PublicPerson) -> PressReleasePage:
    index = PressIndexPage.objects.get(locale__language_code="en")
    page = PressReleasePage(
        title="Statement", slug="statement", date=datetime.date(2026, 11, 23), speaker=person
    )
    page.set_url_path(index)
    page.locale = index.locale
    return page


def test_the_managed_list_holds_every_public_position():
    positions = set(PublicPerson.objects.filter(active=True).values_list("position", flat=True))
    assert {"president", "rector", "vice_rector", "dean", "marketing_head"} <= positions


def test_a_release_by_someone_who_is_not_a_public_person_is_refused():
    officer = PublicPerson.objects.get(position="other")
    with pytest.raises(ValidationError) as error:
        release(officer).full_clean()
    assert "is not a public person in office" in error.value.message_dict["speaker"][0]


def test_a_public_person_who_left_office_is_refused():
    dean = PublicPerson.objects.get(position="dean")
    dean.active = False
    dean.save()
    with pytest.raises(ValidationError):
        release(dean).full_clean()


def test_a_release_by_the_rector_is_accepted():
    release(PublicPerson.objects.get(position="rector")).full_clean(exclude=["path", "depth"])


def test_the_admin_form_refuses_a_non_public_person(admin_client):
    index = PressIndexPage.objects.get(locale__language_code="kk")
    officer = PublicPerson.objects.get(position="other")
    from django.urls import reverse

    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    data = nested_form_data(
        {
            "title": "Мәлімдеме",
            "slug": "malimdeme",
            "intro": "",
            "date": "2026-11-23",
            "kind": "statement",
            "speaker": officer.pk,
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "1",
        }
    )
    url = reverse("wagtailadmin_pages:add", args=["news", "pressreleasepage", index.pk])
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "қызметтегі лауазымды тұлға емес" in response.content.decode()
    assert not PressReleasePage.objects.filter(slug="malimdeme").exists()


def test_the_press_centre_lists_attributed_releases_and_media_contacts(client, subtests):
    for code in LANGUAGE_CODES:
        with subtests.test(language=code):
            index = PressIndexPage.objects.get(locale__language_code=code)
            html = client.get(index.url).content.decode()
            releases = PressReleasePage.objects.live().child_of(index)
            assert releases.count() == 2
            for page in releases:
                assert page.title in html
            assert "press@kazutb.edu.kz" in html
    english = client.get(
        PressIndexPage.objects.get(locale__language_code="en").url
    ).content.decode()
    assert "Nurlan Abdibekov" in english and "Assel Tursynova" in english


def test_a_statement_names_its_speaker_and_position(client):
    page = PressReleasePage.objects.get(locale__language_code="ru", kind="statement")
    html = client.get(page.url).content.decode()
    assert page.speaker.name in html
    assert "Официальное заявление" in html
