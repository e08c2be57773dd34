"""The public surface, read from the code rather than listed by hand: every URL pattern
of the URL conf in every language (admin excluded), every reachable route of every
routable page type, and the links in an answer that give them real values."""

import re
from dataclasses import dataclass
from functools import reduce
from itertools import islice, product
from urllib.parse import unquote, urlsplit

from django.apps import apps
from django.conf import settings
from django.urls import Resolver404, URLResolver, get_resolver, resolve
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation
from django.utils.regex_helper import normalize

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Staff-only: the Wagtail admin (wagtail-localize's editor lives inside it).
PRIVATE_ROUTE_PREFIXES = ("admin/", "django-admin/")
PRIVATE_MODULES = ("wagtail.admin", "wagtail_localize", "django.contrib.admin")
# Values tried, in this order, for a pattern that no answer links to.
CANDIDATES = ("1", "x/", "2025", "01", "kk", "rss", "csv", "x", "atom", "json", "a-b")
LOCAL_HOSTS = {"testserver", "localhost", "127.0.0.1", *settings.ALLOWED_HOSTS}
_LINK = re.compile(
    r"""(?:href|src|action)=["']([^"']+)["']|<loc>([^<]+)</loc>|"(https?://[^"]+)\""""
)


def _is_private(entry) -> bool:
    if str(entry.pattern).startswith(PRIVATE_ROUTE_PREFIXES):
        return True
    if isinstance(entry, URLResolver):
        module = getattr(entry.urlconf_module, "__name__", "")
    else:
        module = getattr(entry.callback, "__module__", "")
    return module.startswith(PRIVATE_MODULES)


def _form(pattern) -> tuple[str, list[str]]:
    """A pattern as a %-format string and its parameter names (``_0`` for unnamed)."""
    template, params = normalize(pattern.regex.pattern)[0]
    return template, list(params)


@dataclass(frozen=True)
class Route:
    """One pattern of the URL conf as seen in one language."""

    route: str  # as ResolverMatch.route names it
    language: str
    template: str  # "/api/v2/pages/%(pk)s/"
    params: tuple[str, ...]
    localized: bool

    @property
    def key(self) -> str:
        """The same for a pattern's copies in every language."""
        if self.localized:
            return self.route.replace(f"{self.language}/", "<language>/", 1)
        return self.route

    def url(self, values: dict[str, str]) -> str:
        return self.template % values


def url_routes() -> list[Route]:
    """Every public pattern; patterns under ``i18n_patterns`` once per language."""
    routes: dict[str, Route] = {}
    for language in LANGUAGES:
        with translation.override(language):
            for route in _walk(get_resolver(), [], language):
                routes.setdefault(route.route, route)
    return list(routes.values())


def _walk(resolver, chain, language):
    for entry in resolver.url_patterns:
        if _is_private(entry):
            continue
        if isinstance(entry, URLResolver):
            yield from _walk(entry, [*chain, entry.pattern], language)
        else:
            yield _route([*chain, entry.pattern], language)


def _route(chain, language) -> Route:
    template, params = "/", []
    for pattern in chain:
        part, names = _form(pattern)
        for name in names:
            unique = name if name not in params else f"{name}_{len(params)}"
            part = part.replace(f"%({name})s", f"%({unique})s", 1)
            params.append(unique)
        template += part
    route = reduce(URLResolver._join_route, [str(pattern) for pattern in chain], "")
    localized = any(isinstance(pattern, LocalePrefixPattern) for pattern in chain)
    return Route(route, language, template, tuple(params), localized)


def resolve_path(path: str):
    """Django's match for a path, in the language its prefix names; None for a 404."""
    first = path.lstrip("/").split("/", 1)[0]
    with translation.override(first if first in LANGUAGES else settings.LANGUAGE_CODE):
        try:
            return resolve(unquote(path))
        except Resolver404:
            return None


def match_values(params, match) -> dict[str, str] | None:
    """A match's arguments by parameter name (positional ones as ``_0``, ``_1``…)."""
    values = {name: str(value) for name, value in match.kwargs.items() if name in params}
    positional = [name for name in params if name not in values]
    values.update(zip(positional, map(str, match.args), strict=False))
    return values if set(values) == set(params) else None


@dataclass(frozen=True)
class SubRoute:
    """One route of a routable page type, relative to a page's URL."""

    page_type: type
    name: str
    template: str
    params: tuple[str, ...]

    @property
    def key(self) -> str:
        return f"{self.page_type._meta.label}:{self.name}"


def sub_routes(page_type) -> list[SubRoute]:
    """The routes a visitor can reach: a later route with the same pattern as an
    earlier one (Wagtail's default index route under a page's own) never answers."""
    routes, seen = [], set()
    for pattern in page_type.get_subpage_urls():
        regex = pattern.pattern.regex.pattern
        if regex in seen:
            continue
        seen.add(regex)
        template, params = _form(pattern.pattern)
        routes.append(SubRoute(page_type, pattern.name, template, tuple(params)))
    return routes


def routable_page_types() -> list[type]:
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and issubclass(model, RoutablePageMixin)
    ]


def sample_pages() -> list[Page]:
    """One live page of every page type in every language, first in tree order."""
    seen, pages = set(), []
    for page in Page.objects.live().filter(depth__gt=1).order_by("path").specific():
        key = (type(page), page.locale.language_code)
        if key not in seen:
            seen.add(key)
            pages.append(page)
    return pages


def local_links(body: str) -> list[str]:
    """Paths (with their query) of the links, sources, form actions, sitemap entries and
    JSON URLs in a response body that point at this site."""
    links = []
    for groups in _LINK.findall(body):
        link = next(group for group in groups if group).replace("&amp;", "&")
        parts = urlsplit(link)
        if parts.scheme not in ("", "http", "https") or (
            parts.hostname and parts.hostname not in LOCAL_HOSTS
        ):
            continue
        if parts.path.startswith("/"):
            links.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return links


def candidate_values(params, fits, limit: int, seen=None) -> list[dict[str, str]]:
    """Up to ``limit`` combinations that ``fits`` accepts: values ``seen`` for a
    parameter of the same name first, then CANDIDATES."""
    seen = seen or {}
    choices = [[*seen.get(param, [])[:3], *CANDIDATES] for param in params]
    found = []
    for combination in islice(product(*choices), 5_000):
        values = dict(zip(params, combination, strict=True))
        if fits(values):
            found.append(values)
            if len(found) == limit:
                break
    return found
