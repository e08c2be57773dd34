from django.urls import path

from . import views

app_name = "governance"
urlpatterns = [
    path("translations/", views.translation_queue, name="translation_queue"),
    path("translations/start/", views.start_translation_view, name="start_translation"),
    path("waiting/", views.waiting_list, name="waiting"),
    path("checks/<int:page_id>/", views.page_checks, name="page_checks"),
    path("publications/", views.publication_log, name="publications"),
    path("publications/results/", views.publication_log_results, name="publications_results"),
    path("freshness/", views.freshness_report, name="freshness"),
    path("freshness/reviewed/", views.mark_reviewed, name="mark_reviewed"),
]
