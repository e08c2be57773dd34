"""The public side: the request form, its confirmation and the status lookup.

Nothing here shows a requester's personal data: the confirmation page reads the
reference number from a signed receipt in its address (not from a session: a session
cookie would keep the requester out of the page cache for hours), and the status lookup answers
only to the number *and* the e-mail together, with one message for a wrong e-mail and
an unknown number alike.

The form and the lookup take no CSRF token (``portal.form_origin``): their pages are
the same for every visitor and come from the page cache; a post is accepted from this
site's own pages only, and its answer is never cached.
"""

from urllib.parse import urlencode

from django.core import signing
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
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
RECEIPT_SALT = "information_requests.receipt"
#: A day to reload or bookmark the confirmation; the e-mail keeps the details for good.
RECEIPT_MAX_AGE = 24 * 60 * 60


def receipt_url(reference: str) -> str:
    """The confirmation page's address for one request: the reference number, signed so
    that nobody can make the page show a number they did not receive."""
    token = signing.dumps(reference, salt=RECEIPT_SALT, compress=True)
    return f"{reverse('information_requests:sent')}?{urlencode({'receipt': token})}"


def _receipt_reference(token: str) -> str | None:
    try:
        reference = signing.loads(token, salt=RECEIPT_SALT, max_age=RECEIPT_MAX_AGE)
    except signing.BadSignature:  # also an expired receipt
        return None
    return reference if isinstance(reference, str) else None


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
            return redirect(receipt_url(_save(form).reference))
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
    reference = _receipt_reference(request.GET.get("receipt", ""))
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
