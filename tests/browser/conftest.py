"""Real parts for browser tests: gunicorn serving the test database on a loopback
port, and Debian's Chromium driven by Playwright.

Chromium may be absent only on a developer machine; in CI (``CI`` set) a missing
browser fails the run instead of skipping it.
"""

import datetime
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from django.db import connections

import pytest

from governance import roles
from tests.live import database_url, free_port

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ROOT = Path(__file__).resolve().parents[2]

# Playwright's sync API runs an event loop in this thread; the test code itself
# only reads the database through the server, so Django's guard is not needed.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def server_url(django_db_setup):
    """The portal served by gunicorn, as a visitor reaches it."""
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": database_url(),
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


@pytest.fixture(scope="session")
def site_data(django_db_setup, django_db_blocker):
    """What the browser tests look at, built with the factories and committed so the
    server process sees it: one page of every page type in kk, ru and en, a blog post
    with an approved comment, a news item, register entries in the library and users in
    their roles. Removed again at the end of the session."""
    from tests import factories

    with django_db_blocker.unblock():
        marks = _high_water_marks()
        pages = {}
        for model in factories.portal_page_models():
            for code, page in factories.page_in_every_language(model).items():
                pages[(model._meta.label, code)] = page
        post = factories.translate_everywhere(
            factories.BlogPostPageFactory(
                parent=factories.blog_index(), title="Сессия апталығында оқу залдары кешке дейін"
            ),
            {
                "ru": "В неделю сессии читальные залы открыты допоздна",
                "en": "Reading rooms stay open late in exam week",
            },
        )
        # An approved comment, so the post shows its comment list to visitors.
        factories.BlogCommentFactory(post=post["en"], status="approved", text="Thank you!")
        news = factories.translate_everywhere(
            factories.NewsPageFactory(parent=factories.news_index(), **factories.full_body())
        )
        old_entry = factories.RegisteredDocumentFactory(versions=0)
        factories.DocumentVersionFactory(
            document=old_entry, effective_date=datetime.date(2012, 5, 14)
        )
        old_entry.save()
        factories.RegisteredDocumentFactory(versions=2)
        financial = factories.DocumentLibraryPageFactory(
            parent=factories.sections()[0], category="financial"
        )
        factories.RegisteredDocumentFactory(category="financial")
        pages[("financial-library", "kk")] = financial
        users = {
            role: factories.role_user(role)
            for role in (
                roles.SECTION_EDITORS["universitet"],
                roles.SECTION_APPROVERS,
                roles.MARKETING_HEAD,
            )
        }
        data = SiteData(
            urls={key: page.url for key, page in pages.items()},
            blog_post={code: page.url for code, page in post.items()},
            blog_post_title={code: page.title for code, page in post.items()},
            news_item={code: page.url for code, page in news.items()},
            news_date=news["kk"].date,
            news_index={code: factories.news_index(code).url for code in post},
            blog_index={code: factories.blog_index(code).url for code in post},
            event_index={code: factories.event_index(code).url for code in post},
            library_title={
                code: pages[("documents.DocumentLibraryPage", code)].title for code in post
            },
            old_entry_code=old_entry.code,
            usernames={role: user.username for role, user in users.items()},
            password=factories.PASSWORD,
            university={
                code: factories.edited_section(roles.SECTION_EDITORS["universitet"], code)
                for code in post
            },
        )
        # Leave no session open on the test database, or PostgreSQL refuses to drop it.
        connections.close_all()
    yield data
    with django_db_blocker.unblock():
        _remove_since(marks)
        connections.close_all()


@dataclass
class SiteData:
    urls: dict
    blog_post: dict
    blog_post_title: dict
    news_item: dict
    news_date: datetime.date
    news_index: dict
    blog_index: dict
    event_index: dict
    library_title: dict
    old_entry_code: str
    usernames: dict
    password: str
    university: dict


def _cleanup_models():
    """What the factories write, in the order it can be deleted."""
    from django.contrib.auth import get_user_model

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page
    from wagtail_localize.models import TranslationSource

    from documents.programmes import Programme
    from documents.register import RegisteredDocument
    from news.models import BlogComment
    from people.models import Person

    return [
        BlogComment,
        Page,
        TranslationSource,
        RegisteredDocument,
        Programme,
        get_document_model(),
        get_image_model(),
        Person,
        get_user_model(),
    ]


def _high_water_marks() -> dict:
    from django.db.models import Max

    return {
        model: model.objects.aggregate(top=Max("pk"))["top"] or 0 for model in _cleanup_models()
    }


def _remove_since(marks: dict) -> None:
    from wagtail.models import Page

    for model, mark in marks.items():
        rows = model.objects.filter(pk__gt=mark)
        if model is Page:
            # Deepest first: treebeard keeps the parents' child counts right.
            for page in rows.order_by("-depth"):
                Page.objects.filter(pk=page.pk).delete()
        else:
            for row in rows:
                row.delete()
