"""Rate limits for public forms, counted in a store every worker shares.

django-ratelimit does the counting in ``settings.RATELIMIT_USE_CACHE`` (Redis, or the
database cache of the embedded default), so two gunicorn workers or two machines see
the same count. The key is the visitor's address as ``portal.client`` reads it behind
``TRUSTED_PROXY_COUNT`` proxies; a forged ``X-Forwarded-For`` prefix does not reset it.

A form's view names its limit once and asks it before doing any work::

    COMMENTS = PostRateLimit("news.comment", count=5, seconds=600,
                             template="news/too_many_requests.html")
    if COMMENTS.exceeded(request):
        return COMMENTS.refuse(request)

or wraps a view function with ``limit_posts(COMMENTS)``.
"""

import functools
from dataclasses import dataclass

from django.shortcuts import render

from django_ratelimit.core import is_ratelimited

from portal.client import client_address

__all__ = ["PostRateLimit", "client_key", "limit_posts"]


def client_key(group, request) -> str:
    """django-ratelimit's key: the client address behind the trusted proxies."""
    return client_address(request) or "unknown"


@dataclass(frozen=True)
class PostRateLimit:
    """At most ``count`` POSTs per client address per ``seconds`` to one form (FORM-3).

    ``template`` renders the refusal (status 429) with a translated message that
    says how long to wait; it receives ``retry_after`` in seconds.
    """

    group: str
    count: int
    seconds: int
    template: str = "portal/too_many_requests.html"

    @property
    def rate(self) -> str:
        return f"{self.count}/{self.seconds}s"

    def exceeded(self, request) -> bool:
        """Count this POST; True once the address has gone over the limit.

        Other methods are neither counted nor limited. When the store is down the
        request is let through (``RATELIMIT_FAIL_OPEN``): a Redis outage must not
        close every public form (REL-1).
        """
        return is_ratelimited(
            request,
            group=self.group,
            key=client_key,
            rate=self.rate,
            method="POST",
            increment=True,
        )

    def refuse(self, request):
        response = render(request, self.template, {"retry_after": self.seconds}, status=429)
        response["Retry-After"] = str(self.seconds)
        return response


def limit_posts(limit: PostRateLimit):
    """Decorate a view so POSTs beyond ``limit`` get its 429 page and never reach it."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if limit.exceeded(request):
                return limit.refuse(request)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
