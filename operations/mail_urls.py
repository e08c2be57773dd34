from django.urls import path

from . import mail_views

app_name = "operations_mail"
urlpatterns = [
    path("", mail_views.mail_queue, name="queue"),
    path("results/", mail_views.mail_queue_results, name="queue_results"),
    path("retry/", mail_views.retry_failed, name="retry"),
]
