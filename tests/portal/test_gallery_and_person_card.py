"""Galleries open larger without JavaScript, and pages still look intended with a
gallery of one picture or a person without a photo (issue 17, bad input)."""

import pytest
from bs4 import BeautifulSoup

from tests import factories
from tests.documents.staff_only import media_path_variants

pytestmark = pytest.mark.django_db


def rendered(client, **body):
    page = factories.SubsectionPageFactory(
        parent=factories.place_for(factories.SubsectionPage), **body
    )
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_each_gallery_picture_links_to_its_large_rendition(client):
    soup = rendered(
        client,
        body__0="gallery",
        body__0__gallery__images__0__alt_text="Бірінші сурет",
        body__0__gallery__images__1__alt_text="Екінші сурет",
    )
    links = soup.select(".block-gallery a[data-lightbox]")
    assert len(links) == 2
    for link in links:
        assert link["href"].startswith("/media/renditions/")
        thumbnail = link.find("img")
        assert thumbnail["src"] != link["href"], "the link opens a larger picture"
        assert link.select_one(".block-visually-hidden").get_text(strip=True)
    assert soup.find("script", src=lambda src: src and "js/lightbox" in src)


def test_a_gallery_picture_opens_at_its_own_address_and_no_respelling_reaches_another_file(
    client,
):
    """The lightbox's large picture is a rendition served for a year; a respelled path
    (``//``, ``./``, ``%2e``, ``..``, a detour to the originals) is a 404 or that same
    picture, never the original upload or any other file."""
    soup = rendered(
        client,
        body__0="gallery",
        body__0__gallery__images__0__alt_text="Бірінші сурет",
        body__0__gallery__images__1__alt_text="Екінші сурет",
    )
    href = soup.select_one(".block-gallery a[data-lightbox]")["href"]
    response = client.get(href)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/")
    assert "immutable" in response["Cache-Control"]
    picture = b"".join(response.streaming_content)
    name = href.removeprefix("/media/")
    file_name = name.rsplit("/", 1)[1]
    respellings = [v for v in media_path_variants(name) if v.split("?")[0] != href]
    for path in respellings:
        answer = client.get(path)
        body = b"".join(answer.streaming_content) if answer.streaming else answer.content
        # A server that decodes %2f before routing (as WSGI does) finds the same file.
        assert answer.status_code == 404 or body == picture, path
    for path in (
        f"/media/renditions/images/../../original_images/{file_name}",
        f"/media/renditions/images/%2e%2e/%2e%2e/original_images/{file_name}",
        f"/media/renditions/.%2e/original_images/{file_name}",
        f"/media/original_images/{file_name.split('.')[0]}.png",
    ):
        answer = client.get(path)
        assert answer.status_code == 404, path


def test_a_gallery_of_one_picture_is_shown_as_one_wide_picture(client):
    soup = rendered(
        client,
        body__0="gallery",
        body__0__gallery__images__0__caption="Жалғыз сурет",
        body__0__gallery__images__0__credit="Иллюстрация",
    )
    gallery = soup.select_one(".block-gallery")
    assert "block-gallery--single" in gallery["class"]
    assert len(gallery.select("a[data-lightbox]")) == 1
    caption = gallery.select_one(".block-image__caption").get_text(" ", strip=True)
    assert "Жалғыз сурет" in caption and "Иллюстрация" in caption


def test_a_gallery_whose_pictures_are_all_gone_renders_nothing(client):
    soup = rendered(client, body__0="gallery", body__0__gallery__images=[])
    assert not soup.select(".block-gallery")
    assert not soup.find("script", src=lambda src: src and "js/lightbox" in src)


def test_a_person_without_a_photo_shows_name_and_role_and_no_broken_image(client):
    person = factories.PersonFactory(name="Айгүл Серікқызы", position="Декан", photo=None)
    soup = rendered(client, body__0="person", body__0__person__person=person)
    card = soup.select_one(".block-contact")
    assert card.select_one(".block-contact__name").get_text(strip=True) == "Айгүл Серікқызы"
    assert card.select_one(".block-contact__role").get_text(strip=True) == "Декан"
    assert not card.find("img")
    assert "block-contact--with-photo" not in card["class"]
