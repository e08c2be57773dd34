"""A refused admin request answers 403 (W1, AC-1).

Wagtail's admin turns ``PermissionDenied`` into a redirect to the dashboard with a
message (``wagtail.admin.auth.permission_denied``), so a crafted request looks like a
success (302) to scripts, monitoring and tests. The portal answers 403 with the same
message on an admin page instead. Wagtail's decorators look the function up in its
module at call time, so replacing it there covers every admin view.
"""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse


def forbidden(request):
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        raise PermissionDenied
    return TemplateResponse(request, "governance/permission_denied.html", status=403)


def answer_forbidden_admin_views_with_403() -> None:
    from wagtail.admin import auth

    auth.permission_denied = forbidden
