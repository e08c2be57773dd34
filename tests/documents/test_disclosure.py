"""The information-disclosure page (D1, D2, W §9.7) in each locale and the
disclosure-completeness report (D4)."""

import re
from html import unescape

from django.utils import translation

from wagtail.models import Locale
from wagtail_localize.models import Translation

import pytest

from documents.disclosure import ITEMS, REGISTER_CATEGORIES
from documents.pages import DisclosurePage
from documents.programmes import Programme
from documents.register import RegisteredDocument
from tests import factories
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def disclosed():
    """A site whose disclosure content is the tests' own: one disclosure page in every
    language with every item but the electronic resources, two accredited programmes
    translated through wagtail-localize, and one register entry per D1/D2 category.
    Whatever the database held before is removed inside the test's transaction, as
    the completeness report reads the site as a whole."""
    DisclosurePage.objects.all().delete()
    Programme.objects.all().delete()
    RegisteredDocument.objects.filter(category__in=REGISTER_CATEGORIES).delete()
    page = factories.DisclosurePageFactory(parent=factories.sections()[0], electronic_resources="")
    factories.translate_everywhere(page)
    for code, name, translations in (
        (
            "6B06101",
            "Ақпараттық жүйелер",
            {"ru": "Информационные системы", "en": "Information systems"},
        ),
        ("6B04101", "Экономика", {"ru": "Экономика", "en": "Economics"}),
    ):
        programme = factories.ProgrammeFactory(
            code=code, name=name, disciplines="Алгоритмдер\nДерекқорлар\nЖелілер\nҚауіпсіздік"
        )
        for language, translated in translations.items():
            factories.translate_snippet(programme, language, {name: translated})
    for category in REGISTER_CATEGORIES:
        factories.RegisteredDocumentFactory(category=category)


REPORT_URL = "/admin/disclosure-completeness/"
CELL = re.compile(r'<tr data-item="([a-z_]+)">(.*?)</tr>', re.S)
STATE = re.compile(r'data-language="([a-z]+)" data-state="([a-z]+)"')


def disclosure(language):
    return DisclosurePage.objects.get(locale__language_code=language)


def report_states(client) -> dict:
    response = client.get(REPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    states = {item: dict(STATE.findall(cells)) for item, cells in CELL.findall(html)}
    percent = int(re.search(r'data-percent="(\d+)"', html).group(1))
    return states, percent


def test_the_disclosure_page_shows_every_mandatory_item_in_each_locale(client, subtests):
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            page = disclosure(language)
            response = client.get(page.url)
            assert response.status_code == 200
            html = unescape(response.content.decode())
            with translation.override(language):
                for item in ITEMS:
                    assert f'id="{item.key}"' in html
                    assert str(item.label) in html, item.key
            for field in ("founding", "location", "working_hours", "structure", "head", "library"):
                assert getattr(page, field) and getattr(page, field) in html
            for programme in Programme.objects.filter(locale=page.locale):
                assert f"{programme.code} {programme.name}" in html
                for discipline in programme.discipline_list:
                    assert discipline in html
                assert programme.accreditation_body in html
            for category in ("charter", "licence", "certificate", "methodological"):
                entry = RegisteredDocument.objects.get(category=category)
                assert entry.current_version.download_url(language) in html


def test_programmes_are_structured_and_translated():
    kk = Programme.objects.get(code="6B06101", locale__language_code="kk")
    en = kk.get_translation(Locale.objects.get(language_code="en"))
    assert (en.code, en.level, en.study_form, en.accredited_until) == (
        kk.code,
        kk.level,
        kk.study_form,
        kk.accredited_until,
    )
    assert en.name == "Information systems" and kk.name == "Ақпараттық жүйелер"
    assert len(en.discipline_list) == len(kk.discipline_list) == 4
    # Made through wagtail-localize, so translators find them in the translation editor.
    assert Translation.objects.filter(
        source__object_id=kk.translation_key, target_locale=en.locale
    ).exists()


def test_the_report_shows_each_item_per_language_and_the_one_gap(admin_client):
    states, percent = report_states(admin_client)
    assert set(states) == {item.key for item in ITEMS}
    for key, cells in states.items():
        assert set(cells) == set(LANGUAGE_CODES)
        expected = "missing" if key == "electronic_resources" else "published"
        assert set(cells.values()) == {expected}, key
    cells = len(ITEMS) * len(LANGUAGE_CODES)
    assert percent == round(100 * (cells - 3) / cells)
    html = admin_client.get(REPORT_URL).content.decode()
    assert f"/admin/pages/{disclosure('kk').pk}/edit/" in html


def test_the_report_changes_when_an_item_is_removed(admin_client):
    _, before = report_states(admin_client)
    page = disclosure("ru")
    page.head = ""
    page.save_revision().publish()
    charter = RegisteredDocument.objects.get(category="charter")
    charter.withdrawn = True
    charter.save()
    states, after = report_states(admin_client)
    assert states["head"] == {"kk": "published", "ru": "missing", "en": "published"}
    assert set(states["charter"].values()) == {"missing"}
    assert after < before


def test_an_unpublished_value_is_reported_as_draft(admin_client):
    page = disclosure("kk")
    page.electronic_resources = "Platonus, elibrary.kazutb.edu.kz"
    page.save_revision()
    states, _ = report_states(admin_client)
    assert states["electronic_resources"]["kk"] == "draft"
    assert states["electronic_resources"]["ru"] == "missing"


def test_a_changed_source_makes_its_translations_outdated(admin_client):
    page = disclosure("kk")
    page.location = "010000, Астана қ., Қайым Мұхамедханов көшесі, 37Б"
    page.save_revision().publish()
    states, _ = report_states(admin_client)
    assert states["location"] == {"kk": "published", "ru": "outdated", "en": "outdated"}
    assert states["founding"] == {"kk": "published", "ru": "published", "en": "published"}

    programme = Programme.objects.get(code="6B04101", locale__language_code="kk")
    programme.disciplines += "\nЦифрлық экономика"
    programme.save()
    states, _ = report_states(admin_client)
    assert states["programmes"]["ru"] == "outdated"


def test_only_administrators_and_the_quality_office_see_the_report(
    client, editor_user, quality_office_user
):
    client.force_login(editor_user)
    assert client.get(REPORT_URL).status_code in (302, 403)
    client.force_login(quality_office_user)
    assert client.get(REPORT_URL).status_code == 200
