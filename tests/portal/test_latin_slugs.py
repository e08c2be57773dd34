"""A new page in Kazakh or Russian gets a Latin slug (issue 17), the way the prescribed
tree's slugs are written, whether the editor's browser filled it in from the title
(tests/browser/test_latin_slugs.py) or the editor typed Cyrillic into it; an editor's
own Latin slug is kept."""

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from governance import roles
from home.prescribed.tree import PRESCRIBED_TREE
from portal.slugs import latin_slug
from tests import factories

pytestmark = pytest.mark.django_db

# Slugs of the prescribed tree that are deliberate abbreviations, not transliterations.
ABBREVIATED = {"minor-katalogy", "katalog-minor", "press-tsentr"}


def test_the_table_writes_the_prescribed_trees_slugs_from_their_titles(subtests):
    for node in PRESCRIBED_TREE.walk():
        for language in ("kk", "ru"):
            if node.slug[language] in ABBREVIATED:
                continue
            with subtests.test(title=node.title[language]):
                assert latin_slug(node.title[language]) == node.slug[language]


def test_every_kazakh_letter_has_a_latin_form():
    assert latin_slug("Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі") == "aa-gg-kk-nn-oo-uu-uu-hh-ii"
    assert latin_slug("Щука, съезд; Объём — ЭЮЯ") == "shchuka-sezd-obem-eyuya"


@pytest.fixture
def editor(client):
    """A University section editor signed in to the admin (rights from setup_roles)."""
    user = factories.role_user(roles.SECTION_EDITORS["universitet"])
    client.force_login(user)
    return client


def add_subsection(client, language: str, title: str, slug: str):
    parent = factories.edited_section(roles.SECTION_EDITORS["universitet"], language)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["sections", "subsectionpage", parent.pk]),
        nested_form_data(
            {
                "title": title,
                "slug": slug,
                "intro": "Кіріспе.",
                "body": streamfield([("paragraph", rich_text("<p>Мәтін.</p>"))]),
            }
        ),
    )
    return parent, response


def created(parent, title):
    return Page.objects.child_of(parent).get(title=title)


def test_a_cyrillic_slug_typed_into_a_kazakh_page_is_saved_in_latin(editor):
    parent, response = add_subsection(editor, "kk", "Жатақхана кезегі", "жатақхана-кезегі")
    assert response.status_code == 302, response.content.decode()[:2000]
    assert created(parent, "Жатақхана кезегі").slug == "zhatakhana-kezegi"


def test_a_russian_page_created_in_the_admin_gets_a_latin_slug(editor):
    title = "Приёмная комиссия: график"
    parent, response = add_subsection(editor, "ru", title, "приёмная-комиссия-график")
    assert response.status_code == 302, response.content.decode()[:2000]
    page = created(parent, title)
    assert page.slug == "priemnaya-komissiya-grafik"
    assert page.url.endswith("/priemnaya-komissiya-grafik/")


def test_an_editors_own_latin_slug_is_kept(editor):
    parent, response = add_subsection(editor, "kk", "Ғылыми кеңес хаттамалары", "minutes")
    assert response.status_code == 302, response.content.decode()[:2000]
    assert created(parent, "Ғылыми кеңес хаттамалары").slug == "minutes"


def test_a_slug_that_cannot_be_written_in_latin_is_refused_with_a_message(editor):
    parent, response = add_subsection(editor, "kk", "Бет", "北京🙂")
    assert response.status_code == 200
    assert not Page.objects.child_of(parent).filter(title="Бет").exists()
    assert response.context["form"].errors["slug"]


def test_the_admins_slug_input_carries_the_kazakh_table_for_the_browser(editor):
    parent = factories.edited_section(roles.SECTION_EDITORS["universitet"], "kk")
    html = editor.get(
        reverse("wagtailadmin_pages:add", args=["sections", "subsectionpage", parent.pk])
    ).content.decode()
    slug_input = html.split('name="slug"', 1)[1].split(">", 1)[0]
    assert "data-w-slug-formatters-value" in slug_input
    assert "\\u049b" in slug_input  # қ
    assert "data-w-slug-allow-unicode-value" not in slug_input
