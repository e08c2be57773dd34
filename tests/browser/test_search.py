"""A visitor searches from the header in a real Chromium (T2): an inflected Kazakh word
leads to the page, with or without JavaScript, on a phone too."""

import pytest

from tests.browser.test_visitor_journey import assert_accessible

pytestmark = pytest.mark.browser

# The blog post's title says «Сессия апталығында…»; the visitor types the locative
# of «сессия», which the title does not contain.
INFLECTED = "сессиясында"


@pytest.mark.parametrize("fixture", ["browser_page", "no_js_page", "phone_page"])
def test_visitor_types_an_inflected_kazakh_word_in_the_header_and_reaches_the_page(
    request, server_url, site_data, fixture
):
    page = request.getfixturevalue(fixture)
    page.goto(f"{server_url}/kk/")
    if fixture == "phone_page":
        # On a phone the search field is in the menu panel, behind the Menu button.
        page.get_by_role("button", name="Мәзір", exact=True).click()
    # The header's form (banner), not the home page's own search block.
    box = page.get_by_role("banner").get_by_role("search").get_by_role("searchbox")
    assert box.is_visible()
    box.fill(INFLECTED)
    box.press("Enter")
    page.wait_for_load_state()
    assert "/kk/search/" in page.url
    result = page.locator(".search-result__title a", has_text=site_data.blog_post_title["kk"])
    assert result.count() == 1
    result.click()
    page.wait_for_load_state()
    assert page.url == f"{server_url}{site_data.blog_post['kk']}"
    assert page.locator("h1").inner_text() == site_data.blog_post_title["kk"]


def test_results_page_has_no_serious_accessibility_violations(browser_page, server_url, site_data):
    browser_page.goto(f"{server_url}/kk/search/?q={INFLECTED}")
    assert browser_page.locator(".search-result").count() >= 1
    assert_accessible(browser_page)
    browser_page.goto(f"{server_url}/ru/search/?q=zzzzqqq")
    assert browser_page.locator(".search-empty").is_visible()
    assert_accessible(browser_page)
