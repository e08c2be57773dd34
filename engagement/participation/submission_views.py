"""Admin screens of the submission process (E3, W §11.6): the form, the head's
signature, the marketing office's queue and decision, and the author's list of states.

Each action checks who is acting on which submission: only the named head signs,
only the marketing office (``participation.review_submission``) accepts, and a
submission a user may not see is a 404 to them. A forged or repeated POST changes
nothing and answers 4xx.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .acceptance import AcceptanceRefused, accept, lead_time_problem
from .models import Submission, SubmissionStatus
from .submission_forms import AcceptForm, PhotoFormSet, ReturnForm, SubmissionForm

ADD = "participation.add_submission"
REVIEW = "participation.review_submission"


def may_use(user) -> bool:
    return (
        user.has_perm(ADD) or user.has_perm(REVIEW) or Submission.objects.filter(head=user).exists()
    )


def submission_list(request):
    user = request.user
    if not may_use(user):
        raise PermissionDenied
    context = {
        "mine": Submission.objects.filter(submitter=user).select_related("unit", "page")[:50],
        "to_sign": Submission.objects.filter(
            head=user, status=SubmissionStatus.AWAITING_HEAD
        ).select_related("unit", "submitter"),
        "queue": (
            Submission.objects.filter(status=SubmissionStatus.AWAITING_OFFICE).select_related(
                "unit", "submitter"
            )
            if user.has_perm(REVIEW)
            else None
        ),
        "can_add": user.has_perm(ADD),
    }
    return TemplateResponse(request, "participation/admin/submission_list.html", context)


def submission_create(request):
    if not request.user.has_perm(ADD):
        raise PermissionDenied
    if request.method == "POST":
        form = SubmissionForm(request.POST)
        photos = PhotoFormSet(request.POST, request.FILES, prefix="photos")
        if form.is_valid() and photos.is_valid():
            with transaction.atomic():
                submission = form.save(commit=False)
                submission.submitter = request.user
                submission.save()
                for photo in photos.save(commit=False):
                    photo.submission = submission
                    photo.save()
            _notify_head(request, submission)
            messages.success(
                request, _("The material was submitted. It now waits for the head's signature.")
            )
            return redirect("participation_submissions")
        status = 400
    else:
        form = SubmissionForm()
        photos = PhotoFormSet(prefix="photos")
        status = 200
    return TemplateResponse(
        request,
        "participation/admin/submission_form.html",
        {"form": form, "photos": photos},
        status=status,
    )


def _visible(request, pk) -> Submission:
    return get_object_or_404(
        Submission.objects.seen_by(request.user).select_related("unit", "submitter", "head"),
        pk=pk,
    )


def submission_detail(request, pk, *, status=200, **forms):
    submission = _visible(request, pk)
    user = request.user
    context = {
        "submission": submission,
        "photos": list(submission.photos.all()),
        "may_sign": submission.head_id == user.pk
        and submission.status == SubmissionStatus.AWAITING_HEAD,
        "may_decide": user.has_perm(REVIEW)
        and submission.status == SubmissionStatus.AWAITING_OFFICE,
        "late_event": lead_time_problem(submission),
        "accept_form": forms.get("accept_form") or AcceptForm(),
        "return_form": forms.get("return_form") or ReturnForm(),
    }
    return TemplateResponse(
        request, "participation/admin/submission_detail.html", context, status=status
    )


def _conflict(request, pk, message):
    messages.error(request, message)
    return submission_detail(request, pk, status=409)


@require_POST
def submission_sign(request, pk):
    submission = _visible(request, pk)
    if submission.head_id != request.user.pk:
        raise PermissionDenied
    with transaction.atomic():
        updated = Submission.objects.filter(
            pk=submission.pk, status=SubmissionStatus.AWAITING_HEAD
        ).update(status=SubmissionStatus.AWAITING_OFFICE, signed_at=timezone.now())
    if not updated:
        return _conflict(request, pk, _("This submission is no longer waiting for a signature."))
    messages.success(request, _("Signed. The marketing office will now review the material."))
    return redirect("participation_submissions")


@require_POST
def submission_return(request, pk):
    """The head (before signing) or the marketing office (after) returns the material
    to its author with a reason."""
    submission = _visible(request, pk)
    user = request.user
    if submission.status == SubmissionStatus.AWAITING_HEAD:
        allowed = submission.head_id == user.pk
    elif submission.status == SubmissionStatus.AWAITING_OFFICE:
        allowed = user.has_perm(REVIEW)
    else:
        return _conflict(request, pk, _("This submission has already been decided."))
    if not allowed:
        raise PermissionDenied
    form = ReturnForm(request.POST)
    if not form.is_valid():
        return submission_detail(request, pk, status=400, return_form=form)
    with transaction.atomic():
        updated = Submission.objects.filter(pk=submission.pk, status=submission.status).update(
            status=SubmissionStatus.REJECTED,
            reason=form.cleaned_data["reason"],
            decided_by=user,
            decided_at=timezone.now(),
        )
    if not updated:
        return _conflict(request, pk, _("This submission has already been decided."))
    submission.refresh_from_db()
    _notify_author(request, submission)
    messages.success(request, _("The material was returned to its author with your reason."))
    return redirect("participation_submissions")


@require_POST
def submission_accept(request, pk):
    submission = _visible(request, pk)
    if not request.user.has_perm(REVIEW):
        raise PermissionDenied
    form = AcceptForm(request.POST)
    if not form.is_valid():
        return submission_detail(request, pk, status=400, accept_form=form)
    try:
        page = accept(
            submission, request.user, lead_time_override=form.cleaned_data["lead_time_override"]
        )
    except AcceptanceRefused as refusal:
        form.add_error(None, str(refusal))
        code = 409 if submission.status != SubmissionStatus.AWAITING_OFFICE else 400
        return submission_detail(request, pk, status=code, accept_form=form)
    messages.success(
        request,
        _("Accepted: a draft was created in Kazakh with its Russian and English translations."),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def submission_photo(request, pk, photo_pk):
    """A submitted photo, for the people who may see its submission only."""
    submission = _visible(request, pk)
    photo = submission.photos.filter(pk=photo_pk).first()
    if photo is None:
        raise Http404
    response = FileResponse(photo.file.open("rb"))
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def _send_on_commit(subject: str, body: str, address: str) -> None:
    if address:
        transaction.on_commit(lambda: send_mail(subject, body, None, [address]))


def _notify_head(request, submission) -> None:
    url = request.build_absolute_uri(reverse("participation_submission", args=[submission.pk]))
    _send_on_commit(
        _("Material waits for your signature: %(topic)s") % {"topic": submission.topic_kk},
        _(
            "%(author)s submitted material for the site and named you as the head "
            "of the unit.\n%(url)s"
        )
        % {"author": submission.submitter.get_full_name() or submission.submitter, "url": url},
        submission.head.email,
    )


def _notify_author(request, submission) -> None:
    url = request.build_absolute_uri(reverse("participation_submissions"))
    _send_on_commit(
        _("Your material was returned: %(topic)s") % {"topic": submission.topic_kk},
        _("Reason: %(reason)s\n%(url)s") % {"reason": submission.reason, "url": url},
        submission.submitter.email,
    )
