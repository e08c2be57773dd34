from django.urls import path

from . import views

app_name = "opendata"

urlpatterns = [
    path("<slug:slug>.<str:language>.<str:extension>", views.download, name="download"),
]
