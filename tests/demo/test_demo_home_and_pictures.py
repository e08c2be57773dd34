"""The demo's home page shows every home block in three languages, and its pictures are
honest: illustrations in the university's colours that say so (issue 17)."""

import io

from django.utils import translation
from django.utils.translation import gettext

from wagtail.images import get_image_model

import pytest
from PIL import Image as PILImage

from demo.images import DemoImage
from demo.spec import T
from engagement.participation.models import SubmissionPhoto
from news.models import NewsPage
from tests.utils import LANGUAGE_CODES, home_page

pytestmark = pytest.mark.django_db

HOME_BLOCKS = ["hero", "search", "paths", "news", "sections", "figures", "events", "rector_post"]


def test_demo_pictures_are_drawn_the_same_every_time_and_large_enough():
    picture = DemoImage("news 2026-09-10 students", (70, 90, 120), subject=T("а", "б", "c"))
    first, second = picture._jpeg(), picture._jpeg()
    assert first == second
    assert PILImage.open(io.BytesIO(first)).size == (1600, 1067)
    assert DemoImage("another subject", (70, 90, 120))._jpeg() != first


def test_every_demo_picture_says_it_is_an_illustration(demo, subtests):
    # A submitted picture takes its submission's title when accepted; it says what it
    # is in its alt texts instead.
    submitted = SubmissionPhoto.objects.exclude(image=None)
    for image in get_image_model().objects.exclude(pk__in=submitted.values("image")):
        with subtests.test(image=image.title):
            assert image.title.startswith("Illustration: ")
    for photo in SubmissionPhoto.objects.all():
        assert photo.alt_en.startswith("Illustration") and photo.alt_kk.startswith("Иллюстрация")
    for item in NewsPage.objects.live().select_related("locale"):
        with subtests.test(item=item.url_path):
            assert item.hero_image.title.startswith("Illustration: ")
            assert item.hero_alt.split()[0] in {"Иллюстрация,", "Иллюстрация", "Illustration"}


def test_demo_home_page_shows_every_home_block_in_every_language(demo, client, subtests):
    for code in LANGUAGE_CODES:
        with subtests.test(language=code):
            home = home_page(code)
            assert [block.block_type for block in home.body][: len(HOME_BLOCKS)] == HOME_BLOCKS
            html = client.get(home.url).content.decode()
            with translation.override(code):
                assert gettext("K. Kulazhanov Kazakh University of Technology and Business") in html
            for css_class in ("home-hero__figure", "home-paths", "home-news", "home-figures"):
                assert css_class in html
            credit = home.body[0].value["credit"]
            assert credit and credit in html
            words = {"kk": "Иллюстрация", "ru": "Иллюстрация", "en": "Illustration"}
            assert credit.startswith(words[code])
