"""Governance data: the approval task that runs the content rules, the prohibited
words editors may not publish, and who reviews each section how often (W2–W4).

Section pages belong to ``sections``; freshness is kept here, keyed to the page, so
the page models stay the lead's (design.md §2).
"""

from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import AbstractGroupApprovalTask, Page
from wagtail.snippets.models import register_snippet

from .checks import approval_problems
from .translation_sync import translations_waiting_on
from .waiting import approved_url
from .words import ProhibitedWord

__all__ = ["CheckedApprovalTask", "ProhibitedWord", "SectionReview"]


class CheckedApprovalTask(AbstractGroupApprovalTask):
    """Group approval that refuses to approve while the content rules fail (W3), and
    refuses a translation whose Kazakh source is not live and approved (L2).

    Refusal is not an exception: ``on_action`` leaves the task in progress and sends
    the approver to the page's check report, which names each problem.

    Approving the last task publishes with the workflow's authority, not with the
    approver's page permissions (``WAGTAIL_FINISH_WORKFLOW_ACTION`` is
    ``governance.workflow_finish.publish_approved``): the final approver holds no *publish*
    permission, so cannot publish outside a workflow (W2).
    """

    def is_final_in(self, workflow) -> bool:
        """Whether approving this task publishes: it is the workflow's last active task."""
        last = workflow.workflow_tasks.filter(task__active=True).order_by("-sort_order").first()
        return last is not None and last.task_id == self.pk

    def blocking_problems(self, task_state):
        revision = task_state.revision
        return approval_problems(
            revision.content_object,
            revision.content,
            publishing=self.is_final_in(task_state.workflow_state.workflow),
        )

    def waiting_translations(self, page):
        """Translations of ``page`` waiting on this same task (L2: approved together)."""
        return translations_waiting_on(page, self)

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and self.waiting_translations(obj):
            actions.append(("approve_with_translations", _("Approve with translations"), False))
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        """Approve, refusing while checks fail; with translations, all in one transaction
        so a failure leaves no page published without the others."""
        with transaction.atomic():
            return self._act(task_state, user, action_name, **kwargs)

    def _act(self, task_state, user, action_name, **kwargs):
        if action_name in {"approve", "approve_with_translations"}:
            page = task_state.revision.content_object
            if self.blocking_problems(task_state):
                return reverse("governance:page_checks", args=[page.pk]) + "?blocked=1"
            waiting = self.waiting_translations(page)
            super().on_action(task_state, user, "approve", **kwargs)
            if action_name == "approve_with_translations":
                for translation_state in waiting:
                    if not self.blocking_problems(translation_state):
                        super().on_action(translation_state, user, "approve", **kwargs)
            # Back to what still waits, with a confirmation (W2).
            return approved_url(task_state.pk)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve; approval is refused while the "
            "automatic content checks fail"
        )

    class Meta:
        verbose_name = _("checked group approval task")
        verbose_name_plural = _("checked group approval tasks")


# Ten years: long enough for any real review cycle, short enough for date arithmetic.
MAX_REVIEW_INTERVAL_DAYS = 3650


class SectionReview(models.Model):
    """Who answers for a section's relevance and how often it is reviewed (W4, W §14).

    Keyed to the Kazakh section page; its translations are reviewed with it.
    """

    page = models.OneToOneField(
        Page,
        verbose_name=_("section page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsible person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    interval_days = models.PositiveIntegerField(
        _("review interval (days)"),
        default=180,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_REVIEW_INTERVAL_DAYS)],
    )
    last_reviewed = models.DateField(_("last reviewed"), default=timezone.localdate)

    panels = [
        FieldPanel("page"),
        FieldPanel("owner"),
        FieldPanel("interval_days"),
        FieldPanel("last_reviewed"),
    ]

    class Meta:
        verbose_name = _("section review")
        verbose_name_plural = _("section reviews")
        ordering = ["last_reviewed"]
        permissions = [
            ("view_governance_reports", _("Can see the publication log and overdue reviews"))
        ]

    def __str__(self):
        return str(self.page)

    @property
    def due(self):
        return self.last_reviewed + timedelta(days=self.interval_days)

    def is_overdue(self, today=None) -> bool:
        return self.due < (today or timezone.localdate())


register_snippet(SectionReview)
