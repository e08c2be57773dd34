"""E3 in a real Chromium: a unit's staff member submits material with a photo, the head
signs it, the marketing office accepts it, and the draft appears in the page explorer."""

from django.db import connections

import pytest

from governance import roles
from tests.browser.test_governance_approval import log_in

pytestmark = pytest.mark.browser

TOPIC = "Браузер арқылы жіберілген материал"


@pytest.fixture(scope="module")
def people(site_data, django_db_blocker):
    """A unit, its staff member, its head and a marketing office member, committed for
    the server; everything the test makes is removed afterwards."""
    from engagement.participation.models import Submission
    from tests import factories

    with django_db_blocker.unblock():
        unit = factories.UnitFactory(name="Браузер сынағы бөлімі")
        users = {
            name: factories.role_user(group)
            for name, group in (
                ("author", roles.UNIT_STAFF),
                ("head", roles.UNIT_STAFF),
                ("office", roles.MARKETING_OFFICE),
            )
        }
        news_index = factories.news_index()
        connections.close_all()
    yield unit, users, news_index
    with django_db_blocker.unblock():
        from wagtail.models import Page

        for submission in Submission.objects.filter(unit=unit):
            if submission.page_id:
                key = submission.page.translation_key
                for page in Page.objects.filter(translation_key=key).order_by("-depth", "-pk"):
                    page.delete()
            submission.delete()
        unit.delete()
        connections.close_all()


def test_a_unit_member_submits_the_head_signs_and_the_office_accepts_into_a_draft(
    browser_page, server_url, site_data, people
):
    from tests import factories

    unit, users, news_index = people
    page = browser_page
    log_in(page, server_url, users["author"].username, site_data.password)
    page.goto(f"{server_url}/admin/participation/submissions/new/")
    page.fill("#id_date", "2026-11-20")
    page.select_option("#id_unit", str(unit.pk))
    page.select_option("#id_purpose", "news")
    for language, topic, content in (
        ("kk", TOPIC, "Мазмұны қазақша."),
        ("ru", "Материал, отправленный через браузер", "Содержание на русском."),
        ("en", "Material sent from a browser", "Content in English."),
    ):
        page.fill(f"#id_topic_{language}", topic)
        page.fill(f"#id_content_{language}", content)
    page.select_option("#id_head", str(users["head"].pk))
    page.fill("#id_responsible", "Әлия, +7 717 000 00 00")
    page.set_input_files(
        "#id_photos-0-file",
        files=[{"name": "hall.png", "mimeType": "image/png", "buffer": factories.image_bytes()}],
    )
    page.fill("#id_photos-0-alt_kk", "Университеттің бас залы")
    page.fill("#id_photos-0-alt_ru", "Главный зал университета")
    page.fill("#id_photos-0-alt_en", "The main hall of the university")
    page.locator("form[enctype] button[type=submit]").click()
    page.wait_for_url(f"{server_url}/admin/participation/submissions/")
    assert TOPIC in page.locator("#mine").inner_text()

    log_in(page, server_url, users["head"].username, site_data.password)
    page.goto(f"{server_url}/admin/participation/submissions/")
    page.locator("#to-sign").get_by_role("link", name=TOPIC).click()
    page.locator("form[action$='/sign/'] button").click()
    page.wait_for_url(f"{server_url}/admin/participation/submissions/")

    log_in(page, server_url, users["office"].username, site_data.password)
    page.goto(f"{server_url}/admin/participation/submissions/")
    page.locator("#queue").get_by_role("link", name=TOPIC).click()
    page.locator("form[action$='/accept/'] button").click()
    page.wait_for_url("**/admin/pages/*/edit/")

    page.goto(f"{server_url}/admin/pages/{news_index.pk}/")
    row = page.locator("tr").filter(has_text=TOPIC).first
    assert row.is_visible()
    status = row.inner_text().lower()
    # Wagtail shows the state tag in English when its Kazakh catalogue lacks it.
    assert ("жоба" in status or "draft" in status) and "жарияланған" not in status
