"""W3: automatic content rules, shown to the editor and the approver, blocking
approval while they fail; applied to every page type generically."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import rich_text, streamfield

import pytest

from governance.checks import page_problems
from governance.models import ProhibitedWord
from tests import factories
from tests.governance.conftest import section
from tests.governance.flows import approve, create_subsection, current_task_name, in_kazakh

pytestmark = pytest.mark.django_db


def image(width, height, title="Фото"):
    return get_image_model().objects.create(
        title=title, file=get_test_image_file(size=(width, height))
    )


def codes(page):
    return {problem.code for problem in page_problems(Page.objects.get(pk=page.pk))}


def test_prohibited_word_blocks_approval_naming_the_word_and_field(login):
    ProhibitedWord.objects.create(language="kk", word="арамза")
    page = create_subsection(
        login("editor-university"),
        section("universitet"),
        slug="tyiym-salyngan",
        text="Бұл мәтінде Арамза сөзі бар.",
    )
    approver = login("approver")
    response = approve(approver, page)
    assert response.status_code == 302 and "blocked=1" in response["Location"]
    assert current_task_name(page) == "Section approver"
    assert not Page.objects.get(pk=page.pk).live

    report = approver.get(response["Location"]).content.decode()
    field = f"{in_kazakh('Body')} → {in_kazakh('Paragraph')}"
    assert "арамза" in report and field in report

    # The editor sees the same problem when opening the page.
    editor_view = login("editor-university").get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "арамза" in editor_view.content.decode()


def test_prohibited_words_are_per_language():
    ProhibitedWord.objects.create(language="ru", word="Университет")
    kk_page = section("universitet", "kk")
    ru_page = section("universitet", "ru")
    assert "prohibited_word" not in codes(kk_page)
    assert "prohibited_word" in codes(ru_page)


def test_small_photo_blocks_approval(login):
    small = image(800, 600)
    page = create_subsection(
        login("editor-university"),
        section("universitet"),
        slug="kishi-foto",
        body=streamfield(
            [("image", {"image": small.pk, "alt_text": "Студенттер кітапханада", "caption": ""})]
        ),
    )
    assert "small_photo" in codes(page)
    response = approve(login("approver"), page)
    assert "blocked=1" in response["Location"]
    assert current_task_name(page) == "Section approver"


def test_large_photo_with_alt_text_passes(login):
    large = image(1200, 800)
    page = create_subsection(
        login("editor-university"),
        section("universitet"),
        slug="ulken-foto",
        body=streamfield(
            [("image", {"image": large.pk, "alt_text": "Студенттер кітапханада", "caption": ""})]
        ),
    )
    assert codes(page) <= {"missing_translation"}
    approve(login("approver"), page)
    assert current_task_name(page) == "Marketing head"


def test_link_to_unpublished_page_is_reported(login):
    draft = create_subsection(
        login("editor-university"), section("universitet"), slug="zhoba-bet", submit=False
    )
    page = create_subsection(
        login("editor-university"),
        section("universitet"),
        slug="siltemeler",
        body=streamfield(
            [
                (
                    "paragraph",
                    rich_text(f'<p>Қараңыз: <a id="{draft.pk}" linktype="page">жоба</a></p>'),
                )
            ]
        ),
    )
    assert "link_to_unpublished_page" in codes(page)
    assert "blocked=1" in approve(login("approver"), page)["Location"]


def test_image_without_alt_text_from_an_import_is_reported():
    """The editor's form requires alt text; content that arrives another way (imports,
    the API, scripts) is caught at approval."""
    photo = image(1600, 900)
    page = section("universitet").get_children().live().first().specific
    page.body = [("image", {"image": photo, "alt_text": "", "caption": ""})]
    page.save_revision()
    assert "missing_alt_text" in codes(page)


def test_link_to_deleted_page_is_reported(login):
    doomed = create_subsection(
        login("editor-university"), section("universitet"), slug="zhoiylatyn", submit=False
    )
    page = create_subsection(
        login("editor-university"),
        section("universitet"),
        slug="zhoiylgan-silteme",
        body=streamfield(
            [("paragraph", rich_text(f'<p><a id="{doomed.pk}" linktype="page">ескі</a></p>'))]
        ),
    )
    Page.objects.get(pk=doomed.pk).delete()
    assert "link_to_deleted_page" in codes(page)


def test_live_section_page_missing_a_translation_cannot_be_approved(login):
    source = section("universitet").get_children().live().first().specific
    source.get_translation(Locale.objects.get(language_code="en")).delete()
    editor = get_user_model().objects.get(username="editor-university")
    source.save_revision(user=editor)
    source.get_workflow().start(source, editor)
    problems = page_problems(Page.objects.get(pk=source.pk))
    missing = [p for p in problems if p.code == "missing_translation"]
    assert missing and missing[0].blocking
    response = approve(login("approver"), source)
    assert "blocked=1" in response["Location"]


def test_checks_apply_to_other_page_types_too():
    ProhibitedWord.objects.create(language="kk", word="жалған")
    news = factories.NewsPageFactory(parent=factories.news_index())
    news.intro = "Бұл жалған хабар емес."
    news.save_revision()
    problems = page_problems(Page.objects.get(pk=news.pk))
    assert any(p.code == "prohibited_word" and "жалған" in p.message for p in problems)


def test_prohibited_words_are_editable_in_the_admin(admin_client):
    url = reverse("wagtailsnippets_governance_prohibitedword:add")
    response = admin_client.post(url, {"language": "kk", "word": "боқ", "reason": "Балағат"})
    assert response.status_code == 302
    assert ProhibitedWord.objects.filter(language="kk", word="боқ").exists()


def test_checks_page_is_refused_to_other_sections(login):
    page = section("talapkerge")
    response = login("editor-university").get(reverse("governance:page_checks", args=[page.pk]))
    assert response.status_code == 403
