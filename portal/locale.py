"""Language selection that keeps routes outside the language prefix out of it.

Django's LocaleMiddleware answers a 404 on an unprefixed path by redirecting to the
same path under the visitor's language if that path would resolve. Wagtail's page
view resolves *every* path under ``/<language>/``, so an unknown API object
(``/api/v2/pages/99/``) or a missing file would be redirected to ``/kk/api/…`` and end
in an HTML 404. Paths under a route that lives outside the prefix (the API, the admin,
media, downloads, probes) keep their own 404; ``/news/`` still goes to ``/kk/news/``.
"""

import functools
import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import LocalePrefixPattern, URLResolver, get_resolver
from django.utils import translation
from django.utils.cache import patch_vary_headers

_FIRST_SEGMENT = re.compile(r"\^?([\w.-]+)")


@functools.cache
def unprefixed_roots(urlconf) -> frozenset[str]:
    """First path segments of the URL conf's routes that are not under i18n_patterns."""
    roots = set()
    for pattern in get_resolver(urlconf).url_patterns:
        if isinstance(pattern, URLResolver) and isinstance(pattern.pattern, LocalePrefixPattern):
            continue
        match = _FIRST_SEGMENT.match(str(pattern.pattern))
        if match:
            roots.add(match.group(1))
    return frozenset(roots)


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404:
            urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
            first = request.path_info.lstrip("/").split("/", 1)[0]
            if first in unprefixed_roots(urlconf):
                patch_vary_headers(response, ("Accept-Language",))
                response.headers.setdefault("Content-Language", translation.get_language())
                return response
        return super().process_response(request, response)
