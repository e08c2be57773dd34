"""Editors' report: the searches that found nothing, most frequent first.

What visitors look for and do not find is the list of pages to write, of words to add
to a page, or of queries to pin a result to (promoted results). Built on Wagtail's
report view like the publication log, so it pages, filters and exports the same way.
"""

import datetime

from django.conf import settings
from django.db.models import Max, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

import django_filters

from governance.permissions import can_view_reports
from portal.reports import GuardedReportView

from .models import UnansweredQuery

PERIODS = [(7, _("Last 7 days")), (30, _("Last 30 days")), (365, _("Last year"))]


class UnansweredQueryFilterSet(django_filters.FilterSet):
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    period = django_filters.ChoiceFilter(
        label=_("Period"), choices=PERIODS, method="filter_period", empty_label=None
    )

    def filter_period(self, queryset, name, value):
        since = timezone.localdate() - datetime.timedelta(days=int(value))
        return queryset.filter(date__gt=since)

    class Meta:
        model = UnansweredQuery
        fields = ["language"]


class UnansweredQueryReportView(GuardedReportView):
    page_title = _("Unanswered searches")
    header_icon = "search"
    template_name = "search/unanswered_report.html"
    results_template_name = "search/unanswered_report_results.html"
    index_url_name = "search_reports:unanswered"
    index_results_url_name = "search_reports:unanswered_results"
    filterset_class = UnansweredQueryFilterSet
    export_headings = {
        "query_string": _("Query"),
        "language": _("Language"),
        "searches": _("Searches"),
        "last_date": _("Last searched"),
    }
    export_filename = "unanswered-searches"

    def may_view(self, user):
        return can_view_reports(user)

    def get_queryset(self):
        return (
            UnansweredQuery.objects.values("language", "query_string")
            .annotate(searches=Sum("hits"), last_date=Max("date"))
            .order_by("-searches", "query_string")
        )


unanswered_report = UnansweredQueryReportView.as_view()
unanswered_report_results = UnansweredQueryReportView.as_view(results_only=True)
