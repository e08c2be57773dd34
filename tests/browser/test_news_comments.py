"""A visitor reads the Rector's blog, posts a comment and is told it awaits moderation;
the news index, archive and event pages work in a real browser (N1–N3)."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def serious_violations(page) -> list[str]:
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    return [
        f"{violation['id']}: {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def test_visitor_posts_a_comment_and_is_told_it_awaits_moderation(
    browser_page, server_url, site_data
):
    page = browser_page
    page.goto(f"{server_url}{site_data.blog_index['en']}")
    page.locator("main").get_by_role("link", name=site_data.blog_post_title["en"]).click()
    page.wait_for_load_state()
    page.get_by_label("Your name").fill("Aruzhan")
    page.get_by_label("E-mail").fill("aruzhan@example.com")
    page.get_by_label("Comment", exact=True).fill("Will the reading room stay open on Sundays?")
    assert not page.locator("#id_website").is_visible(), "the honeypot is hidden from people"
    page.get_by_role("button", name="Send comment").click()
    page.wait_for_load_state()
    status = page.get_by_role("status")
    assert "awaiting moderation" in status.inner_text()
    assert (
        "Will the reading room stay open on Sundays?"
        not in page.locator(".comment-list").inner_text()
    )


def test_an_empty_comment_is_explained_in_the_visitors_language(no_js_page, server_url, site_data):
    page = no_js_page
    page.goto(f"{server_url}{site_data.blog_post['ru']}")
    page.get_by_role("button", name="Отправить комментарий").click()
    page.wait_for_load_state()
    errors = page.get_by_role("alert").all_inner_texts()
    assert any("заполнить это поле" in error for error in errors)


@pytest.mark.parametrize(
    ("page", "language"),
    [
        ("news_index", "kk"),
        ("archive_month", "en"),
        ("news_item", "en"),
        ("event_index", "ru"),
        ("blog_post", "en"),
    ],
)
def test_news_pages_have_no_serious_accessibility_violations(
    browser_page, server_url, site_data, page, language
):
    if page == "archive_month":
        date = site_data.news_date
        path = f"{site_data.news_index[language]}{date.year}/{date.month:02d}/"
    else:
        path = getattr(site_data, page)[language]
    browser_page.goto(server_url + path)
    assert serious_violations(browser_page) == []
