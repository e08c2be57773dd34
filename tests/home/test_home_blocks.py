"""The home page a university ships (issue 17): its H1 is the university's name in every
language, and everything under it is an editor's block (hero, quick paths, live news
with pictures, events, the rector's post, key figures, the search box) that renders
from its own factory data, pulls live content of the page's language, and renders
nothing broken when it is empty."""

import datetime
import json

from django.utils import timezone, translation
from django.utils.translation import gettext

from wagtail.blocks import StructBlockValidationError
from wagtail_localize.models import Translation, TranslationSource

import pytest
from bs4 import BeautifulSoup

from home.blocks import HeroBlock
from sections.models import SubsectionPage
from tests import factories
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

UNIVERSITY = "K. Kulazhanov Kazakh University of Technology and Business"


def university_name(code):
    with translation.override(code):
        return gettext(UNIVERSITY)


def page_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def assert_ids_unique(soup):
    ids = [tag["id"] for tag in soup.find_all(id=True)]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def assert_no_empty_sections(soup):
    """Every home section has a heading with words and something under it."""
    for section in soup.select(".home-section"):
        heading = section.find("h2")
        assert heading and heading.get_text(strip=True), section
        assert section.find(["ul", "dl", "form"]), section


# --- The H1 -----------------------------------------------------------------------


def test_home_h1_is_the_universitys_name_in_every_language_not_the_page_title(client, subtests):
    for code in LANGUAGE_CODES:
        with subtests.test(language=code):
            home = factories.home_page(code)
            soup = page_html(client, home)
            headings = soup.find_all("h1")
            assert len(headings) == 1
            assert headings[0].get_text(strip=True) == university_name(code)
            assert headings[0].get_text(strip=True) != home.title
    assert len({university_name(code) for code in LANGUAGE_CODES}) == 3, "name untranslated"


# --- Each block with its factory data ----------------------------------------------------


def test_hero_shows_the_editors_picture_responsively_with_caption_and_credit(client):
    home = factories.publish_home_body(**{"0": "hero"})
    soup = page_html(client, home)
    hero = soup.select_one(".home-hero")
    assert hero.find("h1")
    picture = hero.find("picture")
    webp = picture.find("source", type="image/webp")
    assert webp and "sizes" in webp.attrs and len(webp["srcset"].split(",")) >= 3
    image = picture.find("img")
    assert image["alt"] == "Университеттің бас ғимараты"
    # Renditions are fingerprinted files served from their own folder (portal/media.py).
    assert image["src"].startswith("/media/renditions/")
    caption = hero.find("figcaption").get_text(" ", strip=True)
    assert "Бас ғимарат, күз" in caption and "Фото: А. Сейтқали" in caption
    assert not hero.select(".home-hero__pattern")


def test_without_a_hero_picture_the_hero_is_a_pattern_in_the_universitys_colours(client):
    home = factories.publish_home_body(**{"0": "hero", "0__hero__image": None})
    soup = page_html(client, home)
    pattern = soup.select_one(".home-hero .home-hero__pattern")
    assert pattern is not None and pattern["aria-hidden"] == "true"
    assert not soup.select(".home-hero img")


def test_quick_paths_link_each_audience_to_the_editors_page_in_the_visitors_language(client):
    target = factories.page_of_type(factories.SubsectionPage)
    ru_target = factories.translate(target, "ru", {target.title: "Абитуриенту (тест)"})
    home = factories.publish_home_body(
        **{
            "0": "paths",
            "0__paths__paths__0__audience": "applicant",
            "0__paths__paths__0__link__label": "",
            "0__paths__paths__0__link__url": "",
            "0__paths__paths__0__link__page": target,
            "0__paths__paths__1__audience": "media",
            "0__paths__paths__1__description": "Баспасөз релиздері",
        }
    )
    soup = page_html(client, home)
    links = soup.select(".home-paths .home-path__link")
    assert [link["href"] for link in links] == [target.url, "https://example.kz/"]
    assert target.title in links[0].get_text()
    assert "Баспасөз релиздері" in links[1].get_text()
    with translation.override("kk"):
        assert gettext("Applicants") in links[0].get_text()
    ru_home = factories.translate(home, "ru")
    ru_link = page_html(client, ru_home).select_one(".home-paths .home-path__link")
    assert ru_link["href"] == ru_target.url
    assert "Абитуриенту (тест)" in ru_link.get_text()


def test_key_figures_show_each_number_with_what_it_counts(client):
    home = factories.publish_home_body(
        **{
            "0": "figures",
            "0__figures__figures__0__number": "1 200",
            "0__figures__figures__0__label": "студент",
            "0__figures__figures__1__number": "95%",
            "0__figures__figures__1__label": "түлектер жұмыста",
        }
    )
    soup = page_html(client, home)
    figures = soup.select(".home-figures .home-figure")
    assert [(f.dd.get_text(strip=True), f.dt.get_text(strip=True)) for f in figures] == [
        ("1 200", "студент"),
        ("95%", "түлектер жұмыста"),
    ]
    assert soup.select_one(".home-figures h2").get_text(strip=True) == "Университет сандармен"


def test_search_box_sends_the_query_to_site_search_with_its_own_ids(client):
    home = factories.publish_home_body(**{"0": "search"})
    soup = page_html(client, home)
    form = soup.select_one(".home-search form")
    assert form["action"] == "/kk/search/" or form["action"].endswith("/search/")
    field = form.find("input", attrs={"name": "q"})
    assert soup.find("label", attrs={"for": field["id"]})
    assert field["id"] != "site-search-query"
    assert_ids_unique(soup)


def test_latest_news_shows_the_newest_items_of_the_count_with_pictures_or_a_placeholder(client):
    index = factories.news_index()
    today = timezone.localdate()
    oldest = factories.NewsPageFactory(parent=index, date=today - datetime.timedelta(days=3))
    with_picture = factories.NewsPageFactory(
        parent=index,
        date=today - datetime.timedelta(days=1),
        hero_image=factories.ImageFactory(),
        hero_alt="Зертханадағы студенттер",
    )
    without_picture = factories.NewsPageFactory(parent=index, date=today, category="science")
    home = factories.publish_home_body(**{"0": "news", "0__news__count": 2})
    soup = page_html(client, home)
    cards = soup.select(".home-news .home-card")
    titles = [card.h3.get_text(strip=True) for card in cards]
    assert titles == [without_picture.title, with_picture.title]
    assert oldest.title not in soup.get_text()
    assert cards[0].select_one(".home-card__placeholder")["aria-hidden"] == "true"
    assert not cards[0].find("img")
    picture = cards[1].find("picture")
    assert picture.find("source", type="image/webp")["sizes"]
    assert picture.find("img")["alt"] == "Зертханадағы студенттер"
    assert soup.select_one(".home-news .home-section__more")["href"] == index.url


def test_upcoming_events_show_only_events_that_have_not_ended(client):
    index = factories.event_index()
    coming = factories.EventPageFactory(parent=index)
    past_start = timezone.now() - datetime.timedelta(days=3)
    past = factories.EventPageFactory(parent=index, start=past_start)
    home = factories.publish_home_body(**{"0": "events"})
    soup = page_html(client, home)
    events = soup.select(".home-events .home-event")
    assert coming.title in [event.h3.get_text(strip=True) for event in events]
    assert past.title not in soup.get_text()
    assert events[0].find("time")


def test_rectors_post_block_shows_the_latest_post_of_the_pages_language(client):
    index = factories.blog_index()
    today = timezone.localdate()
    factories.BlogPostPageFactory(parent=index, date=today - datetime.timedelta(days=5))
    latest = factories.BlogPostPageFactory(parent=index, date=today, intro="Ашықтық туралы.")
    home = factories.publish_home_body(**{"0": "rector_post"})
    soup = page_html(client, home)
    posts = soup.select(".home-rector .home-rector__post")
    assert len(posts) == 1
    assert posts[0].h3.get_text(strip=True) == latest.title
    assert posts[0].find("a")["href"] == latest.url
    assert "Ашықтық туралы." in posts[0].get_text()


def test_home_subsections_in_no_menu_are_cards_on_the_home_page_in_every_language(client):
    """Faculties, Student life, International cooperation and Science and innovation
    (S1) hang under the home page and are in no menu: the home page links them."""
    for code in LANGUAGE_CODES:
        home = factories.publish_home_body(code, **{"0": "sections"})
        soup = page_html(client, home)
        links = [link["href"] for link in soup.select(".home-subsections h3 a")]
        subsections = SubsectionPage.objects.child_of(home).live().order_by("path")
        assert links == [page.url for page in subsections]
        assert len(links) == 4


def test_live_blocks_show_content_of_the_pages_own_language_only(client):
    kk_news = factories.NewsPageFactory(parent=factories.news_index())
    home = factories.publish_home_body(**{"0": "news"})
    ru_home = factories.translate(home, "ru")
    assert kk_news.title in page_html(client, home).get_text()
    assert kk_news.title not in page_html(client, ru_home).get_text()


# --- Empty and bad input -------------------------------------------------------------------


def test_home_with_no_blocks_shows_the_name_a_pattern_hero_and_the_search_box(client):
    home = factories.home_page()
    home.body = []
    home.save_revision().publish()
    soup = page_html(client, home)
    assert soup.h1.get_text(strip=True) == university_name("kk")
    assert soup.select_one(".home-hero__pattern")
    assert soup.select_one(".home-search form")
    assert_no_empty_sections(soup)
    assert_ids_unique(soup)


def test_every_home_block_with_nothing_to_show_renders_nothing_broken(client):
    """Live blocks with nothing published, a hero without a picture, paths whose page is
    unpublished, figures and titles left empty (as stored data may be): the page still
    looks intended in every language."""
    unpublished = factories.page_of_type(factories.SubsectionPage, publish=False)
    link = {"label": "", "page": unpublished.pk, "url": ""}
    body = [
        {"type": "hero", "value": {"image": None, "alt_text": "", "caption": "", "credit": ""}},
        {"type": "search", "value": {"title": ""}},
        {"type": "paths", "value": {"title": "", "paths": [{"audience": "student", "link": link}]}},
        {"type": "news", "value": {"title": "", "count": 3}},
        {"type": "events", "value": {"title": "", "count": 3}},
        {"type": "rector_post", "value": {"title": "", "count": None}},
        {"type": "figures", "value": {"title": "", "figures": []}},
        {"type": "gallery", "value": {"title": "", "images": []}},
    ]
    for code in LANGUAGE_CODES:
        home = factories.home_page(code)
        home.body = json.dumps(body)
        home.save_revision().publish()
        soup = page_html(client, home)
        assert soup.h1.get_text(strip=True) == university_name(code)
        assert soup.select_one(".home-hero__pattern")
        for absent in (".home-news", ".home-events", ".home-rector", ".home-paths"):
            assert not soup.select(absent), absent
        assert not soup.select(".home-figures") and not soup.select(".block-gallery")
        assert_no_empty_sections(soup)
        assert_ids_unique(soup)


def test_a_longest_possible_title_does_not_replace_the_universitys_name(client):
    home = factories.home_page()
    home.title = "Басты бет " * 25 + "соңы"
    home.title = home.title[:255]
    home.save_revision().publish()
    soup = page_html(client, home)
    assert soup.h1.get_text(strip=True) == university_name("kk")
    assert home.title in soup.title.get_text()


def test_hero_picture_without_alt_text_is_refused_with_a_message():
    block = HeroBlock()
    value = block.to_python({"image": factories.ImageFactory().pk, "alt_text": " "})
    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(value)
    assert raised.value.block_errors["alt_text"].code == "hero_alt_text_missing"


# --- Translation -------------------------------------------------------------------------


def test_translated_home_pages_sync_the_blocks_and_take_their_own_words(client):
    """wagtail-localize offers the home blocks' texts to translators; counts, choices and
    pictures follow the Kazakh source when translations are synced."""
    home = factories.publish_home_body(
        **{
            "0": "hero",
            "1": "figures",
            "1__figures__figures__0__label": "факультет",
            "1__figures__figures__0__number": "3",
            "2": "news",
            "2__news__count": 2,
        }
    )
    ru_home = factories.home_page("ru")
    source, _created = TranslationSource.update_or_create_from_instance(home)
    factories._translate_segments(
        source,
        factories.locale("ru"),
        {"факультет": "факультета", "Бас ғимарат, күз": "Главный корпус, осень"},
    )
    translation_record = Translation.objects.get(source=source, target_locale__language_code="ru")
    translation_record.save_target(publish=False)
    ru_home.refresh_from_db()
    ru_home.get_latest_revision().publish()
    ru_home.refresh_from_db()
    assert [block.block_type for block in ru_home.body] == ["hero", "figures", "news"]
    assert ru_home.body[2].value["count"] == 2
    assert ru_home.body[0].value["image"] == home.body[0].value["image"]
    soup = page_html(client, ru_home)
    assert soup.h1.get_text(strip=True) == university_name("ru")
    assert "Главный корпус, осень" in soup.select_one(".home-hero figcaption").get_text()
    assert soup.select_one(".home-figure dt").get_text(strip=True) == "факультета"
