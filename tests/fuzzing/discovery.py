"""The fuzz test's first pass, made the way a crawler would: visit one page of every
type in every language and one URL of every pattern, note which query parameters each
view reads (tracing.py), which links give patterns real values and which forms the pages
offer. Everything the fuzzing then does is derived from what this pass found."""

from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from django.conf import settings
from django.test import Client, override_settings
from django.urls import Resolver404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from .forms import Form, forms_on
from .runner import finish
from .surface import (
    Route,
    SubRoute,
    candidate_values,
    local_links,
    match_values,
    resolve_path,
    routable_page_types,
    sample_pages,
    sub_routes,
    url_routes,
)

PROBE = "fuzz-probe"  # makes request.GET non-empty, so views read what they read then
TRACER = "tests.fuzzing.tracing.QueryParameterTracer"
BASELINE_TRIES = 4
QUERY_HOPS = 20
#: Streamed answers whose links are read (the open-data CSV and JSON); files are not.
TEXT_TYPES = ("text/", "application/json")
VISITOR = {"REMOTE_ADDR": "10.255.0.1"}


@dataclass
class Target:
    """A view: the URLs that reach it (one per language) and the query parameters
    it reads."""

    key: str
    urls: list[str] = field(default_factory=list)
    params: set[str] = field(default_factory=set)

    def url(self, turn: int) -> str:
        return self.urls[turn % len(self.urls)]


@dataclass
class Surface:
    routes: list[Route]
    pages: list[Page]
    sub_routes: dict[type, list[SubRoute]]
    page_urls: dict[str, Page]
    serving: set[str]  # the patterns that serve pages (Wagtail's catch-all)
    targets: dict[str, Target] = field(default_factory=dict)
    forms: dict[tuple, list[Form]] = field(default_factory=dict)
    route_values: dict[Route, dict[str, str]] = field(default_factory=dict)
    sub_route_values: dict[SubRoute, dict[str, str]] = field(default_factory=dict)
    samples: dict[object, list[dict]] = field(default_factory=lambda: defaultdict(list))

    def __post_init__(self):
        self._routes = {route.route: route for route in self.routes}
        self._subs = {(s.page_type, s.name): s for subs in self.sub_routes.values() for s in subs}

    @property
    def pages_by_type(self) -> dict[type, list[Page]]:
        grouped = defaultdict(list)
        for page in self.pages:
            grouped[type(page)].append(page)
        return grouped

    def locate(self, path: str) -> tuple[str | None, object, dict | None]:
        """(view key, pattern, parameter values) of a path, as Django and then Wagtail
        route it; (None, None, None) for a path nothing answers."""
        path = urlsplit(path).path
        match = resolve_path(path)
        route = self._routes.get(match.route) if match else None
        if route is None:
            return None, None, None
        if route.route not in self.serving:
            return route.key, route, match_values(route.params, match)
        for end in range(len(path) - 1, -1, -1):
            page = self.page_urls.get(path[: end + 1]) if path[end] == "/" else None
            if page is None:
                continue
            if not isinstance(page, RoutablePageMixin):
                exact = end + 1 == len(path)
                return (page._meta.label, None, {}) if exact else (None, None, None)
            try:
                match = page.get_resolver().resolve("/" + unquote(path[end + 1 :]))
            except Resolver404:
                return None, None, None
            sub = self._subs.get((type(page), match.url_name))
            return sub.key, sub, match_values(sub.params, match)
        return None, None, None

    def seen_values(self, param: str) -> list[str]:
        """Values a parameter of this name had in any link: a year from the month
        archive's links is a good year for the year archive."""
        found = []
        for samples in self.samples.values():
            for sample in samples:
                if param in sample and sample[param] not in found:
                    found.append(sample[param])
        return found


def build_surface(extra_pages) -> Surface:
    pages = sample_pages()
    pages += [page for page in extra_pages if page.pk not in {p.pk for p in pages}]
    live = Page.objects.live().specific()
    return Surface(
        routes=url_routes(),
        pages=pages,
        sub_routes={page_type: sub_routes(page_type) for page_type in routable_page_types()},
        page_urls={page.url: page for page in live if page.url},
        serving={match.route for page in pages if (match := resolve_path(page.url))},
    )


class Crawler:
    def __init__(self, surface: Surface):
        self.surface = surface
        self.client = Client(raise_request_exception=False)
        self.seen_links: set[str] = set()
        self.query_hops: dict[tuple, str] = {}

    def visit(self, url: str, *, keep: bool = True) -> int:
        """GET ``url`` (with a probe parameter), note what the view read, the links and
        the forms; ``keep`` makes the URL one of its view's fuzzing targets even when
        it does not answer 200."""
        key = self.surface.locate(url)[0] or urlsplit(url).path
        separator = "&" if "?" in url else "?"
        response = self.client.get(f"{url}{separator}{PROBE}=1", **VISITOR)
        read = set(getattr(response.wsgi_request, "fuzz_keys_read", ()))
        if response.status_code != 200:
            finish(response)
            response = self.client.get(url, **VISITOR)
            read |= set(getattr(response.wsgi_request, "fuzz_keys_read", ()))
        status = response.status_code
        target = self.surface.targets.setdefault(key, Target(key))
        target.params |= read - {PROBE}
        path = urlsplit(url).path
        if (keep or status == 200) and "?" not in url and path not in target.urls:
            target.urls.append(path)
        text = response.get("Content-Type", "").startswith(TEXT_TYPES)
        if status != 200 or (response.streaming and not text):
            finish(response)
            return status
        # Streamed text (the open-data exports) names pages too; files are not read.
        content = b"".join(response.streaming_content) if response.streaming else response.content
        body = content.decode(errors="replace")
        self._absorb(local_links(body))
        if "html" in response.get("Content-Type", ""):
            self._forms(forms_on(path, body))
        return status

    def _absorb(self, links):
        for link in links:
            if link in self.seen_links:
                continue
            self.seen_links.add(link)
            key, pattern, values = self.surface.locate(link)
            if pattern is not None and values is not None:
                quoted = {name: quote(value, safe="/") for name, value in values.items()}
                if quoted not in self.surface.samples[pattern]:
                    self.surface.samples[pattern].append(quoted)
            query = urlsplit(link).query
            if key and query and len(self.query_hops) < QUERY_HOPS:
                names = frozenset(name for name, _value in parse_qsl(query))
                self.query_hops.setdefault((key, names), link)

    def _forms(self, forms):
        for form in forms:
            key = self.surface.locate(form.action)[0] or form.action
            if form.method == "get":
                target = self.surface.targets.setdefault(key, Target(key))
                target.params |= set(form.fields)
                continue
            found = self.surface.forms.setdefault((key, *form.signature[2:]), [])
            if form.action not in {known.action for known in found}:
                found.append(form)

    def settle(self, pattern, urls_for, params, fits) -> dict[str, str]:
        """A pattern's baseline: linked values first, then candidates, the first that
        answers 200; every URL of ``urls_for(values)`` becomes a target."""
        seen = {param: self.surface.seen_values(param) for param in params}
        tries = self.surface.samples[pattern] + candidate_values(params, fits, BASELINE_TRIES, seen)
        chosen = None
        for values in tries[:BASELINE_TRIES]:
            if self.visit(urls_for(values)[0], keep=False) == 200:
                chosen = values
                break
        if chosen is None:
            chosen = tries[0] if tries else dict.fromkeys(params, "1")
        for url in urls_for(chosen):
            self.visit(url)
        return chosen


def discover(extra_pages=()) -> Surface:
    surface = build_surface(extra_pages)
    with override_settings(MIDDLEWARE=[TRACER, *settings.MIDDLEWARE]):
        crawler = Crawler(surface)
        for page in surface.pages:
            crawler.visit(page.url)
        for link in list(crawler.query_hops.values()):
            crawler.visit(link, keep=False)
        # Patterns without parameters first: their answers (sitemaps, API listings)
        # link to real values for the others.
        for route in sorted(surface.routes, key=lambda route: bool(route.params)):
            if route.route in surface.serving:
                continue  # page serving: the pages above are its targets
            surface.route_values[route] = crawler.settle(
                route,
                lambda values, route=route: [route.url(values)],
                route.params,
                lambda values, route=route: surface.locate(route.url(values))[1] == route,
            )
        for page_type, pages in surface.pages_by_type.items():
            for sub in surface.sub_routes.get(page_type, []):
                here = pages[0].url

                def fits(values, sub=sub, here=here):
                    return surface.locate(here + sub.template % values)[1] == sub

                surface.sub_route_values[sub] = crawler.settle(
                    sub,
                    lambda values, sub=sub, pages=pages: [
                        page.url + sub.template % values for page in pages
                    ],
                    sub.params,
                    fits,
                )
    return surface
