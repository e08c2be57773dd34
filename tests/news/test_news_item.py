"""A news item shows its date, lead, hero photo with alt text and responsive renditions,
galleries and video, tags, related news, and a notice when withdrawn (N1, W §8.3.8)."""

import datetime

from django.core.exceptions import ValidationError

import pytest

from news.models import NewsIndexPage, NewsPage
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


def news_item(code: str, slug_en: str) -> NewsPage:
    source = NewsPage.objects.get(locale__language_code="en", slug=slug_en)
    return NewsPage.objects.get(translation_key=source.translation_key, locale__language_code=code)


def test_every_demo_item_has_a_hero_photo_with_alt_text_at_least_1200_by_800(subtests):
    items = NewsPage.objects.live()
    assert items.filter(locale__language_code="kk").count() >= 12
    for item in items:
        with subtests.test(item=item.url_path):
            assert item.hero_image.width >= 1200 and item.hero_image.height >= 800
            assert item.hero_alt.strip()


def test_hero_photo_is_a_responsive_picture_with_the_items_alt_text(client, subtests):
    for code in LANGUAGE_CODES:
        with subtests.test(language=code):
            item = news_item(code, "open-day-2026")
            html = client.get(item.url).content.decode()
            assert "<picture>" in html and "image/webp" in html
            assert 'srcset="' in html and "1440w" in html
            assert f'alt="{item.hero_alt}"' in html


def test_photo_report_gallery_and_video_report_are_shown(client):
    gallery = client.get(news_item("kk", "open-day-2026").url).content.decode()
    assert 'class="block-gallery"' in gallery and "Фотоесеп" in gallery
    assert gallery.count("block-image__img") >= 3
    video = client.get(news_item("ru", "republic-day-concert").url).content.decode()
    assert "Видеоотчёт с концерта" in video
    assert "https://www.youtube.com/watch?v=mwrGSfiB1Mg" in video


def test_tags_link_to_the_filtered_index_in_the_items_language(client):
    item = news_item("ru", "volleyball-champions")
    html = client.get(item.url).content.decode()
    index = NewsIndexPage.objects.get(locale__language_code="ru")
    assert f'href="{index.url}?tag=' in html and ">спорт</a>" in html


def test_related_news_shares_a_tag_or_category_in_the_same_language(client):
    item = news_item("en", "erasmus-information-session")
    related = list(item.related_news())
    assert related and item not in related
    for other in related:
        assert other.locale_id == item.locale_id
        assert set(other.tags.names()) & set(item.tags.names()) or other.category == item.category
    assert "Related news" in client.get(item.url).content.decode()


def test_a_withdrawn_item_stays_at_its_address_with_a_dated_notice(client, subtests):
    notices = {
        "kk": "жарияланды",
        "ru": "Расписание было опубликовано по ошибке",
        "en": "by mistake",
    }
    for code in LANGUAGE_CODES:
        with subtests.test(language=code):
            item = news_item(code, "winter-exam-timetable")
            response = client.get(item.url)
            assert response.status_code == 200
            html = response.content.decode()
            assert "news-item__withdrawn" in html
            assert notices[code] in html


def test_withdrawing_an_item_shows_the_withdrawal_date(client):
    item = news_item("en", "blood-donor-day")
    item.withdrawn_on = datetime.date(2026, 11, 21)
    item.withdrawal_notice = "The figures were wrong."
    item.save_revision().publish()
    html = client.get(item.url).content.decode()
    assert "This item was withdrawn on Nov. 21, 2026." in html
    assert "The figures were wrong." in html


def test_a_hero_image_without_alt_text_is_refused():
    item = news_item("en", "blood-donor-day")
    item.hero_alt = ""
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "hero_alt" in error.value.message_dict


def test_a_withdrawal_without_a_reason_is_refused():
    item = news_item("en", "blood-donor-day")
    item.withdrawn_on = datetime.date(2026, 11, 21)
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "withdrawal_notice" in error.value.message_dict


def test_an_editor_can_delete_a_news_item(admin_client):
    item = news_item("kk", "blood-donor-day")
    response = admin_client.post(f"/admin/pages/{item.pk}/delete/")
    assert response.status_code == 302
    assert not NewsPage.objects.filter(pk=item.pk).exists()


def test_a_translation_keeps_its_own_tags_when_the_kazakh_source_is_synced():
    from wagtail_localize.models import Translation, TranslationSource

    source_page = news_item("kk", "volleyball-champions")
    russian = news_item("ru", "volleyball-champions")
    assert sorted(russian.tags.names()) == ["спорт", "студенты"]
    source_page.title = "Волейбол командамыз чемпион атанды"
    source_page.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(source_page)
    translation = Translation.objects.get(source=source, target_locale=russian.locale)
    translation.save_target(publish=False)
    draft = russian.get_latest_revision_as_object()
    assert sorted(draft.tags.names()) == ["спорт", "студенты"]
