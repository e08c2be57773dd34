"""The public side: the request form, its confirmation and the status lookup.

Nothing here shows a requester's personal data: the confirmation page reads the
reference number the session remembers from the submit, and the status lookup answers
only to the number *and* the e-mail together, with one message for a wrong e-mail and
an unknown number alike.

The form and the lookup take no CSRF token (``portal.form_origin``): their pages are
the same for every visitor and come from the page cache; a post is accepted from this
site's own pages only, and its answer is never cached.
"""

from django.db import transaction
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from portal.form_origin import public_form
from portal.ratelimits import PostRateLimit

from . import notifications
from .forms import NOT_FOUND, InformationRequestForm, StatusLookupForm
from .models import InformationRequest
from .privacy import privacy_notice_url
from .services import register

SUBMIT_LIMIT = PostRateLimit("information_requests.submit", count=5, seconds=600)
LOOKUP_LIMIT = PostRateLimit("information_requests.lookup", count=10, seconds=600)
SESSION_KEY = "information_request_sent"


@public_form
@require_http_methods(["GET", "HEAD", "POST"])
def request_form(request):
    if request.method == "POST":
        if SUBMIT_LIMIT.exceeded(request):
            return SUBMIT_LIMIT.refuse(request)
        form = InformationRequestForm(request.POST, request.FILES)
        if form.is_valid():
            if form.is_spam:
                # A bot sees what a person sees, and nothing is stored or sent.
                return redirect("information_requests:sent")
            saved = _save(form)
            request.session[SESSION_KEY] = saved.reference
            return redirect("information_requests:sent")
        status = 400
    else:
        form, status = InformationRequestForm(), 200
    return render(
        request,
        "information_requests/request_form.html",
        {"form": form, "privacy_url": privacy_notice_url(get_language())},
        status=status,
    )


def _save(form) -> InformationRequest:
    data = form.cleaned_data
    with transaction.atomic():
        saved = register(
            InformationRequest(
                kind=data["kind"],
                urgency=data["urgency"],
                own_deadline=data["own_deadline"],
                language=get_language(),
                name=data["name"],
                organisation=data["organisation"],
                email=data["email"],
                phone=data["phone"],
                subject=data["subject"],
                text=data["text"],
                attachment=data["attachment"],
                attachment_type=getattr(form, "attachment_type", ""),
                consent_at=timezone.now(),
            )
        )
        notifications.send_confirmation(saved)
        notifications.notify_office_of_new(saved)
    return saved


@never_cache
@require_http_methods(["GET", "HEAD"])
def sent(request):
    reference = request.session.get(SESSION_KEY)
    found = InformationRequest.objects.filter(reference=reference).first() if reference else None
    return render(request, "information_requests/sent.html", {"sent": found})


@public_form
@require_http_methods(["GET", "HEAD", "POST"])
def status(request):
    """A wrong e-mail and an unknown number get the same 404 and the same message."""
    found, status_code = None, 200
    if request.method == "POST":
        if LOOKUP_LIMIT.exceeded(request):
            return LOOKUP_LIMIT.refuse(request)
        form = StatusLookupForm(request.POST)
        if not form.is_valid():
            status_code = 400
        else:
            if not form.is_spam:
                found = InformationRequest.objects.filter(
                    reference=form.cleaned_data["reference"],
                    email__iexact=form.cleaned_data["email"],
                    anonymised_at__isnull=True,
                ).first()
            if found is None:
                form.add_error(None, NOT_FOUND)
                status_code = 404
    else:
        form = StatusLookupForm()
    return render(
        request,
        "information_requests/status.html",
        {"form": form, "found": found},
        status=status_code,
    )
