"""Translators start and finish their own work (L2, issue 17): a translator starts the
translation of a page into their language from the queue, cannot hand an incomplete
translation to the approvers, and after submitting from the translation editor lands
back on the queue with a confirmation. Real admin URLs, real roles from setup_roles."""

from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation

import pytest

from governance.translation_sync import percent_translated
from tests import factories
from tests.governance.conftest import section
from tests.governance.flows import in_language
from tests.governance.test_translations import translate_every_segment, translation_record

pytestmark = pytest.mark.django_db

QUEUE = reverse("governance:translation_queue")
START = reverse("governance:start_translation")


@pytest.fixture
def untranslated():
    """A live Kazakh page of the University section with no Russian or English yet."""
    return factories.SubsectionPageFactory(
        parent=section("universitet"), title="Аударылмаған бет", slug="audarylmagan-bet"
    )


def ru_locale():
    return Locale.objects.get(language_code="ru")


def start(client, page, language="ru"):
    return client.post(START, {"page": page.pk, "language": language})


def test_a_translator_starts_a_translation_into_their_language_from_the_queue(login, untranslated):
    translator = login("translator-ru")
    html = translator.get(QUEUE).content.decode()
    row = next(r for r in html.split("<tr>") if f"<td>{untranslated.title}</td>" in r)
    ru_cell = row.split('data-language="ru"', 1)[1].split("</td>", 1)[0]
    assert f'action="{START}"' in ru_cell and f'value="{untranslated.pk}"' in ru_cell
    en_cell = row.split('data-language="en"', 1)[1].split("</td>", 1)[0]
    assert START not in en_cell  # not their language

    response = start(translator, untranslated)
    target = untranslated.get_translation(ru_locale())
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[target.pk])
    assert not target.live  # a draft until approved
    editor = translator.get(response["Location"])
    assert editor.status_code == 200
    assert "js-translation-editor" in editor.content.decode()  # wagtail-localize's editor
    assert (
        in_language("ru", "The translation of “%(title)s” into %(language)s has started.")
        % {"title": untranslated.title, "language": ru_locale().get_display_name()}
        in editor.content.decode()
    )


def test_starting_twice_opens_the_existing_translation_instead_of_a_copy(login, untranslated):
    translator = login("translator-ru")
    first = start(translator, untranslated)
    second = start(translator, untranslated)
    assert second.status_code == 302 and second["Location"] == first["Location"]
    assert Page.objects.filter(translation_key=untranslated.translation_key).count() == 2


def test_a_translator_cannot_start_another_language_or_a_page_they_may_not_see(login, untranslated):
    translator = login("translator-ru")
    assert start(translator, untranslated, "en").status_code == 403
    draft = factories.SubsectionPageFactory(
        parent=section("talapkerge"), title="Жарияланбаған жоба", publish=False
    )
    assert start(translator, draft).status_code == 403
    assert start(login("quality"), untranslated).status_code == 403
    for data in (
        {"page": "abc", "language": "ru"},
        {"page": "99999999", "language": "ru"},
        {"page": untranslated.pk, "language": "kk"},
        {"page": untranslated.pk, "language": "xx"},
        {"page": untranslated.pk},
    ):
        assert translator.post(START, data).status_code == 400, data
    assert translator.get(START).status_code == 405
    assert not untranslated.get_translations().exists()
    assert (
        not Page.objects.filter(translation_key=draft.translation_key).exclude(pk=draft.pk).exists()
    )


def test_an_incomplete_translation_cannot_be_submitted_for_approval(login, untranslated):
    translator = login("translator-ru")
    start(translator, untranslated)
    target = untranslated.get_translation(ru_locale())
    translation = translation_record(target)
    title = translation.source.stringsegment_set.get(context__path="title")
    StringTranslation.objects.create(
        translation_of=title.string,
        locale=ru_locale(),
        context=title.context,
        data="Непереведённая страница",
    )
    percent = percent_translated(translation)
    assert 0 < percent < 100

    html = translator.get(QUEUE).content.decode()
    row = next(r for r in html.split("<tr>") if f"<td>{untranslated.title}</td>" in r)
    assert f'value="{translation.pk}"' not in row  # no submit button for a partial one

    response = translator.post(QUEUE, {"translation": translation.pk})
    assert response.status_code == 400
    content = response.content.decode()
    assert (
        in_language(
            "ru",
            "The translation is %(percent)d%% done: translate every segment before "
            "submitting it for approval.",
            percent=percent,
        )
        in content
    )
    target.refresh_from_db()
    assert not target.workflow_in_progress and not target.live


def test_submitting_from_the_translation_editor_returns_to_the_queue_with_a_confirmation(
    login, untranslated
):
    translator = login("translator-ru")
    start(translator, untranslated)
    target = untranslated.get_translation(ru_locale())
    edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
    editor = translator.get(edit_url).content.decode()
    form = editor.split('id="translation-submit-heading"', 1)[1].split("</form>", 1)[0]
    assert f'action="{QUEUE}"' in form and 'name="from_editor"' in form

    translation = translation_record(target)
    incomplete = translator.post(QUEUE, {"translation": translation.pk, "from_editor": "1"})
    assert incomplete.status_code == 302 and incomplete["Location"] == edit_url
    assert not Page.objects.get(pk=target.pk).workflow_in_progress

    translate_every_segment(target)
    response = translator.post(
        QUEUE, {"translation": translation.pk, "from_editor": "1"}, follow=True
    )
    assert response.redirect_chain[-1][0] == QUEUE
    target.refresh_from_db()
    assert (
        in_language("ru", "“%(title)s” (%(language)s) was submitted for approval.")
        % {"title": target.title, "language": target.locale.get_display_name()}
        in response.content.decode()
    )
    assert target.workflow_in_progress and not target.live
