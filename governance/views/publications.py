"""Who published what and when (W2): Wagtail's audit log, publications only.

Built on Wagtail's own report view, so it pages, filters (action, user, date) and
exports to CSV and Excel like the site history it narrows down.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.generic.history import HistoryFilterSet
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import Locale, PageLogEntry

import django_filters

from portal.reports import GuardedReportView

from ..permissions import can_view_reports

PUBLICATION_ACTIONS = ("wagtail.publish", "wagtail.unpublish", "wagtail.workflow.approve")


class PublicationLogFilterSet(HistoryFilterSet):
    locale = django_filters.ModelChoiceFilter(
        label=_("Language"), field_name="page__locale", queryset=Locale.objects.all()
    )

    def get_action_choices(self):
        labels = dict(log_action_registry.get_choices())  # scans the registered actions
        return [(action, labels[action]) for action in PUBLICATION_ACTIONS]

    class Meta:
        model = PageLogEntry
        fields = ["action", "user", "timestamp", "locale"]


class PublicationLogView(GuardedReportView):
    page_title = _("Publication log")
    header_icon = "history"
    template_name = "governance/publication_log.html"
    results_template_name = "governance/publication_log_results.html"
    index_url_name = "governance:publications"
    index_results_url_name = "governance:publications_results"
    filterset_class = PublicationLogFilterSet
    export_headings = {
        "timestamp": _("Date"),
        "label": _("Page"),
        "page.locale.language_code": _("Language"),
        "message": _("Action"),
        "user_display_name": _("User"),
    }
    export_filename = "publication-log"

    def may_view(self, user):
        return can_view_reports(user)

    def get_queryset(self):
        return (
            PageLogEntry.objects.filter(action__in=PUBLICATION_ACTIONS)
            .select_related("user", "page", "page__locale")
            .order_by("-timestamp", "-pk")
        )


publication_log = PublicationLogView.as_view()
publication_log_results = PublicationLogView.as_view(results_only=True)
