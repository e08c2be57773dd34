"""The Wagtail site of a request, kept in each worker between requests.

Wagtail finds it with one query per request (``Site.find_for_request``: an annotated
query with the root page joined), about 5 ms of Python and SQL on the bench machine,
an eighth of what a search costs (bench/SCALE.md). Sites change rarely, and a change
to one renews every page-cache generation (``portal.cache_purge``), as does any change
to a live page, the root page included. So, for the requests the page store is for
(anonymous visitors), each worker keeps the site found for a host and port against the
GLOBAL generation (``page_cache.remembered_here``) and puts it on the request, where
``Site.find_for_request`` looks first. Other requests (signed in, posts) look it up as
Wagtail does, so they never wait on the page store (a Redis outage); with the page
store off nothing renews the generations, and every request looks it up.
"""

from django.core.exceptions import DisallowedHost

from wagtail.models import Site

from portal import page_cache

#: How many distinct hosts a worker keeps a site for. Past it (a wildcard in
#: ALLOWED_HOSTS and Host headers made up by a client) the site is looked up as
#: Wagtail does, so made-up hosts cannot grow a worker's memory.
MAX_HOSTS = 32

_hosts: set[tuple[str, str]] = set()


def attach_site(request) -> None:
    """Put the kept site for the request's host on it, for ``Site.find_for_request``."""
    if hasattr(request, "_wagtail_site") or not page_cache.may_use_cache(request):
        return
    try:
        host = (request.get_host(), str(request.get_port()))
    except DisallowedHost:
        return  # Django's CommonMiddleware answers it with a 400.
    if host not in _hosts:
        if len(_hosts) >= MAX_HOSTS:
            return
        _hosts.add(host)
    request._wagtail_site = page_cache.remembered_here(
        page_cache.GLOBAL, "site:{}:{}".format(*host), lambda: Site.find_for_request(request)
    )


class KeptSiteMiddleware:
    """After the page cache (a stored page needs no site), before anything that asks
    Wagtail for the site (routing, the CSRF check, page URLs)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        attach_site(request)
        return self.get_response(request)
