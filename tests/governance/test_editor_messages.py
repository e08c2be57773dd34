"""The page editor after Wagtail 8's autosave: a new page exists only once the editor
saves it (a retry meets no page of its own, and a taken slug is explained in
Kazakh), and each content-check message is shown once and goes away when fixed."""

import json

from django.urls import reverse

from wagtail.models import Page

import pytest

from governance.models import ProhibitedWord
from tests.governance.conftest import section
from tests.governance.flows import create_subsection, in_kazakh, subsection_data

pytestmark = pytest.mark.django_db

WORD = "арамза"
# How the autosave script asks: it wants JSON back, not a page.
AUTOSAVE = {"HTTP_ACCEPT": "application/json", "HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


def _add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["sections", "subsectionpage", parent.pk])


def _autosave(client, page, times=1, **data):
    """Post the edit form as Wagtail's autosave script does: first against the revision
    the editor loaded, then overwriting its own autosaved revision."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    loaded = Page.objects.get(pk=page.pk).get_latest_revision()
    state = {
        "loaded_revision_id": loaded.pk,
        "loaded_revision_created_at": loaded.created_at.isoformat(),
    }
    for _ in range(times):
        response = client.post(url, subsection_data(**data, **state), **AUTOSAVE)
        assert response.status_code == 200, response.content.decode()
        answer = json.loads(response.content)
        assert answer["success"] is True
        state = {"overwrite_revision_id": answer["revision_id"]}
    return answer


def _check_message():
    """The content check's message about the prohibited word, as the editor reads it."""
    field = f"{in_kazakh('Body')} → {in_kazakh('Paragraph')}"
    problem = in_kazakh(
        "The prohibited word “%(word)s” appears in “%(field)s”.", word=WORD, field=field
    )
    return in_kazakh("Content check: %(message)s") % {"message": problem}


def test_autosave_of_a_new_page_creates_nothing_and_stops(login):
    editor = login("editor-university")
    parent = section("universitet")
    before = Page.objects.count()
    response = editor.post(_add_url(parent), subsection_data(slug="avtosaqtau"), **AUTOSAVE)
    assert response.status_code == 400
    answer = json.loads(response.content)
    # "invalid_revision" makes Wagtail's autosave script stop for this form.
    assert answer["success"] is False and answer["error_code"] == "invalid_revision"
    assert answer["error_message"] == in_kazakh(
        "Not saved yet: a new page is saved when you save it."
    )
    assert Page.objects.count() == before


def test_saving_creates_one_page_and_a_retry_is_told_in_kazakh_why_not(login):
    editor = login("editor-university")
    parent = section("universitet")
    editor.post(_add_url(parent), subsection_data(slug="qaitalau"), **AUTOSAVE)
    first = editor.post(_add_url(parent), subsection_data(slug="qaitalau"))
    assert first.status_code == 302
    retry = editor.post(_add_url(parent), subsection_data(slug="qaitalau"))
    assert retry.status_code == 200
    html = retry.content.decode()
    assert "слагы (URL атауы) осы бөлімдегі басқа бетте қолданылып тұр" in html
    assert "is already in use" not in html
    assert Page.objects.filter(slug="qaitalau", locale=parent.locale).count() == 1


def test_autosave_of_an_existing_page_still_saves(login):
    editor = login("editor-university")
    page = create_subsection(editor, section("universitet"), slug="bar-bet", submit=False)
    _autosave(editor, page, slug="bar-bet", text="Автосақталған мәтін.")
    saved = Page.objects.get(pk=page.pk).get_latest_revision().as_object()
    assert "Автосақталған мәтін." in str(saved.body.raw_data)


def test_a_content_check_message_appears_once_and_goes_away_when_fixed(login):
    ProhibitedWord.objects.create(language="kk", word=WORD)
    editor = login("editor-university")
    parent = section("universitet")
    bad = f"Бұл мәтінде {WORD} сөзі бар."
    message = _check_message()

    created = editor.post(_add_url(parent), subsection_data(slug="eskertu", text=bad), follow=True)
    assert created.content.decode().count(message) == 1
    page = Page.objects.get(slug="eskertu", locale=parent.locale)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    saved = editor.post(edit_url, subsection_data(slug="eskertu", text=bad), follow=True)
    assert saved.content.decode().count(message) == 1

    # Autosave in the background, several times, while the editor keeps typing.
    _autosave(editor, page, times=3, slug="eskertu", text=bad)
    reopened = editor.get(edit_url).content.decode()
    assert reopened.count(message) == 1

    fixed = editor.post(edit_url, subsection_data(slug="eskertu", text="Таза мәтін."), follow=True)
    assert message not in fixed.content.decode()
    assert message not in editor.get(edit_url).content.decode()


def test_the_missing_translation_check_names_the_language_in_the_sentence_language(login):
    """Not "Бұл бөлім бетінің English аудармасы жоқ": the language's name is Kazakh too."""
    editor = login("editor-university")
    saved = editor.post(
        _add_url(section("universitet")), subsection_data(slug="audarma-zhoq"), follow=True
    )
    html = saved.content.decode()
    assert "Бұл бөлім бетінің ағылшын аудармасы жоқ." in html
    assert "English аудармасы" not in html and "Русский аудармасы" not in html
