"""The prescribed tree (S1) exists in kk, ru and en, and bootstrap is idempotent (S2)."""

from django.core.management import call_command

from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

import pytest

from home.prescribed.tree import PRESCRIBED_TREE
from tests.utils import LANGUAGE_CODES, S1_SECTION_TITLES, home_page

pytestmark = pytest.mark.django_db


def test_each_locale_has_one_home_page_with_the_s1_sections_in_order():
    for code in LANGUAGE_CODES:
        home = home_page(code)
        titles = [p.title for p in home.get_children().live().in_menu()]
        assert titles == S1_SECTION_TITLES[code], code


def test_the_default_site_serves_the_kazakh_home_page():
    assert home_page("kk").get_site().is_default_site


def test_every_spec_page_exists_live_in_every_language_with_its_title():
    source_pages = {
        p.url_path: p for p in Page.objects.filter(locale__language_code="kk", depth__gt=1)
    }
    assert len(source_pages) == len(list(PRESCRIBED_TREE.walk()))
    for kk_page in source_pages.values():
        translations = {
            p.locale.language_code: p
            for p in kk_page.get_translations(inclusive=True).select_related("locale")
        }
        assert set(translations) == set(LANGUAGE_CODES), kk_page.url_path
        assert all(p.live for p in translations.values()), kk_page.url_path


def test_translated_titles_and_slugs_are_real_translations_not_copies():
    for spec in PRESCRIBED_TREE.walk():
        for code in ("ru", "en"):
            page = Page.objects.get(
                locale__language_code=code, title=spec.title[code], slug=spec.slug[code]
            )
            assert page.live


def test_translations_are_managed_by_wagtail_localize():
    """ru and en pages have Translation records, so the translation editor and
    later syncs work on them."""
    kk_pages = Page.objects.filter(locale__language_code="kk", depth__gt=1)
    pages = kk_pages.count()
    for code in ("ru", "en"):
        # Snippets (educational programmes) are translated too; count the pages' ones.
        translations = Translation.objects.filter(
            target_locale__language_code=code,
            source__object_id__in=kk_pages.values("translation_key"),
        )
        assert translations.count() == pages
    assert StringTranslation.objects.filter(locale__language_code="ru").exists()


def test_running_bootstrap_again_changes_nothing():
    pages_before = list(Page.objects.order_by("path").values_list("path", "title", "live"))
    translations_before = StringTranslation.objects.count()
    call_command("bootstrap_portal", verbosity=0)
    assert list(Page.objects.order_by("path").values_list("path", "title", "live")) == pages_before
    assert StringTranslation.objects.count() == translations_before


def test_bootstrap_keeps_an_editors_change():
    university = home_page("kk").get_children().get(title="Университет").specific
    university.intro = "Өңделген кіріспе"
    university.save_revision().publish()
    call_command("bootstrap_portal", verbosity=0)
    university.refresh_from_db()
    assert university.intro == "Өңделген кіріспе"


def test_prescribed_pages_are_marked_in_every_locale():
    for code in LANGUAGE_CODES:
        for child in home_page(code).get_children().specific():
            assert child.is_prescribed, (code, child.title)
