from django.urls import re_path

from . import views

app_name = "documents"

urlpatterns = [
    re_path(
        r"^(?P<pk>\d+)/v(?P<number>\d+)/(?P<language>kk|ru|en)/$",
        views.download,
        name="download",
    ),
]
