"""Bad input in the directory's admin: an overlong name, a photo without a description,
a file that is not an image; each is refused with a translated message and nothing is
stored."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.models import Collection

import pytest

from people.models import Person
from tests import factories

pytestmark = pytest.mark.django_db


def person_form(**changes):
    data = {
        "name": "Нұрлан Әбдібеков",
        "slug": "nurlan-abdibekov-admin",
        "position": "Ректор",
        "category": "leadership",
        "unit": "",
        "public_position": "rector",
        "in_office": "on",
        "photo": "",
        "photo_alt": "",
        "email": "",
        "phone": "",
        "office": "",
        "office_hours": "",
        "degrees": "",
        "biography": "",
        "expertise": "",
        "expert_approved_on": "",
    }
    return {**data, **changes}


def add_person(client, **changes):
    url = reverse("wagtailsnippets_people_person:add") + "?locale=kk"
    return client.post(url, person_form(**changes))


def test_the_admin_adds_a_person(admin_client):
    response = add_person(admin_client)
    assert response.status_code == 302
    person = Person.objects.get(slug="nurlan-abdibekov-admin")
    assert person.name_key == "nurlan abdibekov"


def test_a_slug_typed_in_kazakh_is_saved_in_latin(admin_client):
    """The admin's slug fields write Cyrillic in Latin (portal/slugs.py)."""
    assert add_person(admin_client, slug="нұрлан-әбдібеков").status_code == 302
    assert Person.objects.filter(slug="nurlan-abdibekov").exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "Н" * 151}, "name"),
        ({"phone": "call the rector"}, "phone"),
        ({"slug": "nurlan abdibekov"}, "slug"),
        ({"expert_approved_on": "2026-01-01"}, "expertise"),
    ],
    ids=["overlong-name", "bad-phone", "slug-with-a-space", "expert-without-areas"],
)
def test_bad_person_input_is_refused_in_kazakh_and_nothing_is_stored(admin_client, changes, field):
    admin_client.cookies["django_language"] = "kk"
    response = add_person(admin_client, **changes)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Person.objects.filter(slug__startswith="nurlan").exists()
    assert not Person.objects.filter(name__startswith="ННН").exists()


def test_a_photo_needs_a_description(admin_client):
    image = factories.ImageFactory()
    response = add_person(admin_client, photo=image.pk)
    assert response.status_code == 200
    assert "photo_alt" in response.context["form"].errors
    assert not Person.objects.filter(slug="nurlan-abdibekov-admin").exists()


def test_a_file_that_is_not_an_image_cannot_become_a_photo(admin_client):
    before = get_image_model().objects.count()
    fake = SimpleUploadedFile("photo.jpg", b"%PDF-1.4 not an image", content_type="image/jpeg")
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Фото", "file": fake, "collection": Collection.get_first_root_node().pk},
    )
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert get_image_model().objects.count() == before
