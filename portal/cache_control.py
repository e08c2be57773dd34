"""No shared cache may store a page that carries a visitor's CSRF token (FORM-1).

A page with a POST form embeds the visitor's CSRF token; if Varnish or any other
shared cache kept it, the next visitor would get someone else's token (and a form that
fails). Rendering ``{% csrf_token %}`` calls ``django.middleware.csrf.get_token``,
which flags ``request.META["CSRF_COOKIE_NEEDS_UPDATE"]``; this middleware marks every
such response private and uncacheable, so new forms are covered without a list.
"""

from django.utils.cache import add_never_cache_headers


class PrivateCsrfPagesMiddleware:
    """Listed after CsrfViewMiddleware so it sees the response before that middleware
    clears the flag while setting the cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            add_never_cache_headers(response)
        return response
