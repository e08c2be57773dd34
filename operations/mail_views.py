"""The outgoing mail queue in the admin: what is waiting, what failed and why.

Staff with ``post_office.view_email`` see every message that has not gone out
(queued, requeued, failed) with its last error; the ones that failed for good can be
put back in the queue, which ``send_queued_mail`` then retries.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

import django_filters
from post_office.models import STATUS, Email

from portal.reports import GuardedReportView

PENDING = (STATUS.queued, STATUS.requeued, STATUS.failed)
STATUS_CHOICES = [
    (STATUS.queued, _("Queued")),
    (STATUS.requeued, _("Waiting for a retry")),
    (STATUS.failed, _("Failed")),
]


def can_view_mail(user) -> bool:
    return user.is_active and user.has_perm("post_office.view_email")


class MailQueueFilterSet(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=STATUS_CHOICES)

    class Meta:
        model = Email
        fields = ["status"]


class MailQueueView(GuardedReportView):
    page_title = _("Outgoing mail")
    header_icon = "mail"
    template_name = "operations/mail_queue.html"
    results_template_name = "operations/mail_queue_results.html"
    index_url_name = "operations_mail:queue"
    index_results_url_name = "operations_mail:queue_results"
    filterset_class = MailQueueFilterSet

    def may_view(self, user):
        return can_view_mail(user)

    def get_queryset(self):
        return (
            Email.objects.filter(status__in=PENDING)
            .prefetch_related("logs")
            .order_by("-created", "-pk")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["status_labels"] = dict(STATUS_CHOICES)
        return context


mail_queue = MailQueueView.as_view()
mail_queue_results = MailQueueView.as_view(results_only=True)


@require_POST
def retry_failed(request):
    """Put every message that failed for good back in the queue."""
    if not (can_view_mail(request.user) and request.user.has_perm("post_office.change_email")):
        raise PermissionDenied
    count = Email.objects.filter(status=STATUS.failed).update(
        status=STATUS.queued, number_of_retries=0, scheduled_time=None
    )
    messages.success(
        request,
        ngettext(
            "%(count)d message is back in the queue.",
            "%(count)d messages are back in the queue.",
            count,
        )
        % {"count": count},
    )
    return redirect("operations_mail:queue")
