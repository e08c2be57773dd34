"""Which Content-Security-Policy a response gets (DEP-7, DEP-8, UP-1).

django-csp sends one policy, ``CONTENT_SECURITY_POLICY``: the strict public one (no
inline script or style without a nonce). Two kinds of response need another:

- the Wagtail admin (``ADMIN_CONTENT_SECURITY_POLICY``): Wagtail and wagtail-localize's
  translation editor still rely on inline scripts and style attributes (wagtail#1288),
  so the admin gets ``'unsafe-inline'`` for those, and nothing else is relaxed;
- a page previewed in the editor (Wagtail renders it through the middleware with a
  dummy request for the page's public URL): the public policy, so the editor sees what
  visitors will get, except that the editor's own preview panel may frame it;
- files (documents, register downloads, media): ``default-src 'none'``, the policy
  Wagtail's own document serve view sets, so an uploaded HTML or SVG file opened in the
  browser can run nothing. A view that already set a policy keeps it (django-csp never
  overwrites a header a view set).
"""

from django.conf import settings
from django.http import FileResponse

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts

__all__ = ["FILE_POLICY", "PortalCSPMiddleware", "is_admin_path"]

FILE_POLICY = {"default-src": ["'none'"]}


def is_admin_path(path_info: str) -> bool:
    """True for the Wagtail admin, under ``/admin/`` (no locale prefix, see portal.urls)."""
    return path_info.startswith("/admin/")


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing the admin or file policy by request and response.

    A view's own ``csp_*`` decorators still apply on top of the chosen policy.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts: PolicyParts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts
        if isinstance(response, FileResponse):
            parts.config = FILE_POLICY
        elif getattr(request, "is_dummy", False):
            public = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
            parts.config = {**public, "frame-ancestors": [SELF]}
        elif is_admin_path(request.path_info):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts
