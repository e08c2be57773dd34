"""The overdue-review report (W4) and marking a section reviewed."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..forms import MarkReviewedForm
from ..freshness import overdue_regulations, owners_of, stale_pages
from ..models import SectionReview
from ..permissions import can_view_reports


def freshness_report(request):
    if not can_view_reports(request.user):
        raise PermissionDenied
    reviews = SectionReview.objects.select_related("page", "owner").order_by("page__path")
    return TemplateResponse(
        request,
        "governance/freshness_report.html",
        {
            "stale": stale_pages(),
            "overdue_regulations": overdue_regulations(),
            "reviews": [(review, owners_of(review)) for review in reviews],
        },
    )


@require_POST
def mark_reviewed(request):
    form = MarkReviewedForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("This section no longer exists."))
        return redirect("governance:freshness")
    review = form.cleaned_data["review"]
    if not (
        request.user.is_superuser
        or request.user.has_perm("governance.change_sectionreview")
        or request.user in owners_of(review)
    ):
        raise PermissionDenied
    with transaction.atomic():
        review.last_reviewed = timezone.localdate()
        review.save(update_fields=["last_reviewed"])
    messages.success(request, _("“%(title)s” marked as reviewed today.") % {"title": review.page})
    return redirect("governance:freshness")
