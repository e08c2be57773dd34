"""Template tags for governance's additions to Wagtail admin templates."""

from django import template

from ..forms import UnpublishReasonForm

register = template.Library()


@register.simple_tag
def unpublish_reason_form(bound_form=None):
    """The form a refused POST was bound to, or an empty one for the first showing."""
    # An undefined template variable arrives as "", not None.
    return bound_form if isinstance(bound_form, UnpublishReasonForm) else UnpublishReasonForm()
