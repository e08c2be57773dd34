"""W §11.5: a unit's responsible person edits the unit's own pages, in every language,
and nothing else; section editors keep exactly the rights they had."""

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse

from wagtail.models import GroupPagePermission

import pytest

from governance import roles
from governance.unit_rights import unit_group_name
from tests import factories
from tests.governance.flows import subsection_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def units():
    """Two units, each with its own subsection (kk, ru, en) in the University section
    and its own responsible person; rights granted by the command."""
    section = factories.edited_section(roles.SECTION_EDITORS["universitet"])
    made = {}
    for key in ("a", "b"):
        page = factories.SubsectionPageFactory(parent=section, title=f"Бөлім {key}")
        factories.translate_everywhere(page)
        editor = factories.UserFactory(username=f"unit-editor-{key}")
        made[key] = factories.UnitFactory(page=page, site_editor=editor)
    call_command("grant_unit_rights", verbosity=0)
    return made


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_a_unit_editor_edits_their_units_pages_in_every_language(client, units):
    unit = units["a"]
    client.force_login(unit.site_editor)
    for language in factories.LANGUAGE_CODES:
        page = unit.page if language == "kk" else factories.translation_of(unit.page, language)
        assert client.get(edit_url(page)).status_code == 200, language
    response = client.post(
        edit_url(unit.page),
        subsection_data(title="Бөлімнің жаңа атауы", slug=unit.page.slug),
    )
    assert response.status_code == 302
    unit.page.refresh_from_db()
    assert unit.page.get_latest_revision_as_object().title == "Бөлімнің жаңа атауы"


def test_a_unit_editor_gets_403_on_another_units_pages_and_the_section(client, units):
    client.force_login(units["a"].site_editor)
    other = units["b"].page
    assert client.get(edit_url(other)).status_code == 403
    response = client.post(edit_url(other), subsection_data(title="Бұзылды", slug=other.slug))
    assert response.status_code == 403
    other.refresh_from_db()
    assert other.get_latest_revision_as_object().title != "Бұзылды"
    section = units["a"].page.get_parent()
    assert client.get(edit_url(section)).status_code == 403
    add_sibling = reverse("wagtailadmin_pages:add", args=["sections", "subsectionpage", section.pk])
    assert client.get(add_sibling).status_code == 403


def test_granting_twice_changes_nothing_and_section_editors_keep_their_rights(units):
    section_grants = sorted(
        GroupPagePermission.objects.filter(group__name__startswith="Section editors").values_list(
            "group__name", "page_id", "permission__codename"
        )
    )
    before = GroupPagePermission.objects.count()
    call_command("grant_unit_rights", verbosity=0)
    assert GroupPagePermission.objects.count() == before
    group = Group.objects.get(name=unit_group_name(units["a"]))
    assert set(group.user_set.all()) == {units["a"].site_editor}
    assert units["a"].site_editor.groups.filter(name=roles.UNIT_EDITORS).exists()
    assert section_grants == sorted(
        GroupPagePermission.objects.filter(group__name__startswith="Section editors").values_list(
            "group__name", "page_id", "permission__codename"
        )
    )


def test_a_unit_without_a_page_is_refused_by_name():
    unit = factories.UnitFactory(site_editor=factories.UserFactory())
    with pytest.raises(CommandError, match="no page"):
        call_command("grant_unit_rights", str(unit.pk), verbosity=0)
    with pytest.raises(CommandError, match="No unit"):
        call_command("grant_unit_rights", "999999", verbosity=0)
