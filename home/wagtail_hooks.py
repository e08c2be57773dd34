"""Admin guards for the prescribed structure (S2)."""

from django.contrib import messages
from django.shortcuts import redirect

from wagtail import hooks
from wagtail.models import Page

from .structure import REFUSAL_MESSAGE, refused_pages


def _refuse(request, pages, fallback_page):
    for page in pages:
        messages.error(request, REFUSAL_MESSAGE % {"title": page.title})
    return redirect("wagtailadmin_explore", fallback_page.get_parent().pk)


@hooks.register("before_delete_page")
def protect_prescribed_page_from_deletion(request, page):
    refused = refused_pages(request.user, [page])
    if refused:
        return _refuse(request, refused, page)
    return None


@hooks.register("before_move_page")
def protect_prescribed_page_from_moving(request, page, destination):
    refused = refused_pages(request.user, [page])
    if refused:
        return _refuse(request, refused, page)
    return None


@hooks.register("before_bulk_action")
def protect_prescribed_pages_from_bulk_changes(request, action_type, objects, action_view):
    if action_type not in {"delete", "move"} or not objects:
        return None
    if not isinstance(objects[0], Page):
        return None
    refused = refused_pages(request.user, objects)
    if refused:
        return _refuse(request, refused, refused[0])
    return None
