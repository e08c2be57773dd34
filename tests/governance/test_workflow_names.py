"""Workflow and task names are data, shown in the reader's admin language: the
approver working in Kazakh reads "Бөлімді бекітуші", the translator working in Russian
"Согласующий раздела", an English admin "Section approver"; the stored name stays the
msgid so every language keeps its translation."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from wagtail.models import Collection, Task, Workflow
from wagtail.users.models import UserProfile

import pytest

from governance import roles
from tests.governance.conftest import section
from tests.governance.flows import create_subsection

pytestmark = pytest.mark.django_db

SHOWN = {
    "kk": ("Бөлімді бекітуші", "Бөлім бойынша бекіту"),
    "ru": ("Согласующий раздела", "Согласование раздела"),
    "en": ("Section approver", "Section approval"),
}


def _speaks(username, language):
    profile = UserProfile.get_for_user(get_user_model().objects.get(username=username))
    profile.preferred_language = language
    profile.save()


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_approver_reads_the_stage_and_workflow_in_their_admin_language(login, language):
    page = create_subsection(login("editor-university"), section("universitet"))
    _speaks("approver", language)
    approver = login("approver")
    task, workflow = SHOWN[language]

    edit = approver.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert task in edit and workflow in edit
    waiting = approver.get(reverse("governance:waiting")).content.decode()
    assert task in waiting
    if language != "en":
        assert "Section approver" not in edit and "Section approval" not in edit
        assert "Section approver" not in waiting


def test_the_editor_reads_the_workflow_in_the_submit_button(login):
    """ "Submit to …" is formatted in Python (%), not in a template."""
    editor = login("editor-university")
    page = create_subsection(editor, section("universitet"), submit=False)
    edit = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "«Бөлім бойынша бекіту» процесіне жіберу" in edit


def test_the_history_names_the_stage_in_the_readers_language(login):
    page = create_subsection(login("editor-university"), section("universitet"))
    history = login("editor-university").get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    html = history.content.decode()
    assert "Бөлім бойынша бекіту" in html and "Бөлімді бекітуші" in html
    assert "'Section approval'" not in html and "Section approver" not in html


def test_names_are_stored_as_msgids_even_when_saved_in_translation():
    """The workflow's edit form shows the translated name; saving it back keeps the
    msgid, so the other languages do not lose their translation."""
    task = Task.objects.get(name=roles.SECTION_APPROVAL_TASK).specific
    task.name = "Бөлімді бекітуші"
    task.save()
    assert Task.objects.filter(name="Section approver").exists()
    assert not Task.objects.filter(name="Бөлімді бекітуші").exists()

    workflow = Workflow.objects.get(name=roles.SECTION_WORKFLOW)
    workflow.name = "Согласование раздела"
    workflow.save()
    assert Workflow.objects.filter(name="Section approval").exists()


def test_a_name_an_administrator_types_is_shown_as_typed():
    workflow = Workflow.objects.create(name="Ғылыми кеңес")
    assert str(Workflow.objects.get(pk=workflow.pk).name) == "Ғылыми кеңес"


def test_collections_named_by_the_portal_are_shown_in_the_admin_language():
    """The document register's and submitted material's collections (image and
    document screens, choosers) read in the admin language; stored as msgids."""
    staff = Collection.get_first_root_node().add_child(name="Staff-only documents")
    shown = {}
    for language in ("kk", "ru", "en"):
        with translation.override(language):
            collection = Collection.objects.get(pk=staff.pk)
            # As the collection filters and choosers list it (indented below Root).
            shown[language] = collection.get_indented_name(indentation_start_depth=1).strip()
    assert shown == {
        "kk": "↳ Тек қызметкерлерге арналған құжаттар",
        "ru": "↳ Документы только для сотрудников",
        "en": "↳ Staff-only documents",
    }
    assert Collection.objects.filter(name="Staff-only documents").exists()
