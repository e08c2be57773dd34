"""Every image may carry a caption and a credit (issue 17); images stored before credits
existed keep working, in the page and in its translations."""

import json

import pytest
from bs4 import BeautifulSoup

from tests import factories

pytestmark = pytest.mark.django_db


def test_image_block_shows_its_caption_and_credit_under_the_picture(client):
    page = factories.page_of_type(
        factories.SubsectionPage,
        body__0="image",
        body__0__image__caption="Оқу залы",
        body__0__image__credit="Фото: А. Сейтқали",
    )
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    figure = soup.select_one(".block-image")
    assert figure.find("picture")
    caption = figure.select_one(".block-image__caption")
    assert caption.find(string=True, recursive=False).strip() == "Оқу залы"
    assert caption.select_one(".block-image__credit").get_text(strip=True) == "Фото: А. Сейтқали"


def test_an_image_stored_before_credits_existed_still_renders_and_translates(client):
    """A stored image block without a ``credit`` key loads with an empty credit: the
    page renders and wagtail-localize can still extract and sync its translation."""
    image = factories.ImageFactory()
    page = factories.page_of_type(factories.SubsectionPage)
    page.body = json.dumps(
        [
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": "Бас ғимарат", "caption": "Күз"},
                "id": "3f1c2a9e-0000-4000-8000-000000000001",
            }
        ]
    )
    page.save_revision().publish()
    assert page.body[0].value["credit"] == ""
    translated = factories.translate(page, "ru", {"Бас ғимарат": "Главный корпус"})
    soup = BeautifulSoup(client.get(translated.url).content, "html.parser")
    assert soup.select_one(".block-image img")["alt"] == "Главный корпус"
    assert not soup.select(".block-image__credit")
