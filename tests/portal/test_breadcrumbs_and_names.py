"""Breadcrumbs end where the visitor is, and names never break after an initial
(issue 17, S3)."""

import datetime
import re

from django.template import Context, Template

import pytest

from tests import factories
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"


def trail(response) -> str:
    assert response.status_code == 200
    html = response.content.decode()
    return html.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]


def items(trail_html: str) -> list[str]:
    return re.findall(r'<li class="breadcrumbs__item">(.*?)</li>', trail_html, re.S)


def test_the_last_crumb_is_the_current_page_as_text_not_a_link(client, subtests):
    index = factories.own_news_index()
    news = factories.news_item(index["kk"])
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            crumbs = items(trail(client.get(news[language].url)))
            assert crumbs[-1] == f'<span aria-current="page">{news[language].title}</span>'
            assert all("<a " in crumb and "aria-current" not in crumb for crumb in crumbs[:-1])


def test_in_a_news_archive_the_index_is_a_link_and_the_period_is_current(client, subtests):
    index = factories.own_news_index()
    factories.news_item(index["kk"], date=datetime.date(2026, 11, 20))
    month = {"kk": "Қараша 2026", "ru": "Ноябрь 2026", "en": "November 2026"}
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            crumbs = items(trail(client.get(f"{index[language].url}2026/11/")))
            assert f'href="{index[language].url}"' in crumbs[-2]
            assert crumbs[-1] == f'<span aria-current="page">{month[language]}</span>'


def render(text: str) -> str:
    return Template("{% load typography %}{{ text|keep_initials }}").render(Context({"text": text}))


def test_a_name_never_breaks_after_an_initial():
    assert render("К. Құлажанов") == f"К.{NBSP}Құлажанов"
    assert render("Ә. Т. Сейітов") == f"Ә.{NBSP}Т.{NBSP}Сейітов"
    assert render("Prof. A. Smith") == f"Prof. A.{NBSP}Smith"
    assert render("<b>К. Ақын</b>") == f"&lt;b&gt;К.{NBSP}Ақын&lt;/b&gt;"  # still escaped
    assert render("Жыл соңы. Келесі") == "Жыл соңы. Келесі"  # not an initial


def test_a_press_release_keeps_the_speakers_initial_with_the_name(client):
    speaker = factories.PublicPersonFactory(name="А. Б. Сейітов")
    centre = factories.PressIndexPageFactory(parent=factories.news_index())
    release = factories.PressReleasePageFactory(parent=centre, speaker=speaker)
    html = client.get(release.url).content.decode()
    assert f"А.{NBSP}Б.{NBSP}Сейітов" in html
    assert "А. Б. Сейітов" not in html
