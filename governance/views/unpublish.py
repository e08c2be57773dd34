"""Wagtail's page "Unpublish" confirmation, answering a missing reason with a 400 (W2).

Wagtail's own view stays at its URL; the ``before_unpublish_page`` hook hands a POST
without a valid reason to this subclass, which shows the same confirmation again
with the form's error and unpublishes nothing.
"""

from wagtail.admin.views.pages.unpublish import UnpublishView


class UnpublishReasonMissingView(UnpublishView):
    reason_form = None

    def post(self, request, *args, **kwargs):
        context = self.get_context_data(reason_form=self.reason_form)
        return self.render_to_response(context, status=400)
