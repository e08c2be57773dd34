"""Press (N4): releases and official statements only by public persons of the directory
(P §8.3–8.4), and the press centre with media contacts."""

import datetime

from django.core.exceptions import ValidationError

import pytest

from news.models import PressReleasePage
from people.models import Person, PublicPosition
from tests import factories
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

OTHER = "other"


@pytest.fixture
def people():
    """The directory: one person in each public position (with an English translation
    of the name), and a press officer who may not speak for the university (P §8.3)."""
    people = {
        position: factories.PublicPersonFactory(public_position=position)
        for position in PublicPosition.values
    }
    people[OTHER] = factories.PersonFactory(position="Баспасөз хатшысы")
    for number, person in enumerate(people.values()):
        factories.translate_snippet(person, "en", {person.name: f"Test Person {number}"})
    return people


def english_name(person: Person) -> str:
    return person.get_translation(factories.locale("en")).name


@pytest.fixture
def press_centre(people):
    """A press centre of the test's own in every language (language → index) with media
    contacts in its body, a release by the rector and a statement by the marketing head."""
    centre = factories.PressIndexPageFactory(
        parent=factories.own_news_index()["kk"],
        body__0__contact__name="Баспасөз қызметі",
        body__0__contact__email="press@example.org",
    )
    index = factories.translate_everywhere(centre)
    factories.translate_everywhere(
        factories.PressReleasePageFactory(parent=centre, speaker=people[PublicPosition.RECTOR])
    )
    statement = factories.PressReleasePageFactory(
        parent=centre,
        kind=PressReleasePage.Kind.STATEMENT,
        speaker=people[PublicPosition.MARKETING_HEAD],
    )
    factories.translate_everywhere(statement)
    return index


def release(person: Person) -> PressReleasePage:
    index = factories.press_index("en")
    page = PressReleasePage(
        title="Statement", slug="statement", date=datetime.date(2026, 11, 23), speaker=person
    )
    page.set_url_path(index)
    page.locale = index.locale
    return page


def test_a_release_by_someone_who_is_not_a_public_person_is_refused(people):
    officer = people[OTHER]
    with pytest.raises(ValidationError) as error:
        release(officer).full_clean()
    assert error.value.error_dict["speaker"][0].code == "not_a_public_person"


def test_a_public_person_who_left_office_is_refused(people):
    dean = people[PublicPosition.DEAN]
    dean.in_office = False
    dean.save()
    with pytest.raises(ValidationError):
        release(dean).full_clean()


def test_a_release_by_the_rector_is_accepted(people):
    release(people[PublicPosition.RECTOR]).full_clean(exclude=["path", "depth"])


def test_the_admin_form_refuses_a_non_public_person(admin_client, people):
    index = factories.press_index("kk")
    officer = people[OTHER]
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


def test_the_press_centre_lists_attributed_releases_and_media_contacts(
    client, people, press_centre, subtests
):
    for code in LANGUAGE_CODES:
        with subtests.test(language=code):
            index = press_centre[code]
            html = client.get(index.url).content.decode()
            releases = PressReleasePage.objects.live().child_of(index)
            assert releases.count() == 2
            for page in releases:
                assert page.title in html
            assert "press@example.org" in html
    english = client.get(press_centre["en"].url).content.decode()
    assert english_name(people[PublicPosition.RECTOR]) in english
    assert english_name(people[PublicPosition.MARKETING_HEAD]) in english


def test_a_statement_names_its_speaker_and_position(client, press_centre):
    page = PressReleasePage.objects.child_of(press_centre["ru"]).get(kind="statement")
    html = client.get(page.url).content.decode()
    assert page.speaker.name in html
    assert "Официальное заявление" in html
