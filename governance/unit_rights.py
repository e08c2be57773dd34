"""Editing rights of a unit on its own pages (W §11.5).

A unit's responsible person (``people.Unit.site_editor``) edits the unit's page and the
pages below it, in every language, and nothing else: not the rest of the section the
unit's page sits in, not another unit's pages. Wagtail grants page permissions to
groups, so each unit gets its own group holding edit rights on its subtree; the shared
``Unit editors`` role (made by ``setup_roles``) brings admin access, media choosers and
starting translations. Section editors' grants are never touched.
"""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db import transaction

from .roles import (
    EDITOR_PAGE_PERMISSIONS,
    UNIT_EDITORS,
    SetupReport,
    _grant_pages,
    with_translations,
)

# Group names are limited to 150 characters; the unit's id keeps two units with the
# same abbreviation apart.
UNIT_GROUP_PREFIX = "Unit pages: "


def unit_group_name(unit) -> str:
    label = unit.abbreviation or unit.name
    return f"{UNIT_GROUP_PREFIX}#{unit.pk} {label}"[:150]


class UnitRightsError(Exception):
    """The unit cannot be given editing rights; the message says why."""


@transaction.atomic
def grant_unit_rights(unit, report: SetupReport | None = None) -> SetupReport:
    """Give ``unit.site_editor`` edit rights on ``unit.page`` and its translations.

    Idempotent. Raises :class:`UnitRightsError` when the unit names no page or no person.
    """
    report = report or SetupReport()
    if unit.page_id is None:
        raise UnitRightsError(f"{unit}: the unit has no page of its own")
    if unit.site_editor_id is None:
        raise UnitRightsError(f"{unit}: nobody is responsible for the unit's site material")
    role = Group.objects.filter(name=UNIT_EDITORS).first()
    if role is None:
        raise UnitRightsError(f"the {UNIT_EDITORS!r} role is missing: run setup_roles first")
    group, created = Group.objects.get_or_create(name=unit_group_name(unit))
    if created:
        report.note(f"group {group.name}")
    _grant_pages(group, with_translations(unit.page), EDITOR_PAGE_PERMISSIONS, report)
    user = unit.site_editor
    for each in (role, group):
        if not user.groups.filter(pk=each.pk).exists():
            user.groups.add(each)
            report.note(f"{user.get_username()} joins {each.name}")
    return report
