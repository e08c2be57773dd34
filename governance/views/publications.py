"""Who published what and when (W2): Wagtail's audit log, publications only."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from wagtail.models import PageLogEntry

from ..permissions import can_view_reports

PUBLICATION_ACTIONS = ("wagtail.publish", "wagtail.unpublish", "wagtail.workflow.approve")
PER_PAGE = 50


def publication_log(request):
    if not can_view_reports(request.user):
        raise PermissionDenied
    entries = (
        PageLogEntry.objects.filter(action__in=PUBLICATION_ACTIONS)
        .select_related("user", "page", "page__locale")
        .order_by("-timestamp", "-pk")
    )
    page = Paginator(entries, PER_PAGE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request, "governance/publication_log.html", {"entries": page, "page_obj": page}
    )
