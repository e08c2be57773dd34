"""The home page and galleries as a visitor sees them in Chromium (issue 17): the
university's name as H1, the full width on a desktop and one column on a phone, no
serious accessibility violation, and gallery pictures that open larger with and
without JavaScript."""

import json
import urllib.request
from dataclasses import dataclass

from django.db import connections
from django.utils import translation
from django.utils.translation import gettext

import pytest

from tests import factories
from tests.browser.conftest import _high_water_marks, _remove_since
from tests.browser.test_visitor_journey import assert_accessible

pytestmark = pytest.mark.browser

LANGUAGES = ["kk", "ru", "en"]
UNIVERSITY = "K. Kulazhanov Kazakh University of Technology and Business"
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1366, "height": 900}
LONG_WORD = "Ғылыми-зерттеу" * 12


@dataclass
class HomeData:
    home: dict
    gallery_of_one: str
    long_title: str


def _publish_everywhere(home, body: str) -> None:
    """The kk home gets ``body``; ru and en are synced through wagtail-localize."""
    from wagtail_localize.models import Translation, TranslationSource

    home.body = body
    home.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(home)
    for code in ("ru", "en"):
        target = Translation.objects.get(source=source, target_locale__language_code=code)
        target.save_target(publish=False)
        factories.home_page(code).get_latest_revision().publish()


@pytest.fixture(scope="module")
def home_data(server_url, site_data, django_db_blocker):
    """A home page of every home block with live content in three languages, and a
    gallery of one picture; the home pages get their bodies back afterwards."""
    with django_db_blocker.unblock():
        marks = _high_water_marks()
        kk_home = factories.home_page("kk")
        original = json.dumps(list(kk_home.body.raw_data))
        factories.translate_everywhere(
            factories.NewsPageFactory(
                parent=factories.news_index(),
                # As long as a title may be (255), less the room for " (ru)".
                title=(f"{LONG_WORD} " + "ұзын тақырып " * 10)[:245].strip(),
                hero_image=factories.ImageFactory(),
                hero_alt="Зертханадағы студенттер",
            )
        )
        factories.translate_everywhere(factories.NewsPageFactory(parent=factories.news_index()))
        factories.translate_everywhere(factories.EventPageFactory(parent=factories.event_index()))
        body = factories.home_body(
            **{
                "0": "hero",
                "1": "search",
                "2": "paths",
                "2__paths__paths__0__audience": "applicant",
                "2__paths__paths__1__audience": "student",
                "2__paths__paths__2__audience": "media",
                "3": "news",
                "4": "figures",
                "4__figures__figures__0__number": "2003",
                "4__figures__figures__1__number": "3",
                "5": "events",
                "6": "rector_post",
                "7": "quote",
            }
        )
        _publish_everywhere(kk_home, json.dumps(body.get_prep_value()))
        gallery_page = factories.SubsectionPageFactory(
            parent=factories.place_for(factories.SubsectionPage),
            body__0="gallery",
            body__0__gallery__images__0__caption="Жалғыз сурет",
            body__0__gallery__images__0__credit="Иллюстрация",
        )
        data = HomeData(
            home={code: factories.home_page(code).url for code in LANGUAGES},
            gallery_of_one=gallery_page.url,
            long_title=kk_home.title,
        )
        connections.close_all()
    yield data
    with django_db_blocker.unblock():
        _publish_everywhere(factories.home_page("kk"), original)
        _remove_since(marks)
        connections.close_all()


def university_name(code):
    with translation.override(code):
        return gettext(UNIVERSITY)


def overflow(page) -> int:
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_uses_the_full_width_on_a_desktop_and_one_column_on_a_phone(
    new_page, server_url, home_data, language
):
    desktop = new_page(viewport=DESKTOP)
    desktop.goto(server_url + home_data.home[language])
    assert desktop.locator("h1").inner_text().strip() == university_name(language)
    assert overflow(desktop) <= 0
    text = desktop.locator(".home-hero__text").bounding_box()
    figure = desktop.locator(".home-hero__figure").bounding_box()
    assert figure["x"] >= text["x"] + text["width"] - 1, "hero picture beside the name"
    main = desktop.locator("main").bounding_box()
    news = desktop.locator(".home-news").bounding_box()
    assert news["width"] >= main["width"] - 40, "news uses the page's width"
    cards = [c.bounding_box() for c in desktop.locator(".home-card").all()]
    assert len(cards) >= 2 and abs(cards[0]["y"] - cards[1]["y"]) < 2, "cards side by side"

    phone = new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    phone.goto(server_url + home_data.home[language])
    assert phone.locator("h1").inner_text().strip() == university_name(language)
    assert overflow(phone) <= 0, "the page scrolls sideways on a 360 px phone"
    lefts = {round(c.bounding_box()["x"]) for c in phone.locator(".home-card, .home-path").all()}
    assert len(lefts) == 1, "one column on a phone"


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_with_every_block_has_no_serious_accessibility_violations(
    browser_page, server_url, home_data, language
):
    browser_page.goto(server_url + home_data.home[language])
    assert_accessible(browser_page)


def test_a_long_news_title_wraps_in_its_card_on_a_phone(phone_page, server_url, home_data):
    phone_page.goto(server_url + home_data.home["kk"])
    assert phone_page.get_by_text(LONG_WORD[:20], exact=False).first.is_visible()
    assert overflow(phone_page) <= 0


def test_gallery_picture_opens_its_large_rendition_without_javascript(
    no_js_page, server_url, home_data
):
    no_js_page.goto(server_url + home_data.gallery_of_one)
    link = no_js_page.locator(".block-gallery a[data-lightbox]")
    assert link.count() == 1
    href = link.get_attribute("href")
    assert href.startswith("/media/renditions/")
    assert no_js_page.locator(".block-gallery figcaption").last.inner_text().count("Иллюстрация")
    with urllib.request.urlopen(server_url + href, timeout=10) as response:  # noqa: S310
        assert response.headers["Content-Type"].startswith("image/")
    link.click()
    no_js_page.wait_for_load_state()
    assert no_js_page.url.endswith(href)


def test_gallery_picture_opens_in_a_dialog_that_escape_closes_with_javascript(
    browser_page, server_url, site_data
):
    browser_page.goto(server_url + site_data.urls[("sections.SubsectionPage", "kk")])
    links = browser_page.locator(".block-gallery a[data-lightbox]")
    assert links.count() >= 2
    second = links.nth(1)
    href = second.get_attribute("href")
    alt = second.locator("img").get_attribute("alt")
    second.focus()
    browser_page.keyboard.press("Enter")
    dialog = browser_page.locator("dialog.lightbox")
    assert dialog.is_visible()
    assert dialog.locator("img").get_attribute("src").endswith(href)
    assert dialog.locator("img").get_attribute("alt") == alt
    assert browser_page.evaluate("document.activeElement.className") == "lightbox__close"
    assert browser_page.url.endswith(site_data.urls[("sections.SubsectionPage", "kk")])
    browser_page.keyboard.press("Escape")
    assert not dialog.is_visible()
    assert browser_page.evaluate("document.activeElement.getAttribute('href')") == href
    # The close button closes it too, and a second gallery script does not double it.
    second.click()
    dialog.get_by_role("button").click()
    assert not dialog.is_visible()
    assert browser_page.locator("dialog").count() == 1
