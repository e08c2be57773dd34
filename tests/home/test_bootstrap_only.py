"""``bootstrap_portal`` alone, as a deployment runs it: the prescribed structure (S1) in
three languages and nothing fake (S2, L1).

The session database also holds the demo (tests/conftest.py), so these tests build a
database of their own: a temporary SQLite file, migrated and bootstrapped by the real
``manage.py`` in child processes. What the file then holds is read by a third process
and compared here. The session database is not touched.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from wagtail.models import Locale, Page

import pytest

from home.prescribed.tree import PRESCRIBED_TREE
from tests.utils import LANGUAGE_CODES, S1_SECTION_TITLES

MANAGE = str(Path(settings.BASE_DIR) / "manage.py")

# S1 of requirements.md, written out here independently of home/prescribed/tree.py.
S1_SUBSECTIONS_EN = {
    "Home": ["Faculties", "Student life", "International cooperation", "Science and innovation"],
    "University": [
        "Administration",
        "Academic council",
        "Accreditation",
        "Strategic plan",
        "Quality objectives",
        "Financial reporting",
        "Licence",
        "Information disclosure",
        "Public councils",
        "Plans and reports",
        "Open data",
        "Experts",
    ],
    "Applicant": [
        "Admission of documents",
        "Educational programmes",
        "Grants and discounts",
        "Virtual admission committee",
    ],
    "Student": [
        "Personal account",
        "Student guide",
        "Academic calendar",
        "Virtual library",
        "Professional practice",
        "Student council",
        "Dormitory",
    ],
    "Graduate": ["Alumni union", "Employment", "Enbek.kz"],
    "Education": [
        "Bachelor's",
        "Master's",
        "Distance learning",
        "Academic mobility",
        "Minor catalogue",
    ],
}
S1_SUBSECTIONS_KK = [
    "Факультеттер",
    "Студенттік өмір",
    "Халықаралық ынтымақтастық",
    "Ғылым және инновациялар",
    "Әкімшілік",
    "Ғылыми кеңес",
    "Аккредиттеу",
    "Стратегиялық жоспар",
    "Сапа саласындағы мақсаттар",
    "Қаржылық есептілік",
    "Лицензия",
    "Құжаттарды қабылдау",
    "Білім беру бағдарламалары",
    "Гранттар мен жеңілдіктер",
    "Виртуалды қабылдау комиссиясы",
    "Анықтамалық-жолсілтеме",
    "Академиялық күнтізбе",
    "Виртуалды кітапхана",
    "Кәсіби тәжірибе",
    "Студенттік кеңес",
    "Жатақхана",
    "Түлектер одағы",
    "Жұмысқа орналастыру",
    "Бакалавриат",
    "Магистратура",
    "Қашықтықтан оқыту",
    "Академиялық ұтқырлық",
]

# Run inside the child process by ``manage.py shell``: everything a test needs, as JSON.
FACTS = """
import json
from django.contrib.auth import get_user_model
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation
from documents.programmes import Programme
from documents.register import RegisteredDocument
from news.models import (
    BlogComment, BlogPostPage, EventPage, NewsPage, PressReleasePage
)
from people.models import Person
translated = {
    (str(key), language)
    for key, language in Translation.objects.values_list(
        "source__object_id", "target_locale__language_code"
    )
}
pages = []
all_pages = Page.objects.filter(depth__gt=1).select_related("locale", "content_type")
for page in all_pages.order_by("path"):
    parent = page.get_parent()
    pages.append({
        "language": page.locale.language_code,
        "depth": page.depth,
        "model": page.content_type.app_label + "." + page.content_type.model_class().__name__,
        "slug": page.slug,
        "title": page.title,
        "parent": parent.title if parent.depth > 1 else "",
        "prescribed": getattr(page.specific, "is_prescribed", False),
        "live": page.live,
        "in_menus": page.show_in_menus,
        "localized": (str(page.translation_key), page.locale.language_code) in translated,
    })
print(json.dumps({
    "pages": pages,
    "revisions": Revision.objects.count(),
    "string_translations": StringTranslation.objects.count(),
    "site_root": Site.objects.get(is_default_site=True).root_page.title,
    "items": sum(m.objects.count() for m in (NewsPage, BlogPostPage, EventPage, PressReleasePage)),
    "demo": {
        "register": RegisteredDocument.objects.count(),
        "programmes": Programme.objects.count(),
        "people": Person.objects.count(),
        "comments": BlogComment.objects.count(),
        "users": get_user_model().objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
    },
}))
"""


def manage(database: Path, *args: str) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    environment.pop("REDIS_URL", None)
    return subprocess.run(
        [sys.executable, MANAGE, *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
    )


def facts(database: Path) -> dict:
    result = manage(database, "shell", "--no-imports", "-c", FACTS)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    """A migrated database on which load_demo was tried first, then bootstrap_portal was
    run twice; the facts after each step."""
    database = tmp_path_factory.mktemp("deployment") / "db.sqlite3"
    migrated = manage(database, "migrate", "--noinput", "-v0")
    assert migrated.returncode == 0, migrated.stderr
    demo_first = manage(database, "load_demo")
    after_demo_first = facts(database)
    first = manage(database, "bootstrap_portal")
    assert first.returncode == 0, first.stderr
    after_first = facts(database)
    second = manage(database, "bootstrap_portal")
    assert second.returncode == 0, second.stderr
    yield {
        "demo first": demo_first,
        "after demo first": after_demo_first,
        "first": after_first,
        "second": facts(database),
        "second output": second.stdout,
    }


def test_load_demo_before_bootstrap_is_refused_and_writes_nothing(deployment):
    refused = deployment["demo first"]
    assert refused.returncode != 0
    assert "bootstrap_portal" in refused.stderr
    assert deployment["after demo first"]["demo"] == {
        "register": 0,
        "programmes": 0,
        "people": 0,
        "comments": 0,
        "users": 0,
        "images": 0,
        "documents": 0,
    }


def test_each_locale_gets_the_s1_sections_in_order(deployment):
    pages = deployment["first"]["pages"]
    for code in LANGUAGE_CODES:
        sections = [
            p["title"] for p in pages if p["language"] == code and p["depth"] == 3 and p["in_menus"]
        ]
        assert sections == S1_SECTION_TITLES[code], code


def test_the_english_tree_has_every_s1_subsection_under_its_section(deployment):
    pages = [p for p in deployment["first"]["pages"] if p["language"] == "en"]
    for section, subsections in S1_SUBSECTIONS_EN.items():
        children = [p["title"] for p in pages if p["parent"] == section]
        missing = [title for title in subsections if title not in children]
        assert missing == [], section


def test_the_kazakh_tree_has_the_s1_subsection_titles(deployment):
    titles = {p["title"] for p in deployment["first"]["pages"] if p["language"] == "kk"}
    assert [title for title in S1_SUBSECTIONS_KK if title not in titles] == []


def test_every_prescribed_page_exists_live_in_three_languages_through_wagtail_localize(
    deployment,
):
    pages = deployment["first"]["pages"]
    for node in PRESCRIBED_TREE.walk():
        for code in LANGUAGE_CODES:
            matches = [
                p
                for p in pages
                if p["language"] == code and p["slug"] == node.slug[code] and p["live"]
            ]
            assert [p["title"] for p in matches] == [node.title[code]], (code, node.slug[code])
            if code != settings.LANGUAGE_CODE:
                assert matches[0]["localized"], (code, node.slug[code])


def test_only_the_prescribed_pages_exist_and_all_are_marked_prescribed(deployment):
    pages = deployment["first"]["pages"]
    assert len(pages) == len(list(PRESCRIBED_TREE.walk())) * len(LANGUAGE_CODES)
    assert [p["slug"] for p in pages if not p["prescribed"]] == []


def test_nothing_fake_no_news_blog_event_press_users_or_documents(deployment):
    after = deployment["first"]
    assert after["items"] == 0
    assert after["demo"] == deployment["after demo first"]["demo"]
    assert after["site_root"] == PRESCRIBED_TREE.title[settings.LANGUAGE_CODE]


def test_running_bootstrap_again_changes_nothing(deployment):
    assert deployment["second"] == deployment["first"]
    assert "nothing to do" in deployment["second output"]


@pytest.mark.django_db
def test_bootstrap_refuses_a_database_with_a_locale_the_settings_do_not_declare():
    Locale.objects.create(language_code="de")
    pages = Page.objects.count()
    with pytest.raises(CommandError, match=r"de.*settings\.LANGUAGES"):
        call_command("bootstrap_portal", verbosity=0)
    assert Page.objects.count() == pages


@pytest.mark.django_db
def test_bootstrap_refuses_settings_that_drop_a_language_the_database_has():
    pages = Page.objects.count()
    with (
        override_settings(LANGUAGES=[("kk", "Қазақша"), ("en", "English")]),
        pytest.raises(CommandError, match="ru"),
    ):
        call_command("bootstrap_portal", verbosity=0)
    assert Page.objects.count() == pages
