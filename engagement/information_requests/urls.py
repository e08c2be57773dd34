from django.urls import path

from . import views

app_name = "information_requests"
urlpatterns = [
    path("", views.request_form, name="form"),
    path("sent/", views.sent, name="sent"),
    path("status/", views.status, name="status"),
]
