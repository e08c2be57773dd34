"""Every date and time the public sees reads as its language writes it (L1, issue 17):
Kazakh "20 қараша 2026" and 24-hour "14:00", Russian "20 ноября 2026 г.", English
"20 November 2026", never Django's fallback "Қар. 20, 2026" or "10 Т.Ж. – 2 Т.Қ.".

Each test builds its own page in kk with ru and en translations (translations copy the
dates) and reads the visible text of the public page in each language."""

import datetime
import re

from django.utils import formats, translation
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines

import pytest

from documents.programmes import Programme
from documents.register import RegisteredDocument
from news.models import BlogComment
from tests import factories
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

#: 05:00 and 09:00 UTC are 10:00 and 14:00 in Astana (UTC+5).
START = datetime.datetime(2030, 11, 20, 5, 0, tzinfo=datetime.UTC)

DAY = {"kk": "20 қараша 2026", "ru": "20 ноября 2026 г.", "en": "20 November 2026"}
SAME_DAY_EVENT = {
    "kk": "20 қараша 2030, 10:00 – 14:00",
    "ru": "20 ноября 2030 г., 10:00 – 14:00",
    "en": "20 November 2030, 10:00 – 14:00",
}
WRONG_FORMS = re.compile(r"Т\.Ж\.|Т\.Қ\.|a\.m\.|p\.m\.|Қар\.|Nov\.|Ноя\.")


def visible_text(response) -> str:
    """The text a reader sees in the page's main content, whitespace collapsed."""
    assert response.status_code == 200
    html = response.content.decode()
    main = html.split("<main", 1)[-1].split("</main>", 1)[0]
    text = strip_tags(normalize_newlines(main)).replace("&nbsp;", " ").replace("\xa0", " ")
    return re.sub(r"\s+", " ", text)


def assert_reads(client, url: str, expected: str):
    text = visible_text(client.get(url))
    assert expected in text, text
    assert not WRONG_FORMS.search(text), WRONG_FORMS.search(text).group(0)


def test_a_news_item_and_the_news_list_show_the_date_in_each_languages_form(client, subtests):
    index = factories.own_news_index()
    items = factories.news_item(index["kk"], date=datetime.date(2026, 11, 20))
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            assert_reads(client, items[language].url, DAY[language])
            assert_reads(client, index[language].url, DAY[language])


def test_a_withdrawn_item_states_its_withdrawal_date_in_each_languages_form(client, subtests):
    items = factories.news_item(factories.own_news_index()["kk"], date=datetime.date(2026, 11, 1))
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            item = items[language]
            item.withdrawn_on = datetime.date(2026, 11, 20)
            item.withdrawal_notice = "—"
            item.save_revision().publish()
            assert_reads(client, item.url, DAY[language])


def test_the_news_archive_names_the_month_in_each_language(client, subtests):
    index = factories.own_news_index()
    factories.news_item(index["kk"], date=datetime.date(2026, 11, 20))
    month = {"kk": "Қараша 2026", "ru": "Ноябрь 2026", "en": "November 2026"}
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            assert_reads(client, f"{index[language].url}2026/11/", month[language])


def test_an_event_on_one_day_shows_its_date_once_and_24_hour_times(client, subtests):
    calendar = factories.translate_everywhere(
        factories.EventIndexPageFactory(parent=factories.own_news_index()["kk"])
    )
    events = factories.translate_everywhere(
        factories.EventPageFactory(
            parent=calendar["kk"], start=START, end=START + datetime.timedelta(hours=4)
        )
    )
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            assert_reads(client, events[language].url, SAME_DAY_EVENT[language])
            assert_reads(client, calendar[language].url, SAME_DAY_EVENT[language])


def test_an_event_over_several_days_shows_both_dates_with_times(client, subtests):
    calendar = factories.translate_everywhere(
        factories.EventIndexPageFactory(parent=factories.own_news_index()["kk"])
    )
    events = factories.translate_everywhere(
        factories.EventPageFactory(
            parent=calendar["kk"], start=START, end=START + datetime.timedelta(days=2, hours=4)
        )
    )
    expected = {
        "kk": "20 қараша 2030, 10:00 – 22 қараша 2030, 14:00",
        "ru": "20 ноября 2030 г., 10:00 – 22 ноября 2030 г., 14:00",
        "en": "20 November 2030, 10:00 – 22 November 2030, 14:00",
    }
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            assert_reads(client, events[language].url, expected[language])


def test_a_blog_post_and_its_comment_show_date_and_time_in_each_languages_form(client, subtests):
    post = factories.BlogPostPageFactory(
        parent=factories.blog_index(), date=datetime.date(2026, 11, 20)
    )
    posts = factories.translate_everywhere(post)
    commented = {
        "kk": "20 қараша 2026, 14:00",
        "ru": "20 ноября 2026 г., 14:00",
        "en": "20 November 2026, 14:00",
    }
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            comment = factories.BlogCommentFactory(
                post=posts[language], status=BlogComment.Status.APPROVED
            )
            BlogComment.objects.filter(pk=comment.pk).update(
                created_at=datetime.datetime(2026, 11, 20, 9, 0, tzinfo=datetime.UTC)
            )
            assert_reads(client, posts[language].url, DAY[language])
            assert_reads(client, posts[language].url, commented[language])


def test_a_press_release_and_the_press_centre_show_the_date_in_each_languages_form(
    client, subtests
):
    centre = factories.translate_everywhere(
        factories.PressIndexPageFactory(parent=factories.own_news_index()["kk"])
    )
    releases = factories.translate_everywhere(
        factories.PressReleasePageFactory(parent=centre["kk"], date=datetime.date(2026, 11, 20))
    )
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            assert_reads(client, releases[language].url, DAY[language])
            assert_reads(client, centre[language].url, DAY[language])


def test_the_document_library_shows_effective_dates_in_each_languages_form(client, subtests):
    RegisteredDocument.objects.all().delete()
    entry = factories.RegisteredDocumentFactory(versions=0)
    factories.DocumentVersionFactory(document=entry, effective_date=datetime.date(2026, 11, 20))
    entry.save()
    libraries = factories.translate_everywhere(
        factories.DocumentLibraryPageFactory(parent=factories.sections()[0])
    )
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            library = libraries[language]
            assert_reads(client, library.url, DAY[language])
            assert_reads(client, library.entry_url(entry), DAY[language])


def test_the_disclosure_page_shows_accreditation_dates_in_each_languages_form(client, subtests):
    Programme.objects.all().delete()
    programme = factories.ProgrammeFactory(accredited_until=datetime.date(2026, 11, 20))
    for language in factories.TARGET_LANGUAGES:
        factories.translate_snippet(programme, language)
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            page = factories.the_page(factories.DisclosurePage, language)
            assert_reads(client, page.url, DAY[language])


def test_every_month_reads_lowercase_inside_a_kazakh_date():
    """Django's own Kazakh catalogue capitalises the month ("20 Қараша"); ours wins."""
    months = "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан"
    with translation.override("kk"):
        shown = [formats.date_format(datetime.date(2026, month, 5)) for month in range(1, 13)]
    assert shown == [f"5 {name} 2026" for name in months.split()]
