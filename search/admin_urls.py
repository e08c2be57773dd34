from django.urls import path

from . import reports

app_name = "search_reports"
urlpatterns = [
    path("unanswered/", reports.unanswered_report, name="unanswered"),
    path("unanswered/results/", reports.unanswered_report_results, name="unanswered_results"),
]
