"""A cache of whole public responses for anonymous visitors that is never stale (T4).

Every page shows more than itself: the menu and breadcrumbs list other pages, the
footer shows the contacts, the home page and the indexes list news and events. Working
out which URLs one edit touches is how caches go stale, so the portal does not try.
Each locale has a *generation*, a value stored in the shared page cache; a response is
stored under a key that includes its locale's generation, and a change that can show on
a public page (a page published, unpublished, moved or deleted, a snippet or setting
saved) replaces the generation of the locales it touches once the transaction has
committed. Old entries then simply become unreachable and expire.

A change in the source language (Kazakh) replaces every locale's generation, because the
translations of a changed source page show that they are out of date; a change in a
translation replaces only its own locale's. Paths outside the locales (the sitemaps, the
API, open data) follow a generation that every change replaces.

What is stored: GET and HEAD for visitors without a session cookie, answered 200 with
no cookie set and nothing in ``Cache-Control`` that forbids a shared cache, and whose
query string holds only the parameters the site's pages understand (a cache-busting
``?x=<random>`` is answered, never stored). A streamed response (the open-data exports,
which grow with the site) is passed on chunk by chunk as it is made and stored whole once
its last chunk has gone out, if it is no larger than ``PAGE_CACHE_MAX_STREAM_BYTES``.
Signed-in users have a session cookie, so they neither see nor fill the cache.
``Cache-Control: s-maxage`` tells the front cache (Varnish, ``deploy/varnish``) the same
lifetime; it is purged on the same events through ``wagtail.contrib.frontend_cache``
(``portal.front_cache``).

A replacement the store did not take (Redis unreachable), like a PURGE Varnish did not
take, is recorded in the database and made good once the cache answers again
(``portal.purge_debt``), so an outage never leaves a stored page stale for longer than
``PAGE_CACHE_DEBT_CHECK_SECONDS``.

Each worker also keeps copies of the responses it has fetched from the shared store, under
the same keys (``portal.page_cache_near``): a hit then costs one read of the generation.
"""

import functools
import hashlib
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import get_max_age, patch_cache_control

from portal import purge_debt
from portal.languages import LANGUAGE_CODES
from portal.page_cache_near import mark_expiry, near

__all__ = [
    "GLOBAL",
    "GLOBAL_PREFIXES",
    "PageCacheMiddleware",
    "cacheable_query",
    "may_use_cache",
    "remembered",
    "remembered_here",
    "renew_generations",
]

#: The generation of paths outside the locale prefixes.
GLOBAL = "global"
_GENERATION_KEY = "page-cache:generation:{}"

#: Query parameters that select what a public page shows; any other makes the
#: response uncacheable. Search queries (``q``) are not stored: their number is unbounded.
CACHEABLE_PARAMETERS = frozenset(
    {
        "page",
        "tag",
        "category",
        "year",
        "month",
        "kind",
        "section",
        "unit",
        "position",
        "area",
        "format",
        "limit",
        "offset",
        "type",
        "locale",
    }
)
#: A visitor who sends more than this many parameters is not asking for a listing page.
_MAX_PARAMETERS = 4
_MAX_VALUE_LENGTH = 40
# Files are served with their own headers (and may be large or restricted); the admin
# and the probes are never cached.
_SKIPPED_PREFIXES = (
    "/admin/",
    "/media/",
    "/static/",
    "/documents/",
    "/register/",
    "/healthz",
    "/readyz",
)
_MESSAGES_COOKIE = "messages"
#: Where the paths of the GLOBAL generation start (purged in the front cache too).
GLOBAL_PREFIXES = ("/opendata/", "/api/", "/sitemap", "/robots.txt")


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def cacheable_query(query_dict) -> str | None:
    """The query string's canonical form if a response to it may be stored, else None."""
    if len(query_dict) > _MAX_PARAMETERS:
        return None
    pairs = []
    for name in query_dict:
        values = query_dict.getlist(name)
        if name not in CACHEABLE_PARAMETERS or len(values) != 1:
            return None
        if len(values[0]) > _MAX_VALUE_LENGTH:
            return None
        pairs.append(f"{name}={values[0]}")
    return "&".join(sorted(pairs))


def locale_of_path(path: str) -> str:
    first = path.lstrip("/").split("/", 1)[0]
    return first if first in LANGUAGE_CODES else GLOBAL


def _generation(scope: str) -> str:
    """The current generation of ``scope``; a lost one (evicted, flushed, a fresh
    store) is replaced by a new value, never by an old one, so nothing stale returns."""
    key = _GENERATION_KEY.format(scope)
    value = _cache().get(key)
    if value is None:
        value = str(time.time_ns())
        if not _cache().add(key, value, timeout=None):
            value = _cache().get(key) or value
    return value


def remembered(scope: str, name: str, compute):
    """``compute()``, kept in the page store under ``scope``'s generation: a value
    derived from public content (the sections every search reads) is computed once per
    change of that content, as the pages showing it are rendered once. With the page
    cache off nothing renews generations, so it is computed on every call."""
    if not settings.PAGE_CACHE_ENABLED:
        return compute()
    # The generation is read before computing: a change that commits meanwhile renews
    # it, and what was computed from the older content is never read again.
    key = f"page-cache:{scope}:{_generation(scope)}:value:{name}"
    value = _cache().get(key)
    if value is None:
        value = compute()
        _cache().set(key, value, settings.PAGE_CACHE_SECONDS)
    return value


_KEPT_HERE: dict[tuple[str, str], tuple[str, object]] = {}


def remembered_here(scope: str, name: str, compute):
    """Like :func:`remembered`, but the value stays in this process's memory, checked
    against ``scope``'s generation in the shared store on each call: for a value that
    costs more to unpickle than a read of the generation (the register prepared for
    matching, a thousand entries), and that callers only read, never change."""
    if not settings.PAGE_CACHE_ENABLED:
        return compute()
    generation = _generation(scope)
    kept = _KEPT_HERE.get((scope, name))
    if kept is not None and kept[0] == generation:
        return kept[1]
    value = compute()
    _KEPT_HERE[(scope, name)] = (generation, value)
    return value


def _replace_generations(scopes) -> bool:
    """Write new generations for ``scopes``; True when the store holds them (a Redis
    client that ignores errors reports nothing, so the write is read back)."""
    value = str(time.time_ns())
    wanted = {_GENERATION_KEY.format(scope): value for scope in scopes}
    _cache().set_many(wanted, timeout=None)
    return _cache().get_many(list(wanted)) == wanted


def _replace_every_generation() -> bool:
    return _replace_generations([*LANGUAGE_CODES, GLOBAL])


def renew_generations(scopes) -> None:
    """Make every stored response of ``scopes`` (locale codes or GLOBAL) unreachable;
    if the store did not take it, record a debt that is paid when it answers again."""
    if not _replace_generations(scopes):
        purge_debt.record(purge_debt.PAGE_CACHE)


@functools.cache
def _release() -> str:
    """What this deployment's static files are: stored pages name their hashed CSS and
    scripts, so a release that changes them (``collectstatic``, then a restart) must
    not serve pages stored by the previous one."""
    manifest = Path(settings.STATIC_ROOT or "") / "staticfiles.json"
    try:
        return hashlib.sha256(manifest.read_bytes()).hexdigest()[:16]
    except OSError:
        return ""


def _key(request, query: str) -> str:
    scope = locale_of_path(request.path)
    url = f"{_release()}:{request.get_host()}{request.path}?{query}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"page-cache:{scope}:{_generation(scope)}:{request.method}:{digest}"


def may_use_cache(request) -> bool:
    """Not for a visitor with a session (signed in) or with a message waiting to be
    shown (``django.contrib.messages`` keeps it in a cookie until a page shows it)."""
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        # Empty once shown: the browser drops it, a client that keeps it is served.
        and not request.COOKIES.get(_MESSAGES_COOKIE)
        and not request.path.startswith(_SKIPPED_PREFIXES)
    )


def _may_store(response) -> bool:
    if response.status_code != 200 or response.cookies:
        return False
    if response.streaming and not getattr(response, "page_cacheable", False):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    # A nonce is for one response only.
    return "'nonce-" not in response.get("Content-Security-Policy", "")


def _store_when_streamed(response, key: str, lifetime: int) -> None:
    """Pass the stream on unchanged and keep a copy of it; once the client has had
    the last chunk, store the whole body under ``key``, which names the generation read
    before the first chunk was made: a change published meanwhile makes it unreachable.
    A client that stops reading, a body over the limit or an error stores nothing."""
    limit = settings.PAGE_CACHE_MAX_STREAM_BYTES
    stream = response.streaming_content
    headers = dict(response.items())

    def tee():
        kept, size = [], 0
        for chunk in stream:
            if kept is not None:
                size += len(chunk)
                if size <= limit:
                    kept.append(chunk)
                else:
                    kept = None
            yield chunk
        if kept is not None:
            stored = HttpResponse(b"".join(kept), status=response.status_code)
            for name, value in headers.items():
                if name.lower() != "x-page-cache":
                    stored[name] = value
            mark_expiry(stored, lifetime)
            _cache().set(key, stored, lifetime)

    response.streaming_content = tee()


def _drop_vary_cookie(response) -> None:
    """A stored page is the one every visitor without a session gets (the userbar's
    look at ``request.user`` only made the session middleware add ``Vary: Cookie``).
    Visitors with a session never reach a shared copy: this cache and the VCL send
    them around it. Left in, ``Vary: Cookie`` would make a CDN or browser keep one
    copy per cookie header (the language cookie, analytics), that is none at all."""
    kept = [
        value.strip()
        for value in response.get("Vary", "").split(",")
        if value.strip() and value.strip().lower() != "cookie"
    ]
    if kept:
        response["Vary"] = ", ".join(kept)
    elif "Vary" in response:
        del response["Vary"]


class PageCacheMiddleware:
    """Serves and stores anonymous responses (see the module's docstring).

    Listed before the session, locale and authentication middleware: a hit skips them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_use_cache(request):
            return self.get_response(request)
        query = cacheable_query(request.GET)
        if query is None:
            return self.get_response(request)
        purge_debt.settle_if_due(_cache(), _replace_every_generation)
        key = _key(request, query)
        cached = near.get(key)
        if cached is None:
            cached = _cache().get(key)
            if cached is not None:
                near.keep(key, cached)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if _may_store(response) and not response.cookies:
            lifetime = settings.PAGE_CACHE_SECONDS
            own = get_max_age(response)
            if own is not None:
                lifetime = min(lifetime, own)
            if lifetime > 0:
                patch_cache_control(response, public=True, max_age=0, s_maxage=lifetime)
                _drop_vary_cookie(response)
                if response.streaming:
                    _store_when_streamed(response, key, lifetime)
                else:
                    if hasattr(response, "render") and callable(response.render):
                        response.render()
                    mark_expiry(response, lifetime)
                    _cache().set(key, response, lifetime)
                response["X-Page-Cache"] = "miss"
        return response
