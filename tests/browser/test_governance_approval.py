"""W2 in a real Chromium: a section editor writes and submits a page, the section
approver and the marketing head approve it, and only then can a visitor see it."""

import urllib.error
import urllib.request

from django.db import connections

import pytest

pytestmark = pytest.mark.browser

SLUG = "brauzer-synagy"
TITLE = "Браузер арқылы жасалған бет"


@pytest.fixture(scope="module")
def accounts(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo role users with known passwords, committed for the server to see."""
    from wagtail.models import Page

    from demo.users import demo_logins, ensure_demo_users

    logins_file = tmp_path_factory.mktemp("browser-demo") / "demo-logins.txt"
    with django_db_blocker.unblock():
        ensure_demo_users(logins_file)
        parent = Page.objects.get(depth=3, slug="universitet", locale__language_code="kk")
        connections.close_all()
    yield {demo.username: password for demo, password in demo_logins(logins_file)}, parent
    with django_db_blocker.unblock():
        Page.objects.filter(slug=SLUG).delete()
        connections.close_all()


def log_in(page, server_url, username, password):
    page.context.clear_cookies()
    page.goto(f"{server_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{server_url}/admin/")


def click_hidden_action(page, selector):
    """Action-menu entries sit in a dropdown; click them the way the menu does."""
    with page.expect_navigation():
        page.evaluate(f"document.querySelector('{selector}').click()")


def status_of(url):
    try:
        return urllib.request.urlopen(url, timeout=5).status  # noqa: S310 - loopback only
    except urllib.error.HTTPError as error:
        return error.code


def test_section_page_is_public_only_after_both_approvals(browser_page, server_url, accounts):
    passwords, parent = accounts
    page = browser_page
    public_url = f"{server_url}/kk/{parent.slug}/{SLUG}/"

    log_in(page, server_url, "editor-university", passwords["editor-university"])
    page.goto(f"{server_url}/admin/pages/add/sections/subsectionpage/{parent.pk}/")
    page.fill("#id_title", TITLE)
    page.evaluate(f"document.querySelector('#id_slug').value = '{SLUG}'")
    click_hidden_action(page, "button[name=action-submit]")
    assert status_of(public_url) == 404

    edit_url = page.url if "/edit/" in page.url else None
    for approver in ("approver", "marketing"):
        log_in(page, server_url, approver, passwords[approver])
        page.goto(f"{server_url}/admin/")
        review = page.locator("#awaiting-review, section").filter(has_text=TITLE).first
        review.get_by_role("link", name=TITLE).first.click()
        page.wait_for_load_state()
        edit_url = page.url
        click_hidden_action(page, "button[data-workflow-action-name=approve]")
        if approver == "approver":
            assert status_of(public_url) == 404

    assert "/edit/" in edit_url
    assert status_of(public_url) == 200
    page.goto(public_url)
    assert page.locator("h1").inner_text() == TITLE
