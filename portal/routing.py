"""The page a request routes to, found from the language's home page in one query.

Wagtail routes every page request from ``site.root_page.localized.specific``: the
active ``Locale`` row, then (in ru and en) the root page's translation, then its
specific row, before the route itself. That made the Russian and English pages one
query dearer than the Kazakh ones and put several page types over the budget of 12
(bench/SCALE.md). Here the language's live home page is read in one query, by the
root page's translation key and the language code, and the route is resolved below
it with :func:`portal.pages.route_below`; only the home page itself, when it is the
page asked for, is made specific. Wagtail reads the result from the request
(``Page.route_for_request`` caches it there), so its view, hooks and the CSRF
middleware's form lookup see the same route.
"""

from django.db.models import F, Q
from django.http import Http404
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from portal.pages import BasePage, route_below


def localized_home(root: Page) -> Page:
    """``root.localized`` in one query: its live translation in the active language,
    else ``root`` itself (as Wagtail falls back)."""
    try:
        language = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return root
    rows = (
        Page.objects.filter(translation_key=root.translation_key)
        .filter(Q(locale__language_code=language, live=True) | Q(pk=root.pk))
        .annotate(language_code=F("locale__language_code"))
    )
    return next((row for row in rows if row.language_code == language), root)


def route(request, path: str):
    """What ``Page.route_for_request`` returns, with fewer queries: (page, args,
    kwargs), or None for no site or no such page."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    home = localized_home(site.root_page)
    try:
        if components and issubclass(home.specific_class or Page, BasePage):
            return route_below(home, request, components)
        return home.specific.route(request, components)
    except Http404:
        return None


class RouteMiddleware:
    """Routes Wagtail's page view before it runs (see the module docstring); must
    come before any middleware that asks Wagtail for the route (the CSRF check)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from wagtail import views as wagtail_views  # loads models: not at import time

        if view_func is wagtail_views.serve and not hasattr(request, "_wagtail_route_for_request"):
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            request._wagtail_route_for_request = route(request, path or "")
        return None
