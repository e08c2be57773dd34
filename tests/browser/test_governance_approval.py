"""W2 in a real Chromium: a section editor writes and submits a page, the section
approver and the marketing head approve it, and only then can a visitor see it."""

import urllib.error
import urllib.request

from django.db import connections

import pytest

from governance import roles

pytestmark = pytest.mark.browser

SLUG = "brauzer-synagy"
TITLE = "Браузер арқылы жасалған бет"


@pytest.fixture(scope="module")
def accounts(site_data, django_db_blocker):
    """Users in the three roles of W2 (committed by ``site_data``) and the section the
    editor edits; the page the test makes is removed afterwards."""
    from wagtail.models import Page

    yield site_data, site_data.university["kk"]
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
    data, parent = accounts
    page = browser_page
    public_url = f"{server_url}{parent.url}{SLUG}/"
    editor = data.usernames[roles.SECTION_EDITORS["universitet"]]

    log_in(page, server_url, editor, data.password)
    page.goto(f"{server_url}/admin/pages/add/sections/subsectionpage/{parent.pk}/")
    page.fill("#id_title", TITLE)
    page.evaluate(f"document.querySelector('#id_slug').value = '{SLUG}'")
    click_hidden_action(page, "button[name=action-submit]")
    assert status_of(public_url) == 404

    edit_url = page.url if "/edit/" in page.url else None
    for role in (roles.SECTION_APPROVERS, roles.MARKETING_HEAD):
        log_in(page, server_url, data.usernames[role], data.password)
        page.goto(f"{server_url}/admin/")
        review = page.locator("#awaiting-review, section").filter(has_text=TITLE).first
        review.get_by_role("link", name=TITLE).first.click()
        page.wait_for_load_state()
        edit_url = page.url
        click_hidden_action(page, "button[data-workflow-action-name=approve]")
        if role == roles.SECTION_APPROVERS:
            assert status_of(public_url) == 404

    assert "/edit/" in edit_url
    assert status_of(public_url) == 200
    page.goto(public_url)
    assert page.locator("h1").inner_text() == TITLE
