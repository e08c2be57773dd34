"""Lists cost the same SQL however many items they hold, within the budget of 12, in
every language (issue 16, flat cost with size; bench/SCALE.md measures the time).

Each test renders a page with a couple of items, adds dozens more across many months,
and renders it again: a query per item, per month or per language would show as a
difference. Timing is the bench's business, not the tests'.
"""

import datetime

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from tests import factories

pytestmark = pytest.mark.django_db

BUDGET = 12
LANGUAGES = ("kk", "ru", "en")


def _queries(url: str) -> tuple[int, str]:
    client = Client()
    client.get(url)  # warm the process: site root paths, content types
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured), response.content.decode()


def _news(index: dict, dates: list[datetime.date]) -> None:
    """Items written in each language's index directly: many, quickly."""
    for language, page in index.items():
        for date in dates:
            factories.NewsPageFactory(parent=page, date=date, locale=factories.locale(language))


def test_news_index_and_archive_month_cost_the_same_sql_with_60_items_over_20_months():
    index = factories.own_news_index()
    _news(index, [datetime.date(2026, 11, 3), datetime.date(2026, 10, 3)])
    few = {}
    for language in LANGUAGES:
        url = index[language].url
        few[language] = (_queries(url)[0], _queries(url + "2026/11/")[0])
    months = [datetime.date(2026 - n // 12, 12 - n % 12, 1) for n in range(1, 21)]
    _news(index, [month.replace(day=day) for month in months for day in (4, 12, 25)])
    for language in LANGUAGES:
        url = index[language].url
        listing, html = _queries(url)
        archive, archive_html = _queries(url + "2026/11/")
        assert (listing, archive) == few[language], language
        assert max(listing, archive) <= BUDGET, (language, listing, archive)
        # The archive navigation lists every month that has news: 20 months.
        assert html.count('href="' + url + "20") >= 20, language
        assert 'rel="next"' in html, language
        assert archive_html.count('class="card news-card"') == 4, language


def test_events_calendar_costs_the_same_sql_with_40_events():
    calendars = factories.translate_everywhere(
        factories.EventIndexPageFactory(parent=factories.own_news_index()["kk"])
    )
    now = timezone.now().replace(microsecond=0)

    def add(count: int, offset_days: int) -> None:
        for language, calendar in calendars.items():
            for number in range(count):
                start = now + datetime.timedelta(days=offset_days + number)
                factories.EventPageFactory(
                    parent=calendar,
                    locale=factories.locale(language),
                    start=start,
                    end=start + datetime.timedelta(hours=2),
                )

    add(2, 10)
    few = {language: _queries(page.url)[0] for language, page in calendars.items()}
    add(30, 20)
    add(10, -60)
    for language, calendar in calendars.items():
        upcoming, html = _queries(calendar.url)
        past, _html = _queries(calendar.url + "past/")
        assert upcoming == few[language], language
        assert max(upcoming, past) <= BUDGET, (language, upcoming, past)
        assert 'rel="next"' in html, language


def test_translated_pages_cost_no_more_sql_than_the_kazakh_source():
    """The route starts from the language's home in one query: a Russian or English
    page used to cost one or two queries more than its Kazakh source."""
    page = factories.SubsectionPageFactory(parent=factories.sections()[0])
    pages = factories.translate_everywhere(page)
    counts = {language: _queries(p.url)[0] for language, p in pages.items()}
    assert counts["ru"] <= counts["kk"] and counts["en"] <= counts["kk"], counts
    assert max(counts.values()) <= BUDGET, counts


# As in production (portal/settings/base.py has no renditions alias, so Wagtail keeps
# renditions in the default cache): the test settings turn that cache off.
WITH_RENDITIONS_CACHE = {
    **settings.CACHES,
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}


@override_settings(CACHES=WITH_RENDITIONS_CACHE)
def test_news_item_with_a_gallery_and_the_press_centre_stay_within_the_budget():
    hero = factories.ImageFactory(file=ContentFile(factories.image_bytes(), name="hero.png"))
    item = factories.news_item(
        factories.own_news_index()["kk"],
        hero_image=hero,
        hero_alt="Талапкерлер университет фойесінде",
        body__0__gallery__title="Фотоесеп",
        body__0__gallery__images__0__alt_text="Зертханадағы талапкерлер",
        body__0__gallery__images__1__alt_text="Кітапханадағы талапкерлер",
        body__0__gallery__images__2__alt_text="Акт залындағы талапкерлер",
    )
    press = factories.translate_everywhere(
        factories.PressIndexPageFactory(parent=factories.own_news_index()["kk"])
    )
    for language in LANGUAGES:
        for page in (item[language], press[language]):
            count, _html = _queries(page.url)
            assert count <= BUDGET, (language, page.url, count)
