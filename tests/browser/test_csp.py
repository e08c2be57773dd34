"""The Content-Security-Policy in a real Chromium (DEP-8): public pages in every
language, the page editor, an image chooser and wagtail-localize's translation editor
work, and the browser reports no policy violation on any of them."""

import re

from django.db import connections

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

LANGUAGES = ["kk", "ru", "en"]
PUBLIC_TYPES = [
    "home.HomePage",
    "news.NewsPage",
    "news.EventPage",
    "documents.DocumentLibraryPage",
    "sections.ContactsPage",
]
ADMIN = ("csp-browser-admin", "a-long-and-unguessable-password-77")

# Chromium reports a refused resource both ways: as a console error naming the
# Content Security Policy, and as a `securitypolicyviolation` event in the document.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.reportCspViolation(
        `${event.effectiveDirective} refused ${event.blockedURI || "inline"}`
        + ` in ${event.documentURI} (${event.sourceFile}:${event.lineNumber})`
    );
}, true);
"""


@pytest.fixture(scope="module")
def site(site_data, django_db_blocker):
    """URLs of the pages to open (built by ``site_data``), an administrator, and a news
    item with its ru translation, committed to the database the server uses."""
    from django.apps import apps
    from django.contrib.auth import get_user_model

    from wagtail.models import Locale

    with django_db_blocker.unblock():
        public = {
            (label, language): site_data.urls[label, language]
            for label in PUBLIC_TYPES
            for language in LANGUAGES
        }
        news = apps.get_model("news.NewsPage").objects.live().filter(locale__language_code="kk")
        news = news.order_by("path").first()
        ru_news = news.get_translation(Locale.objects.get(language_code="ru"))
        admin = get_user_model().objects.create_superuser(ADMIN[0], password=ADMIN[1])
        site = {
            "public": public,
            "news": (news.pk, news.title),
            "ru_news": (ru_news.pk, ru_news.title),
        }
        connections.close_all()
    yield site
    with django_db_blocker.unblock():
        admin.delete()
        connections.close_all()


@pytest.fixture
def watched_page(browser_page):
    """A browser page that records every CSP violation, in any of its frames."""
    violations = []

    def report(text):
        violations.append(text)

    browser_page.context.expose_function("reportCspViolation", report)
    browser_page.context.add_init_script(REPORT_VIOLATIONS)

    def on_console(message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            violations.append(f"console: {message.text}")

    browser_page.on("console", on_console)
    browser_page.violations = violations
    return browser_page


def open_and_settle(page, url):
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    return response


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_work_without_any_policy_violation(watched_page, server_url, site, language):
    page = watched_page
    for label in PUBLIC_TYPES:
        url = server_url + site["public"][label, language]
        response = open_and_settle(page, url)
        assert response.status == 200, url
        assert "default-src 'self'" in response.headers["content-security-policy"]
        assert page.locator("h1").first.is_visible(), url
        # menu.js ran: it shows the Menu button and sets its state.
        toggle = page.locator("[data-menu-toggle]")
        assert toggle.get_attribute("aria-expanded") in ("true", "false"), url
    assert page.violations == []


def test_an_injected_inline_script_is_refused_and_reported(watched_page, server_url, site):
    """The policy is really enforced, and a violation would fail the tests here."""
    page = watched_page
    open_and_settle(page, server_url + site["public"]["home.HomePage", "kk"])
    ran = page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.injectedScriptRan = true";
            document.body.append(script);
            return window.injectedScriptRan === true;
        }"""
    )
    assert ran is False
    for _ in range(50):  # the report reaches Python asynchronously
        if page.violations:
            break
        page.wait_for_timeout(100)
    assert any("script-src" in violation for violation in page.violations), page.violations


def test_admin_editor_chooser_and_translation_editor_work_without_policy_violations(
    watched_page, server_url, site
):
    page = watched_page
    page.goto(f"{server_url}/admin/login/")
    page.fill("#id_username", ADMIN[0])
    page.fill("#id_password", ADMIN[1])
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{server_url}/admin/")
    page.wait_for_load_state("networkidle")

    # The page editor loads its form, with the StreamField built by its scripts.
    news_pk, news_title = site["news"]
    open_and_settle(page, f"{server_url}/admin/pages/{news_pk}/edit/")
    assert page.locator("#page-edit-form").is_visible()
    assert page.locator("#id_title").input_value() == news_title
    expect(page.locator("[data-streamfield-stream-container]").first).to_be_attached()

    # The preview panel frames the page as visitors get it (the public policy), and
    # the Checks panel reads it through the userbar inside that frame.
    page.locator("[data-side-panel-toggle=preview]").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1").first).to_have_text(news_title)
    page.locator("[data-side-panel-toggle=checks]").click()
    expect(page.locator("[data-content-word-count]")).to_have_text(re.compile(r"^\d+$"))

    # An image chooser opens in its modal and lists images (the hero image is already
    # chosen, so its "Choose" button sits hidden behind the "Change image" menu).
    page.locator("#id_hero_image-chooser [data-chooser-action-choose]").dispatch_event("click")
    modal = page.locator(".modal-dialog")
    modal.wait_for(state="visible")
    modal.locator("img").first.wait_for(state="visible")
    page.keyboard.press("Escape")

    # The public page as the editor sees it: the userbar works.
    open_and_settle(page, server_url + site["public"]["news.NewsPage", "kk"])
    page.locator("wagtail-userbar").wait_for(state="attached")
    page.locator("#wagtail-userbar-trigger").click()
    assert page.locator("#wagtail-userbar-items").is_visible()

    # wagtail-localize's translation editor (a React app fed with inline JSON props)
    # renders the source's segments beside the Russian translation.
    ru_pk, ru_title = site["ru_news"]
    open_and_settle(page, f"{server_url}/admin/pages/{ru_pk}/edit/")
    editor = page.locator(".js-translation-editor")
    editor.get_by_text(news_title, exact=True).first.wait_for(state="visible")
    assert editor.get_by_text(ru_title, exact=True).first.is_visible()

    assert page.violations == []
