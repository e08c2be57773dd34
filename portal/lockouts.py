"""Password guessing (AUTH-2): what a locked-out visitor sees, and how an administrator
lifts a lockout from the Wagtail admin (Django's admin, where axes puts its own
screens, is not installed).

django-axes counts failed ``authenticate()`` calls per username and address in the
database and refuses further attempts for ``AXES_COOLOFF_TIME``; ``manage.py
axes_reset`` clears every lockout from the command line.
"""

import logging

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from axes.handlers.proxy import AxesProxyHandler
from axes.models import AccessAttempt

logger = logging.getLogger(__name__)

UNLOCK_PERMISSION = "axes.delete_accessattempt"
PER_PAGE = 50
# axes keeps the attempted name in a 255-character column; no account name is longer.
USERNAME_MAX_LENGTH = 255


def attempted_username(request, credentials=None) -> str | None:
    """The name a sign-in attempt was made for, as axes counts it (``AXES_USERNAME_CALLABLE``).

    A name longer than the column is cut, not refused: on PostgreSQL an overlong value
    would fail the write (a 500), and the attempt must be counted all the same.
    """
    source = credentials if credentials else getattr(request, "data", request.POST)
    username = source.get(settings.AXES_USERNAME_FORM_FIELD)
    return username[:USERNAME_MAX_LENGTH] if isinstance(username, str) else username


def lockout_response(request, original_response=None, credentials=None):
    """Our 429 page in the visitor's language instead of axes' English sentence."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request,
        "portal/login_locked_out.html",
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


def can_unlock(user) -> bool:
    """Administrators (who hold every permission) and superusers."""
    return user.is_active and user.has_perm(UNLOCK_PERMISSION)


def _is_locked(attempt, now) -> bool:
    return (
        attempt.failures_since_start >= settings.AXES_FAILURE_LIMIT
        and attempt.attempt_time + settings.AXES_COOLOFF_TIME > now
    )


def lockout_list(request):
    if not can_unlock(request.user):
        raise PermissionDenied
    now = timezone.now()
    attempts = Paginator(AccessAttempt.objects.order_by("-attempt_time", "-pk"), PER_PAGE)
    page = attempts.get_page(request.GET.get("p"))
    rows = [(attempt, _is_locked(attempt, now)) for attempt in page]
    return TemplateResponse(
        request,
        "portal/lockout_list.html",
        {"rows": rows, "page_obj": page, "failure_limit": settings.AXES_FAILURE_LIMIT},
    )


@require_POST
def unlock(request, pk):
    """Clear the failures of one username and address, so the right password works."""
    if not can_unlock(request.user):
        raise PermissionDenied
    attempt = get_object_or_404(AccessAttempt, pk=pk)
    AxesProxyHandler.reset_attempts(ip_address=attempt.ip_address, username=attempt.username)
    logger.warning(
        "Sign-in lockout of %r from %s cleared by %s",
        attempt.username,
        attempt.ip_address,
        request.user.get_username(),
    )
    messages.success(
        request, _("Sign-in for “%(username)s” is unlocked.") % {"username": attempt.username}
    )
    return redirect("portal_lockouts")
