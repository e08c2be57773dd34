"""Admin guards for the prescribed structure (S2), and one tree across locales.

Only an administrator may delete, move or unpublish a page the regulations
prescribe. Moving, deleting or unpublishing a Kazakh (source) page carries its
Russian and English translations along, so the three locale trees never drift
apart (wagtail-localize registers no such cascade of its own).
"""

from django.contrib import messages
from django.shortcuts import redirect

from wagtail import hooks
from wagtail.models import Page

from portal.languages import is_source

from .structure import REFUSAL_MESSAGE, refused_pages

GUARDED_BULK_ACTIONS = {"delete", "move", "unpublish"}


def _refuse(request, pages, fallback_page):
    for page in pages:
        messages.error(request, REFUSAL_MESSAGE % {"title": page.title})
    return redirect("wagtailadmin_explore", fallback_page.get_parent().pk)


def _guard(request, page):
    refused = refused_pages(request.user, [page])
    return _refuse(request, refused, page) if refused else None


@hooks.register("before_delete_page")
def protect_prescribed_page_from_deletion(request, page):
    return _guard(request, page)


@hooks.register("before_move_page")
def protect_prescribed_page_from_moving(request, page, destination):
    return _guard(request, page)


@hooks.register("before_unpublish_page")
def protect_prescribed_page_from_unpublishing(request, page):
    return _guard(request, page)


@hooks.register("before_bulk_action")
def protect_prescribed_pages_from_bulk_changes(request, action_type, objects, action_view):
    if action_type not in GUARDED_BULK_ACTIONS or not objects:
        return None
    if not isinstance(objects[0], Page):
        return None
    refused = refused_pages(request.user, objects)
    return _refuse(request, refused, refused[0]) if refused else None


@hooks.register("construct_translated_pages_to_cascade_actions")
def cascade_source_page_actions_to_translations(pages: list[Page], action: str):
    """Translations follow their Kazakh source when it is moved, deleted or unpublished."""
    if action not in {"move", "delete", "unpublish"}:
        return None
    return {
        page: Page.objects.translation_of(page, inclusive=False)
        for page in pages
        if is_source(page)
    }
