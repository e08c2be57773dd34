"""Visitor forms without a per-visitor CSRF token, so the pages that carry them can be
cached like any other page (T4), and a same-origin check instead of the token.

Django's CSRF token is per visitor: a page that renders it sets a cookie and must not
be shared, so a blog post with its comment form, a discussion, the media corner or the
information-request form could not come from the page cache. The visitor forms
(``portal.public_forms.PublicForm``) act with no one's authority, as an anonymous
visitor; what CSRF protection must stop for them is another site making a visitor's
browser post one. The standard headers a browser sets, and a page's script cannot,
say where a post came from (OWASP CSRF Prevention Cheat Sheet, "Verifying origin with
standard headers"; Fetch Metadata). A POST to a view marked :func:`public_form` is
accepted only when

1. ``Sec-Fetch-Site``, if sent, is ``same-origin`` (``same-site``, ``cross-site`` and
   ``none`` are refused: another host of the same site is another origin);
2. ``Origin``, if sent, is this site's origin: the request's own scheme and host, the
   configured ``PUBLIC_URL``, or one of ``CSRF_TRUSTED_ORIGINS`` (an exact match of the
   whole origin, so ``https://portal.kz.evil.example`` does not pass);
3. without ``Origin``, the ``Referer`` is on this site's origin;
4. with none of the three headers, the post is **refused**, as OWASP recommends. Every
   browser in use sends ``Origin`` on a form post, and this site's referrer policy
   (``same-origin``) keeps ``Referer`` on its own posts; a client that sends neither is
   not a browser that another site could make post. A site-wide signed token in the
   cached page was rejected as the fallback: anyone can fetch it from the cached page,
   so it would prove nothing about where a post came from.

A refusal is a translated 403 before the view runs: nothing is read or written, and it
is not counted against the rate limit. The honeypot and the rate limit stay as they
were. Every other POST (the admin, any page without a marked view) keeps Django's token
check: :class:`CsrfViewMiddleware` replaces Django's only to look through Wagtail's page
routing, so a view of a routable page can be marked too. See docs/public-forms.md.
"""

import functools
import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest
from django.middleware import csrf
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

__all__ = ["CsrfViewMiddleware", "cross_site_reason", "public_form"]

logger = logging.getLogger("django.security.csrf")
SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")
REFUSAL_TEMPLATE = "403_cross_site.html"


def _origin(url: str) -> str | None:
    """``scheme://host[:port]`` of ``url`` in lower case, or None if it has none."""
    try:
        parts = urlsplit(url.strip())
        if not parts.scheme or not parts.netloc or parts.username or parts.password:
            return None
        return f"{parts.scheme}://{parts.netloc}".lower()
    except ValueError:
        return None


def _own_origins(request) -> set[str]:
    origins = {f"{request.scheme}://{request.get_host()}".lower()}
    for url in (getattr(settings, "PUBLIC_URL", ""), *settings.CSRF_TRUSTED_ORIGINS):
        if own := _origin(url):
            origins.add(own)
    return origins


def cross_site_reason(request) -> str | None:
    """Why this unsafe request may have come from another site, or None when the
    browser's headers say it came from a page of this one (see the module docstring)."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site.strip().lower() != "same-origin":
        return f"Sec-Fetch-Site is {fetch_site[:40]!r}"
    origin = request.headers.get("Origin")
    if origin is not None:
        if _origin(origin) in _own_origins(request):
            return None
        return f"Origin {origin[:100]!r} is not this site"
    if fetch_site is not None:
        return None  # a browser that said "same-origin" and sent no Origin
    referer = request.headers.get("Referer")
    if referer is not None:
        if _origin(referer) in _own_origins(request):
            return None
        return "Referer is not on this site"
    return "no Origin, Sec-Fetch-Site or Referer header"


def refuse(request, reason: str):
    logger.warning("Forbidden (%s): %s", reason, request.path, extra={"status_code": 403})
    response = render(request, REFUSAL_TEMPLATE, status=403)
    add_never_cache_headers(response)
    return response


def public_form(view):
    """Mark a visitor form's view (a function of ``request`` or a routable page's
    method of ``self, request``): it takes no CSRF token, and an unsafe request is
    served only when :func:`cross_site_reason` finds nothing. The answer to a POST
    (a redirect, the form with errors) is about one visitor's submission: no cache
    keeps it.

    Like Django's own check, this one is off for the test client unless a test builds
    it with ``Client(enforce_csrf_checks=True)``.
    """

    @functools.wraps(view)
    def checked(*args, **kwargs):
        request = next(arg for arg in args if isinstance(arg, HttpRequest))
        if request.method in SAFE_METHODS:
            return view(*args, **kwargs)
        enforced = not getattr(request, "_dont_enforce_csrf_checks", False)
        if enforced and (reason := cross_site_reason(request)):
            return refuse(request, reason)
        response = view(*args, **kwargs)
        add_never_cache_headers(response)
        return response

    checked.csrf_exempt = True
    checked.public_form = True
    return checked


def _routed_view(request, callback_args, callback_kwargs):
    """The view of a routable page that Wagtail will call for this request, if any.
    Wagtail keeps the route on the request, so serving it costs no second lookup."""
    from wagtail.models import Page  # models import this module's decorator

    path = callback_kwargs.get("path", callback_args[0] if callback_args else "")
    route = Page.route_for_request(request, path or "")
    if route is None:
        return None
    _page, args, _kwargs = route
    view = args[0] if args else None
    return view if getattr(view, "public_form", False) else None


class CsrfViewMiddleware(csrf.CsrfViewMiddleware):
    """Django's CSRF middleware, which also sees the views of routable pages: Wagtail
    serves every page through one view, so a mark on a page's own view is found by
    routing the request first. Nothing else changes: an unmarked view keeps the token
    check, and a marked one gets :func:`public_form`'s check instead."""

    def process_view(self, request, callback, callback_args, callback_kwargs):
        from wagtail import views as wagtail_views  # loads models: not at import time

        if callback is wagtail_views.serve and request.method not in SAFE_METHODS:
            callback = _routed_view(request, callback_args, callback_kwargs) or callback
        return super().process_view(request, callback, callback_args, callback_kwargs)
