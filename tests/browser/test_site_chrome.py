"""The header, menu, icons and document library on phones and desktops, in a real
Chromium (issue 17 "Mobile", issue 16 "no layout shift from the menu")."""

import io
import json

from django.utils import translation

import pytest
from PIL import Image
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

LANGUAGES = ["kk", "ru", "en"]
PHONE = {"width": 360, "height": 640}
# The header may take at most a sixth of a 360 × 640 screen, with the menu closed.
MAX_HEADER_HEIGHT = PHONE["height"] / 6

LAYOUT_SHIFT = """() => new Promise((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
            if (!entry.hadRecentInput) total += entry.value;
        }
    }).observe({type: "layout-shift", buffered: true});
    setTimeout(() => resolve(total), 700);
})"""


def translated(language, text):
    with translation.override(language):
        return translation.gettext(text)


def phone(new_page, **options):
    return new_page(viewport=PHONE, is_mobile=True, has_touch=True, **options)


def layout_problems(page):
    """What a person would notice at once: sideways scrolling and a missing H1."""
    problems = []
    width = page.evaluate("document.documentElement.scrollWidth")
    viewport = page.viewport_size["width"]
    if width > viewport:
        problems.append(f"scrolls sideways ({width}px on a {viewport}px screen)")
    if not page.locator("h1").first.is_visible() or not page.locator("h1").first.inner_text():
        problems.append("no visible H1")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_header_takes_at_most_a_sixth_of_a_360_by_640_phone(new_page, server_url, language):
    page = phone(new_page)
    page.goto(f"{server_url}/{language}/")
    height = page.locator(".site-header").bounding_box()["height"]
    assert height <= MAX_HEADER_HEIGHT, f"header is {height}px tall"
    # One row: the mark, the languages and the Menu button share it.
    tops = {
        round(page.locator(selector).bounding_box()["y"] // 20)
        for selector in (".site-header__mark", ".language-switcher", "[data-menu-toggle]")
    }
    assert len(tops) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_brand_link_is_named_after_the_university_on_a_phone_and_a_desktop(
    new_page, server_url, language
):
    name = translated(language, "K. Kulazhanov Kazakh University of Technology and Business")
    for viewport in (PHONE, {"width": 1366, "height": 900}):
        page = new_page(viewport=viewport)
        page.goto(f"{server_url}/{language}/")
        brand = page.locator(".site-header__brand")
        assert brand.locator("img.site-header__mark").is_visible()
        # Initials keep a non-breaking space, which the accessible name keeps too.
        assert page.get_by_role("link", name=name.replace(". ", ".\u00a0")).count() == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_menu_button_has_an_icon_and_a_name_and_opens_and_closes(
    new_page, server_url, language
):
    page = phone(new_page)
    page.goto(f"{server_url}/{language}/")
    button = page.get_by_role("button", name=translated(language, "Menu"), exact=True)
    assert button.locator("svg").is_visible()
    first_section = page.locator("#main-menu-list .main-menu__link").first
    assert not first_section.is_visible()

    button.click()
    assert first_section.is_visible()
    expect(button).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Escape")
    assert not first_section.is_visible()
    # menu.js mirrors the popover's toggle event, which fires after the key press.
    expect(button).to_have_attribute("aria-expanded", "false")

    button.click()
    close = page.get_by_role("button", name=translated(language, "Close the menu"))
    assert close.locator("svg").is_visible()
    close.click()
    assert not first_section.is_visible()


def test_without_javascript_the_menu_button_opens_every_section_and_the_search(
    new_page, server_url
):
    page = phone(new_page, java_script_enabled=False)
    page.goto(f"{server_url}/en/")
    sections = page.locator("#main-menu-list .main-menu__link")
    assert sections.count() >= 5
    page.get_by_role("button", name="Menu", exact=True).click()
    for index in range(sections.count()):
        assert sections.nth(index).is_visible()
    assert page.get_by_role("banner").get_by_role("search").get_by_role("searchbox").is_visible()
    page.locator("#main-menu-list").get_by_role("link", name="Applicant", exact=True).click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Applicant"


@pytest.mark.parametrize("target", ["home", "news", "library"])
def test_no_sideways_scrolling_and_a_visible_h1_at_320_360_and_1366_pixels(
    new_page, server_url, site_data, target
):
    for language in LANGUAGES:
        url = {
            "home": f"/{language}/",
            "news": site_data.news_item[language],
            "library": site_data.urls[("documents.DocumentLibraryPage", language)],
        }[target]
        for width in (320, 360, 1366):
            page = new_page(viewport={"width": width, "height": 640 if width < 800 else 900})
            page.goto(f"{server_url}{url}")
            assert layout_problems(page) == [], f"{url} at {width}px"
            page.context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_library_shows_cards_with_date_status_and_download_on_a_phone(
    new_page, server_url, site_data, language
):
    page = phone(new_page)
    page.goto(f"{server_url}{site_data.urls[('documents.DocumentLibraryPage', language)]}")
    cards = page.locator(".doc-table__row")
    assert cards.count() >= 1
    card = cards.first
    box = card.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    for label in ("Effective date", "Status", "Download"):
        assert card.get_by_text(translated(language, label), exact=True).is_visible(), label
    for cell in (card.locator("time"), card.locator(".doc-table__status")):
        assert cell.is_visible()
        cell_box = cell.bounding_box()
        assert cell_box["x"] + cell_box["width"] <= PHONE["width"]
    assert card.locator(".doc-downloads__link").first.is_visible()
    # The column headers are for screen readers only on a phone.
    assert page.locator(".doc-table thead").first.bounding_box()["height"] <= 1


def test_the_library_is_a_table_with_column_headers_on_a_desktop(
    browser_page, server_url, site_data
):
    browser_page.goto(f"{server_url}{site_data.urls[('documents.DocumentLibraryPage', 'en')]}")
    table = browser_page.get_by_role("table")
    assert table.get_by_role("columnheader", name="Effective date").is_visible()
    assert (
        browser_page.locator(".doc-table thead").evaluate(
            "element => getComputedStyle(element).display"
        )
        == "table-header-group"
    )


@pytest.mark.parametrize(
    "target", ["home", ("sections.SubsectionPage", "kk"), ("documents.DocumentLibraryPage", "ru")]
)
def test_the_menu_causes_no_layout_shift_on_a_phone(new_page, server_url, site_data, target):
    page = phone(new_page)
    page.goto(f"{server_url}{'/kk/' if target == 'home' else site_data.urls[target]}")
    page.wait_for_load_state("networkidle")
    shift = page.evaluate(LAYOUT_SHIFT)
    assert shift < 0.05, f"cumulative layout shift {shift:.3f}"


def test_favicons_and_the_manifest_resolve_with_the_right_types(browser_page, server_url):
    page = browser_page
    page.goto(f"{server_url}/ru/")
    icons = page.locator("link[rel='icon'], link[rel='apple-touch-icon']")
    types = set()
    for index in range(icons.count()):
        href = icons.nth(index).evaluate("link => link.href")
        response = page.request.get(href)
        assert response.status == 200, href
        types.add(response.headers["content-type"].split(";")[0])
    assert {"image/vnd.microsoft.icon", "image/svg+xml", "image/png"} <= types

    manifest_url = page.locator("link[rel='manifest']").evaluate("link => link.href")
    manifest = page.request.get(manifest_url)
    assert manifest.headers["content-type"] == "application/manifest+json"
    listed = json.loads(manifest.body())["icons"]
    sizes = set()
    for icon in listed:
        response = page.request.get(server_url + icon["src"])
        assert response.status == 200, icon["src"]
        assert response.headers["content-type"].split(";")[0] == icon["type"]
        if icon["type"] == "image/png":
            width, height = Image.open(io.BytesIO(response.body())).size
            assert f"{width}x{height}" == icon["sizes"]
            sizes.add(width)
    assert {192, 512} <= sizes
