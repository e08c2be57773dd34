"""A URL conf for checking the fuzz harness itself: a view that fails, one that writes a
row and then refuses, one that reads query parameters. Never part of the portal."""

from django import forms
from django.http import HttpResponse, HttpResponseBadRequest
from django.urls import path

from taggit.models import Tag


class SizeForm(forms.Form):
    size = forms.IntegerField(required=False)


def broken(request):
    raise RuntimeError("the harness must report this")


def half_write(request):
    Tag.objects.create(name="written before refusing", slug="written-before-refusing")
    return HttpResponseBadRequest("refused")


def reads_parameters(request):
    SizeForm(request.GET).is_valid()
    return HttpResponse(request.GET.get("colour", ""))


urlpatterns = [
    path("broken/", broken),
    path("half-write/", half_write),
    path("reads/", reads_parameters),
]
