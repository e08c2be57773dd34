"""One admin screen to moderate blog comments: approve, reject or delete, with counts."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from news.models import BlogComment
from portal.listing import paginate

Status = BlogComment.Status


class StatusFilterForm(forms.Form):
    status = forms.ChoiceField(choices=Status.choices, required=False)


class ModerationForm(forms.Form):
    action = forms.ChoiceField(
        choices=[
            ("approve", gettext_lazy("Approve")),
            ("reject", gettext_lazy("Reject")),
            ("delete", gettext_lazy("Delete")),
        ]
    )
    comment = forms.ModelChoiceField(queryset=BlogComment.objects.all())


def moderation(request):
    if not request.user.has_perm("news.change_blogcomment"):
        raise PermissionDenied
    if request.method == "POST":
        return _moderate(request)
    status_form = StatusFilterForm(request.GET)
    status = (
        status_form.cleaned_data["status"] if status_form.is_valid() else ""
    ) or Status.PENDING
    counts = dict(BlogComment.objects.values_list("status").annotate(n=Count("pk")).order_by())
    comments = (
        BlogComment.objects.filter(status=status)
        .select_related("post", "post__locale")
        .order_by("created_at", "pk")
    )
    tabs = [(value, label, counts.get(value, 0)) for value, label in Status.choices]
    return TemplateResponse(
        request,
        "news/admin/comment_moderation.html",
        {
            "comments": paginate(request, comments, 25),
            "tabs": tabs,
            "status": status,
            "waiting": counts.get(Status.PENDING, 0),
            "can_delete": request.user.has_perm("news.delete_blogcomment"),
        },
    )


@transaction.atomic
def _moderate(request):
    form = ModerationForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("That comment could not be found; nothing was changed."))
        return redirect("news_comment_moderation")
    comment, action = form.cleaned_data["comment"], form.cleaned_data["action"]
    back_to = comment.status
    if action == "delete":
        if not request.user.has_perm("news.delete_blogcomment"):
            raise PermissionDenied
        comment.delete()
        messages.success(request, _("The comment was deleted."))
    elif action == "approve":
        comment.moderate(Status.APPROVED, request.user)
        messages.success(request, _("The comment was approved and is now visible."))
    else:
        comment.moderate(Status.REJECTED, request.user)
        messages.success(request, _("The comment was rejected."))
    return redirect(f"{request.path}?status={back_to}")
