"""In a real Chromium, typing a Kazakh or Russian title into a new page fills its slug
field with the Latin form (issue 17): the admin's own slug script applies our table
(portal/slugs.py), and the editor may still change the slug."""

import pytest
from playwright.sync_api import expect

from governance import roles
from tests.browser.test_governance_approval import log_in

pytestmark = pytest.mark.browser


def open_tab_of(page, selector):
    """Open the editor tab that holds ``selector`` (tab ids follow the admin language)."""
    panel = page.locator(selector).evaluate("e => e.closest('[role=tabpanel]').id")
    page.locator(f'a[href="#{panel}"]').click()


@pytest.mark.parametrize(
    ("language", "title", "slug"),
    [
        ("kk", "Ғылыми кеңестің отырыстары", "gylymi-kenestin-otyrystary"),
        ("kk", "Әлеуметтік қолдау және жатақхана", "aleumettik-koldau-zhane-zhatakhana"),
        ("ru", "Приёмная комиссия: график", "priemnaya-komissiya-grafik"),
    ],
)
def test_typing_a_title_fills_a_latin_slug(
    browser_page, server_url, site_data, language, title, slug
):
    page = browser_page
    editor = site_data.usernames[roles.SECTION_EDITORS["universitet"]]
    log_in(page, server_url, editor, site_data.password)
    parent = site_data.university[language]
    page.goto(f"{server_url}/admin/pages/add/sections/subsectionpage/{parent.pk}/")
    page.locator("#id_title").press_sequentially(title)
    page.locator("#id_title").blur()
    expect(page.locator("#id_slug")).to_have_value(slug)


def test_the_editor_may_replace_the_generated_slug(browser_page, server_url, site_data):
    page = browser_page
    editor = site_data.usernames[roles.SECTION_EDITORS["universitet"]]
    log_in(page, server_url, editor, site_data.password)
    parent = site_data.university["kk"]
    page.goto(f"{server_url}/admin/pages/add/sections/subsectionpage/{parent.pk}/")
    page.locator("#id_title").press_sequentially("Жатақхана")
    page.locator("#id_title").blur()
    expect(page.locator("#id_slug")).to_have_value("zhatakhana")
    open_tab_of(page, "#id_slug")
    page.locator("#id_slug").fill("dormitory")
    page.locator("#id_slug").blur()
    open_tab_of(page, "#id_title")
    page.locator("#id_title").press_sequentially(" кезегі")
    page.locator("#id_title").blur()
    page.wait_for_timeout(500)
    expect(page.locator("#id_slug")).to_have_value("dormitory")
