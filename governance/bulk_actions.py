"""The page explorer's bulk actions, bound by the same rules as one page at a time.

Registered in place of Wagtail's own (``wagtail_hooks``, a later hook order):

* the confirmation page never names a page the user may not see (a draft or private
  page outside their rights): Wagtail lists every selected page, including those the
  user has no right to, by title (AC-1);
* bulk publish is for administrators only (W2): everyone else publishes through
  approval, whatever page permissions their groups hold;
* bulk unpublish is for administrators only and asks for the reason, which is kept
  in the audit log for every page taken down.
"""

from django.contrib import messages
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import DefaultPageForm
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction

from .access import forbidden
from .forms import UnpublishReasonForm
from .publishing import (
    REFUSED_PUBLISHING,
    REFUSED_UNPUBLISHING,
    may_publish_directly,
    record_unpublish_reason,
)
from .visibility import PageVisibility


class OmitsHiddenPages:
    """Leave pages the user may not see out of "you don't have permission" lists, and
    answer a POST that may act on none of the selected pages with a 403 (Wagtail
    would report "0 pages published" as a success)."""

    refusal_message = None

    @cached_property
    def may_publish_directly(self):
        return may_publish_directly(self.request.user)

    def prepare_action(self, objects, objects_without_access):
        if not objects:
            if self.refusal_message:
                messages.error(self.request, self.refusal_message)
            return forbidden(self.request)
        return super().prepare_action(objects, objects_without_access)

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        visibility = PageVisibility(self.request.user)
        extra["items_with_no_access"] = [
            page for page in extra["items_with_no_access"] if visibility.may_see(page)
        ]
        return objects, extra


class GovernedPublishBulkAction(OmitsHiddenPages, PublishBulkAction):
    refusal_message = REFUSED_PUBLISHING

    def check_perm(self, page):
        return self.may_publish_directly and super().check_perm(page)


class UnpublishWithReasonForm(DefaultPageForm):
    reason = UnpublishReasonForm.base_fields["reason"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["include_descendants"].label = _("Unpublish their subpages too")


class GovernedUnpublishBulkAction(OmitsHiddenPages, UnpublishBulkAction):
    form_class = UnpublishWithReasonForm
    refusal_message = REFUSED_UNPUBLISHING
    template_name = "governance/confirm_bulk_unpublish.html"

    def check_perm(self, page):
        return self.may_publish_directly and super().check_perm(page)

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response

    def get_execution_context(self):
        return {
            **super().get_execution_context(),
            "reason": self.cleaned_form.cleaned_data["reason"],
        }

    @classmethod
    def execute_action(cls, objects, user=None, reason="", **kwargs):
        counts = super().execute_action(objects, user=user, **kwargs)
        for page in objects:
            record_unpublish_reason(page, user, reason)
        return counts


class GovernedDeleteBulkAction(OmitsHiddenPages, DeleteBulkAction):
    pass


class GovernedMoveBulkAction(OmitsHiddenPages, MoveBulkAction):
    pass


GOVERNED_BULK_ACTIONS = [
    GovernedPublishBulkAction,
    GovernedUnpublishBulkAction,
    GovernedDeleteBulkAction,
    GovernedMoveBulkAction,
]
