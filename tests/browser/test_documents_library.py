"""A visitor uses the document library in a real Chromium (DOC1)."""

from django.utils import translation

import pytest

from tests.browser.test_visitor_journey import assert_accessible

pytestmark = pytest.mark.browser


def test_visitor_filters_the_library_by_year_and_downloads_a_document(
    browser_page, server_url, site_data
):
    page = browser_page
    page.goto(f"{server_url}{site_data.urls[('documents.DocumentLibraryPage', 'en')]}")
    assert page.locator("h1").inner_text() == site_data.library_title["en"]

    page.get_by_label("Year").select_option("2012")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_load_state()
    assert "year=2012" in page.url
    rows = page.locator(".doc-table__row")
    assert rows.count() == 1
    assert site_data.old_entry_code in rows.first.inner_text()

    with page.expect_download() as download_info:
        rows.first.get_by_role("link", name="English").click()
    download = download_info.value
    assert download.suggested_filename.endswith("-v1-en.pdf")
    with open(download.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"


def test_a_bad_filter_shows_a_message_not_an_error_page(browser_page, server_url, site_data):
    page = browser_page
    library = site_data.urls[("documents.DocumentLibraryPage", "ru")]
    response = page.goto(f"{server_url}{library}?year=abc")
    assert response.status == 400
    assert page.locator(".doc-filter__error").is_visible()
    assert page.locator("h1").inner_text() == site_data.library_title["ru"]


@pytest.mark.parametrize(
    ("page_type", "language", "query"),
    [
        ("documents.DocumentLibraryPage", "kk", ""),
        ("documents.DocumentLibraryPage", "en", "?year=2025"),
        ("documents.DisclosurePage", "ru", ""),
        ("opendata.OpenDataCatalogPage", "en", ""),
        ("financial-library", "kk", ""),
    ],
)
def test_library_disclosure_and_open_data_pages_have_no_serious_accessibility_violations(
    browser_page, server_url, site_data, page_type, language, query
):
    browser_page.goto(f"{server_url}{site_data.urls[(page_type, language)]}{query}")
    assert_accessible(browser_page)


def test_the_library_fits_a_320px_phone_without_sideways_scrolling(
    phone_page, server_url, site_data
):
    phone_page.goto(f"{server_url}{site_data.urls[('documents.DocumentLibraryPage', 'kk')]}")
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"page scrolls sideways on a phone ({width}px)"
    with translation.override("kk"):
        filter_label = translation.gettext("Filter")
    assert phone_page.get_by_role("button", name=filter_label).is_visible()
