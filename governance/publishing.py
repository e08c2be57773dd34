"""Who may put a page up or take it down, and how (W2).

Nothing goes public and nothing comes down without approval. Two ways exist:

* publishing is the last step of a workflow: approving the final task publishes with
  the workflow's authority (``governance.workflow_finish``), so no approver needs Wagtail's
  *publish* permission, which would also let them publish anything, unreviewed, from
  the explorer;
* an administrator may still publish or unpublish directly; unpublishing asks for a
  reason, kept in the audit log next to Wagtail's own entry.

``may_publish_directly`` is checked by the admin guards (``wagtail_hooks``,
``bulk_actions``) on top of Wagtail's permissions, so a *publish* permission granted
by hand to any other group (Wagtail's default "Moderators" has one) still does not
open a way around the workflow.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import LogFormatter, log

from .roles import ADMINISTRATORS

UNPUBLISH_REASON_LOG_ACTION = "governance.unpublish_reason"

REFUSED_PUBLISHING = _(
    "Pages are published only through approval: submit the page for approval, and it "
    "goes live when the last approver accepts it."
)
REFUSED_UNPUBLISHING = _(
    "Only an administrator can unpublish a live page, giving the reason; ask one."
)


def may_publish_directly(user) -> bool:
    """Administrators only: superusers and members of the Administrators group."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name=ADMINISTRATORS).exists()


class UnpublishReasonFormatter(LogFormatter):
    label = _("Reason for unpublishing")
    message = _("Unpublished by an administrator")

    def format_comment(self, log_entry):
        return log_entry.data.get("reason", "")


def record_unpublish_reason(page, user, reason: str) -> None:
    log(
        instance=page,
        action=UNPUBLISH_REASON_LOG_ACTION,
        user=user,
        data={"reason": reason},
    )
