"""Real parts for browser tests: gunicorn serving the test database on a loopback
port, and Debian's Chromium driven by Playwright.

Chromium may be absent only on a developer machine; in CI (``CI`` set) a missing
browser fails the run instead of skipping it.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from django.db import connection, connections

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ROOT = Path(__file__).resolve().parents[2]

# Playwright's sync API runs an event loop in this thread; the test code itself
# only reads the database through the server, so Django's guard is not needed.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _database_url() -> str:
    settings = connection.settings_dict
    if settings["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings['NAME']}"
    return (
        f"postgres://{settings['USER']}:{settings['PASSWORD']}@{settings['HOST'] or '127.0.0.1'}"
        f":{settings['PORT'] or 5432}/{settings['NAME']}"
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def server_url(django_db_setup):
    """The portal served by gunicorn, as a visitor reaches it."""
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": _database_url(),
    }
    gunicorn = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen(
        [str(gunicorn), "portal.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{url}/kk/", timeout=2)  # noqa: S310 - loopback only
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(
                    "gunicorn did not start: " + process.stderr.read().decode()[-2000:]
                ) from None
            time.sleep(0.3)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is required in CI: install the Debian package 'chromium'.")
        pytest.skip("Chromium is not installed (apt install chromium); CI runs these tests.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(chromium):
    """Open a page in a fresh browser context with the given context options."""
    contexts = []

    def open_page(**options):
        context = chromium.new_context(**options)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def browser_page(new_page):
    return new_page(viewport=DESKTOP)


@pytest.fixture
def no_js_page(new_page):
    return new_page(viewport=DESKTOP, java_script_enabled=False)


@pytest.fixture
def phone_page(new_page):
    return new_page(viewport={"width": 320, "height": 640}, is_mobile=True, has_touch=True)


PAGE_TYPES = [
    "home.HomePage",
    "sections.SectionPage",
    "sections.SubsectionPage",
    "sections.ExternalLinkPage",
    "sections.ContactsPage",
    "news.NewsIndexPage",
    "news.NewsPage",
    "news.BlogIndexPage",
    "news.BlogPostPage",
    "news.EventIndexPage",
    "news.EventPage",
    "news.PressIndexPage",
    "news.PressReleasePage",
]


@pytest.fixture(scope="session")
def page_of_type(django_db_setup, django_db_blocker):
    """The URL of the first live page of each type, per language, read from the
    same database the server uses."""
    from django.apps import apps

    urls = {}
    with django_db_blocker.unblock():
        for label in PAGE_TYPES:
            for page in apps.get_model(label).objects.live().order_by("path"):
                urls.setdefault((label, page.locale.language_code), page.url)
        # Leave no session open on the test database, or PostgreSQL refuses to drop it.
        connections.close_all()
    return urls
