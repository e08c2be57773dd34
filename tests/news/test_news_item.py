"""A news item shows its date, lead, hero photo with alt text and responsive renditions,
galleries and video, tags, related news, and a notice when withdrawn (N1, W §8.3.8)."""

import datetime
import json

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

import pytest

from news.models import NewsPage
from tests import factories
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


@pytest.fixture
def items():
    """News items of the test's own, in every language (language → item):
    an open day with a hero photo and a photo report, a concert with a video report,
    a tagged sports item with a related one, and a withdrawn timetable."""
    index = factories.news_index()
    hero = factories.ImageFactory(
        file=ContentFile(factories.image_bytes(1600, 1000), name="open-day.png")
    )
    open_day = factories.news_item(
        index,
        {"ru": "День открытых дверей", "en": "Open day"},
        hero_image=hero,
        hero_alt="Талапкерлер университет фойесінде",
        body__0__gallery__title="Фотоесеп",
        body__0__gallery__images__0__alt_text="Зертханадағы талапкерлер",
        body__0__gallery__images__1__alt_text="Кітапханадағы талапкерлер",
        body__0__gallery__images__2__alt_text="Акт залындағы талапкерлер",
    )
    concert = factories.news_item(
        index,
        body=json.dumps(
            [
                {
                    "type": "video",
                    "value": {
                        "video": VIDEO_URL,
                        "title": "Концерттен бейнеесеп",
                        "transcript": "",
                    },
                }
            ]
        ),
    )
    factories.translate(concert["kk"], "ru", {"Концерттен бейнеесеп": "Видеоотчёт с концерта"})
    concert["ru"].refresh_from_db()
    sport = {"kk": ["спорт", "студенттер"], "ru": ["спорт", "студенты"], "en": ["sport"]}
    volleyball = factories.news_item(index, category="students", tags=sport)
    exchange = factories.news_item(index, category="international", tags=sport)
    timetable = factories.news_item(
        index,
        withdrawn_on=datetime.date(2026, 11, 20),
        withdrawal_notice="Кесте қате жарияланды.",
    )
    factories.translate(
        timetable["kk"], "ru", {"Кесте қате жарияланды.": "Расписание было опубликовано по ошибке."}
    )
    factories.translate(
        timetable["kk"], "en", {"Кесте қате жарияланды.": "The timetable was published by mistake."}
    )
    plain = factories.news_item(index)
    return {
        "open_day": open_day,
        "concert": concert,
        "volleyball": volleyball,
        "exchange": exchange,
        "timetable": timetable,
        "plain": plain,
    }


VIDEO_URL = "https://www.youtube.com/watch?v=mwrGSfiB1Mg"


def news_item(items, name: str, code: str) -> NewsPage:
    """The current version of one of the ``items`` in a language."""
    return NewsPage.objects.get(pk=items[name][code].pk)


def test_hero_photo_is_a_responsive_picture_with_the_items_alt_text(client, items, subtests):
    for code in LANGUAGE_CODES:
        with subtests.test(language=code):
            item = news_item(items, "open_day", code)
            html = client.get(item.url).content.decode()
            assert "<picture>" in html and "image/webp" in html
            assert 'srcset="' in html and "1440w" in html
            assert f'alt="{item.hero_alt}"' in html


def test_photo_report_gallery_and_video_report_are_shown(client, items):
    gallery = client.get(news_item(items, "open_day", "kk").url).content.decode()
    assert 'class="block-gallery"' in gallery and "Фотоесеп" in gallery
    assert gallery.count("block-image__img") >= 3
    video = client.get(news_item(items, "concert", "ru").url).content.decode()
    assert "Видеоотчёт с концерта" in video
    assert VIDEO_URL in video


def test_tags_link_to_the_filtered_index_in_the_items_language(client, items):
    item = news_item(items, "volleyball", "ru")
    html = client.get(item.url).content.decode()
    index = item.get_parent()
    assert f'href="{index.url}?tag=' in html and ">спорт</a>" in html


def test_related_news_shares_a_tag_or_category_in_the_same_language(client, items):
    item = news_item(items, "exchange", "en")
    related = list(item.related_news())
    assert related and item not in related
    for other in related:
        assert other.locale_id == item.locale_id
        assert set(other.tags.names()) & set(item.tags.names()) or other.category == item.category
    assert "Related news" in client.get(item.url).content.decode()


def test_a_withdrawn_item_stays_at_its_address_with_a_dated_notice(client, items, subtests):
    notices = {
        "kk": "жарияланды",
        "ru": "Расписание было опубликовано по ошибке",
        "en": "by mistake",
    }
    for code in LANGUAGE_CODES:
        with subtests.test(language=code):
            item = news_item(items, "timetable", code)
            response = client.get(item.url)
            assert response.status_code == 200
            html = response.content.decode()
            assert "news-item__withdrawn" in html
            assert notices[code] in html


def test_withdrawing_an_item_shows_the_withdrawal_date(client, items):
    item = news_item(items, "plain", "en")
    item.withdrawn_on = datetime.date(2026, 11, 21)
    item.withdrawal_notice = "The figures were wrong."
    item.save_revision().publish()
    html = client.get(item.url).content.decode()
    assert "This item was withdrawn on 21 November 2026." in html
    assert "The figures were wrong." in html


def test_a_hero_image_without_alt_text_is_refused(items):
    item = news_item(items, "open_day", "en")
    item.hero_alt = ""
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "hero_alt" in error.value.message_dict


def test_a_withdrawal_without_a_reason_is_refused(items):
    item = news_item(items, "plain", "en")
    item.withdrawn_on = datetime.date(2026, 11, 21)
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "withdrawal_notice" in error.value.message_dict


def test_an_editor_can_delete_a_news_item(admin_client, items):
    item = news_item(items, "plain", "kk")
    response = admin_client.post(f"/admin/pages/{item.pk}/delete/")
    assert response.status_code == 302
    assert not NewsPage.objects.filter(pk=item.pk).exists()


def test_a_translation_keeps_its_own_tags_when_the_kazakh_source_is_synced(items):
    from wagtail_localize.models import Translation, TranslationSource

    source_page = news_item(items, "volleyball", "kk")
    russian = news_item(items, "volleyball", "ru")
    assert sorted(russian.tags.names()) == ["спорт", "студенты"]
    source_page.title = "Волейбол командамыз чемпион атанды"
    source_page.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(source_page)
    translation = Translation.objects.get(source=source, target_locale=russian.locale)
    translation.save_target(publish=False)
    draft = russian.get_latest_revision_as_object()
    assert sorted(draft.tags.names()) == ["спорт", "студенты"]
