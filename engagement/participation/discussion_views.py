"""The proposals of a discussion as CSV, for the responsible unit (E2, W §8.3.9).

Who may download: the unit's responsible person, people who may edit the discussion
page, and moderators of proposals. Every language version's proposals are in one file,
e-mail addresses included (the unit may need to answer), all states with their state.
Cells that a spreadsheet would run as a formula are defused.
"""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone

from .models import DiscussionPage

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse(value) -> str:
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def may_export(user, page: DiscussionPage) -> bool:
    unit = page.responsible_unit
    return (
        user.has_perm("participation.change_proposal")
        or page.permissions_for_user(user).can_edit()
        or (unit is not None and unit.site_editor_id == user.pk)
    )


def proposals_csv(request, page_id):
    page = get_object_or_404(DiscussionPage.objects.select_related("responsible_unit"), pk=page_id)
    if not may_export(request.user, page):
        raise PermissionDenied
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="proposals-{page.pk}-{stamp}.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 Cyrillic and Kazakh letters correctly
    writer = csv.writer(response)
    writer.writerow(["id", "submitted", "language", "status", "name", "email", "clause", "text"])
    proposals = page.all_proposals().select_related("page__locale").order_by("created_at", "pk")
    for proposal in proposals.iterator():
        writer.writerow(
            [
                proposal.pk,
                timezone.localtime(proposal.created_at).isoformat(timespec="minutes"),
                proposal.page.locale.language_code,
                proposal.status,
                defuse(proposal.name),
                defuse(proposal.email),
                defuse(proposal.clause),
                defuse(proposal.text),
            ]
        )
    return response
