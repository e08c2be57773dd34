"""L2: translations are governed like their source, and the translation queue shows
each page × kk/ru/en in its real state, through wagtail-localize's own code."""

import re

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

import pytest

from tests.governance.conftest import section
from tests.governance.flows import approve, create_subsection, current_task_name, in_language

pytestmark = pytest.mark.django_db

QUEUE = reverse("governance:translation_queue")


def start_translation(client, page, language):
    locale = Locale.objects.get(language_code=language)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale.pk]},
    )
    assert response.status_code == 302, response.content.decode()[:1000]
    return page.get_translation(locale).specific


def translation_record(target):
    return Translation.objects.get(
        source__object_id=target.translation_key, target_locale=target.locale
    )


def translate_every_segment(target, suffix=" (аударма)"):
    """What the translator does in the translation editor: every segment of the
    source gets a translation into the target's language."""
    translation = translation_record(target)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": segment.string.data + suffix},
        )


def submit_from_queue(client, target, *, complete=True):
    if complete:
        translate_every_segment(target)
    return client.post(QUEUE, {"translation": translation_record(target).pk})


def queue_cells(client, title, **filters):
    """{language: state} of the queue row of the Kazakh page titled ``title``."""
    html = client.get(QUEUE, filters).content.decode()
    row = next(r for r in html.split("<tr>") if f"<td>{title}</td>" in r)
    return dict(re.findall(r'data-language="(\w+)" data-state="(\w+)"', row))


def test_translation_is_refused_before_its_source_is_approved(login):
    editor = login("editor-university")
    source = create_subsection(editor, section("universitet"), slug="zhana-bolim-ru")
    target = start_translation(editor, source, "ru")
    assert not target.live

    translator = login("translator-ru")
    edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
    assert translator.get(edit_url).status_code == 200  # wagtail-localize's editor
    refused = translator.post(edit_url, {"action": "publish"}, follow=True)
    assert (
        in_language(
            "ru",
            "The Kazakh original of this page is not approved and published yet; its "
            "translation cannot be published before it.",
        )
        in refused.content.decode()
    )
    target.refresh_from_db()
    assert not target.live

    # Through approval: the first stage may pass, the publishing stage may not.
    assert submit_from_queue(translator, target).status_code == 302
    assert current_task_name(target) == "Section approver"
    approve(login("approver"), target)
    assert current_task_name(target) == "Marketing head"
    blocked = approve(login("marketing"), target)
    assert blocked.status_code == 302 and "blocked=1" in blocked["Location"]
    target.refresh_from_db()
    assert not target.live and current_task_name(target) == "Marketing head"


def test_approver_publishes_a_page_and_its_ready_translations_together(login, client):
    editor = login("editor-university")
    source = create_subsection(editor, section("universitet"), slug="birge-zhariyalau")
    targets = [start_translation(editor, source, code) for code in ("ru", "en")]
    for target, translator in zip(targets, ("translator-ru", "translator-en"), strict=True):
        assert submit_from_queue(login(translator), target).status_code == 302
    approver = login("approver")
    assert (
        approver.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[
                    source.pk,
                    "approve_with_translations",
                    Page.objects.get(pk=source.pk).current_workflow_task_state.pk,
                ],
            )
        ).status_code
        == 302
    )
    for page in (source, *targets):
        assert current_task_name(page) == "Marketing head"

    marketing = login("marketing")
    source.refresh_from_db()
    response = marketing.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[source.pk, "approve_with_translations", source.current_workflow_task_state.pk],
        )
    )
    assert response.status_code == 302
    for page in (source, *targets):
        page.refresh_from_db()
        assert page.live, page.locale
        assert client.get(page.url).status_code == 200


def test_publishing_kk_with_changes_marks_ru_and_en_outdated_without_touching_them(login):
    admin = get_user_model().objects.get(username="admin")
    source = section("universitet").get_children().live().first().specific
    translator = login("translator-ru")
    assert queue_cells(translator, source.title) == {
        "ru": "published",
        "kk": "published",
        "en": "published",
    }
    ru = source.get_translation(Locale.objects.get(language_code="ru"))
    ru_revision = ru.latest_revision_id

    source.intro = source.intro + " Жаңа сөйлем қосылды."
    source.save_revision(user=admin).publish(user=admin)

    cells = queue_cells(translator, source.title)
    assert cells["ru"] == "outdated" and cells["en"] == "outdated"
    assert cells["kk"] == "published"
    ru.refresh_from_db()
    assert ru.latest_revision_id == ru_revision  # hand edits are never overwritten


def test_republishing_kk_without_text_changes_keeps_translations_up_to_date(login):
    admin = get_user_model().objects.get(username="admin")
    source = section("okytu").get_children().live().first().specific
    source.save_revision(user=admin).publish(user=admin)
    assert set(queue_cells(login("translator-en"), source.title).values()) == {"published"}


def test_queue_shows_missing_and_in_progress_with_percent_and_filters(login):
    editor = login("editor-university")
    source = create_subsection(editor, section("universitet"), slug="audarma-kezegi")
    cells = queue_cells(editor, source.title)
    assert cells == {"ru": "missing", "kk": "awaiting_approval", "en": "missing"}
    translator = login("translator-ru")
    # A Kazakh draft with nothing to translate yet is the editor's business only.
    assert source.title not in translator.get(QUEUE).content.decode()

    target = start_translation(editor, source, "ru")
    html = translator.get(QUEUE, {"language": "ru", "state": "in_progress"}).content.decode()
    assert source.title in html
    row = next(r for r in html.split("<tr>") if source.title in r)
    assert re.search(r"\(\d+%\)", row)
    assert reverse("wagtailadmin_pages:edit", args=[target.pk]) in row

    published_only = translator.get(QUEUE, {"language": "en", "state": "missing"})
    assert source.title in published_only.content.decode()
    other_section = translator.get(QUEUE, {"section": section("okytu").pk}).content.decode()
    assert source.title not in other_section


def test_translator_sees_their_own_language_first(login, subtests):
    for username, first in (("translator-ru", "ru"), ("translator-en", "en")):
        with subtests.test(user=username):
            html = login(username).get(QUEUE).content.decode()
            header = html.split("<thead>", 1)[1].split("</thead>", 1)[0]
            languages = re.findall(r'<th scope="col" lang="(\w+)"', header)
            assert languages[0] == first and sorted(languages) == ["en", "kk", "ru"]


def test_queue_rejects_bad_filters_and_unknown_translation_with_400(login):
    translator = login("translator-ru")
    assert translator.get(QUEUE, {"state": "nonsense"}).status_code == 400
    assert translator.post(QUEUE, {"translation": "999999"}).status_code == 400
    assert translator.post(QUEUE, {"translation": "abc"}).status_code == 400


def test_translator_cannot_submit_another_languages_translation(login):
    editor = login("editor-university")
    source = create_subsection(editor, section("universitet"), slug="basqa-til")
    target = start_translation(editor, source, "en")
    assert submit_from_queue(login("translator-ru"), target).status_code == 403
    assert not Page.objects.get(pk=target.pk).workflow_in_progress


def test_overlong_russian_title_is_a_form_error_not_a_500(login):
    editor = login("editor-university")
    source = create_subsection(editor, section("universitet"), slug="uzyn-ataw")
    target = start_translation(editor, source, "ru")
    translation = translation_record(target)
    title_segment = StringSegment.objects.get(source=translation.source, context__path="title")
    translator = login("translator-ru")
    response = translator.put(
        reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.pk, title_segment.pk],
        ),
        "value=" + "Очень длинный заголовок " * 20,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    assert "255" in response.json()["error"]  # the field's limit is named
    assert not StringTranslation.objects.filter(
        context=title_segment.context, locale=translation.target_locale
    ).exists(), "nothing is saved"
    target.refresh_from_db()
    assert len(target.draft_title) <= 255


def test_an_overlong_title_already_stored_cannot_be_submitted(login):
    """A value stored before the editor's check (e.g. by an older release) is caught
    when the translation is submitted, with the limit named and nothing half-done."""
    editor = login("editor-university")
    source = create_subsection(editor, section("universitet"), slug="uzyn-ataw")
    target = start_translation(editor, source, "ru")
    translate_every_segment(target)
    store_overlong_title(translation_record(target))
    translator = login("translator-ru")
    submitted = submit_from_queue(translator, target, complete=False)
    assert submitted.status_code == 400
    content = submitted.content.decode()
    assert (
        in_language(
            "ru",
            "“%(title)s” was not submitted: correct the translation first.",
            title=target.title,
        )
        in content
    )
    assert "255" in content  # the field's limit is named in the error
    target.refresh_from_db()
    assert len(target.title) <= 255 and not target.workflow_in_progress


def store_overlong_title(translation) -> None:
    """Store an overlong translated title without wagtail-localize's post-save signal,
    which would itself fail on PostgreSQL copying it into the page's draft title."""
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    StringTranslation.objects.filter(
        translation_of_id=segment.string_id,
        context_id=segment.context_id,
        locale_id=translation.target_locale_id,
    ).delete()
    StringTranslation.objects.bulk_create(
        [
            StringTranslation(
                translation_of_id=segment.string_id,
                context_id=segment.context_id,
                locale_id=translation.target_locale_id,
                data="Очень длинный заголовок " * 20,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
        ]
    )


def test_editor_cannot_start_translations_of_another_section(login):
    other = section("talapkerge").get_children().first()
    client = login("editor-university")
    url = reverse("wagtail_localize:submit_page_translation", args=[other.pk])
    assert client.get(url).status_code == 403


def test_publishing_an_overlong_translation_in_the_editor_is_refused_not_a_500(login, admin_client):
    """wagtail-localize 1.14 answers this with a 500 (AttributeError on error_dict)."""
    admin = get_user_model().objects.get(username="admin")
    source = section("universitet").get_children().live().first().specific
    target = source.get_translation(Locale.objects.get(language_code="ru"))
    translation = translation_record(target)
    store_overlong_title(translation)
    admin_client.force_login(admin)
    edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
    response = admin_client.post(edit_url, {"action": "publish"}, follow=True)
    assert response.status_code == 200
    # The administrator works in Kazakh: "at most 255 characters".
    assert "ең көбі 255 таңба" in response.content.decode()
    target.refresh_from_db()
    assert len(target.title) <= 255


def test_editor_cannot_sync_translations_of_another_section(login):
    from wagtail_localize.models import TranslationSource

    other = section("talapkerge").get_children().first()
    source = TranslationSource.objects.get(object_id=other.translation_key, locale=other.locale)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert login("editor-university").get(url).status_code == 403
    own = section("universitet").get_children().first()
    own_source = TranslationSource.objects.get(object_id=own.translation_key, locale=own.locale)
    own_url = reverse("wagtail_localize:update_translations", args=[own_source.pk])
    assert login("editor-university").get(own_url).status_code == 200


def test_crafted_string_translation_without_a_value_is_a_400_and_changes_nothing(login):
    source = section("universitet").get_children().first()
    target = source.get_translation(Locale.objects.get(language_code="ru"))
    translation = translation_record(target)
    segment = StringSegment.objects.filter(source=translation.source).first()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    before = list(StringTranslation.objects.filter(locale=target.locale).values_list("pk", "data"))
    response = login("translator-ru").put(
        url, "nothing=1", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    after = list(StringTranslation.objects.filter(locale=target.locale).values_list("pk", "data"))
    assert after == before


def test_translator_cannot_write_strings_of_another_language(login):
    source = section("universitet").get_children().first()
    target = source.get_translation(Locale.objects.get(language_code="en"))
    translation = translation_record(target)
    segment = StringSegment.objects.filter(source=translation.source).first()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = login("translator-ru").put(
        url, "value=Hijacked", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 403
    assert not StringTranslation.objects.filter(data="Hijacked").exists()


def test_translation_editor_points_the_translator_to_the_queue(login):
    source = section("universitet").get_children().first()
    target = source.get_translation(Locale.objects.get(language_code="ru"))
    html = login("translator-ru").get(reverse("wagtailadmin_pages:edit", args=[target.pk]))
    hint = in_language(
        "ru", "When the translation is ready, submit it for approval in the translation queue."
    )
    assert hint in html.content.decode()


def test_translator_is_not_offered_a_translate_link_they_cannot_use(login):
    source = create_subsection(login("editor-university"), section("universitet"), slug="zhok")
    live = section("universitet").get_children().live().first()
    live.get_translation(Locale.objects.get(language_code="en")).delete()
    html = login("translator-ru").get(QUEUE).content.decode()
    row = next(r for r in html.split("<tr>") if f"<td>{live.title}</td>" in r)
    assert 'data-language="en" data-state="missing"' in row
    start_url = reverse("wagtail_localize:submit_page_translation", args=[live.pk])
    assert start_url not in row
    assert start_url in login("editor-university").get(QUEUE).content.decode()
    assert source.title not in html  # another section's draft is not named at all


def test_bulk_publishing_a_translation_before_its_source_is_refused(login):
    editor = login("editor-university")
    source = create_subsection(editor, section("universitet"), slug="zhappai-zhariyalau")
    target = start_translation(editor, source, "ru")
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    response = login("admin").post(
        f"{url}?id={target.pk}&next=/admin/", {"include_descendants": ""}, follow=True
    )
    assert response.status_code == 200
    target.refresh_from_db()
    assert not target.live
    assert target.title in response.content.decode()  # named in the refusal
