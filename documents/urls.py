from django.urls import re_path

from . import views

app_name = "documents"

urlpatterns = [
    re_path(
        r"^(?P<pk>\d{1,9})/v(?P<number>\d{1,6})/(?P<language>kk|ru|en)/$",
        views.download,
        name="download",
    ),
]
