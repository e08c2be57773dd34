"""What a visitor sees and clicks, in a real Chromium (S3, L3, T1)."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests import factories

pytestmark = pytest.mark.browser

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def walk_to_administration_and_switch_to_english(page, server_url):
    page.goto(f"{server_url}/kk/")
    page.locator("#main-menu-list").get_by_role("link", name="Университет", exact=True).click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Университет"
    page.locator("main").get_by_role("link", name="Әкімшілік", exact=True).first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Әкімшілік"
    page.locator(".language-switcher").get_by_role("link", name="English").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Administration"


def test_visitor_goes_from_home_to_a_subsection_and_switches_to_english(browser_page, server_url):
    walk_to_administration_and_switch_to_english(browser_page, server_url)


def test_the_same_journey_works_without_javascript(no_js_page, server_url):
    walk_to_administration_and_switch_to_english(no_js_page, server_url)


def test_menu_is_usable_on_a_320px_phone(phone_page, server_url):
    phone_page.goto(f"{server_url}/ru/")
    toggle = phone_page.get_by_role("button", name="Меню")
    assert toggle.is_visible()
    section_link = phone_page.locator("#main-menu-list").get_by_role(
        "link", name="Абитуриенту", exact=True
    )
    assert not section_link.is_visible()
    toggle.click()
    assert section_link.is_visible()
    section_link.click()
    phone_page.wait_for_load_state()
    assert phone_page.locator("h1").inner_text() == "Абитуриенту"
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"page scrolls sideways on a phone ({width}px)"


def test_menu_is_listed_without_javascript_on_a_phone(new_page, server_url):
    """The phone menu is a popover: its button opens it with JavaScript off too."""
    page = new_page(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page.goto(f"{server_url}/en/")
    page.get_by_role("button", name="Menu", exact=True).click()
    assert page.locator("#main-menu-list").get_by_role("link", name="Applicant").is_visible()


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_home_page_has_no_serious_accessibility_violations(browser_page, server_url, language):
    browser_page.goto(f"{server_url}/{language}/")
    assert_accessible(browser_page)


@pytest.mark.parametrize(
    "page_type", [model._meta.label for model in factories.portal_page_models()]
)
def test_every_page_type_has_no_serious_accessibility_violations(
    browser_page, server_url, site_data, page_type
):
    """Wagtail's list of page types, each built with a body of every block type."""
    browser_page.goto(f"{server_url}{site_data.urls[(page_type, 'kk')]}")
    assert_accessible(browser_page)


def test_pages_print_without_navigation(browser_page, server_url, site_data):
    browser_page.emulate_media(media="print")
    browser_page.goto(f"{server_url}{site_data.urls[('sections.SubsectionPage', 'en')]}")
    assert not browser_page.locator("#main-menu-list").is_visible()
    assert not browser_page.locator(".language-switcher").is_visible()
    assert browser_page.locator("h1").is_visible()


def test_subsection_page_has_no_serious_accessibility_violations(browser_page, server_url):
    browser_page.goto(f"{server_url}/kk/")
    browser_page.locator("#main-menu-list").get_by_role(
        "link", name="Университет", exact=True
    ).click()
    browser_page.locator("main").get_by_role("link", name="Әкімшілік", exact=True).first.click()
    browser_page.wait_for_load_state()
    assert_accessible(browser_page)


def assert_accessible(page):
    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]},
    )
    serious = [v for v in results.response["violations"] if v["impact"] in {"serious", "critical"}]
    assert not serious, "\n".join(
        f"{v['id']}: {v['help']} — {[n['target'] for n in v['nodes']][:5]}" for v in serious
    )
