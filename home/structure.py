"""Who may delete, move or unpublish the pages the regulations prescribe (S2).

The structure is approved by leadership (W §7.5) and changed only through the
administrator (W §10.4): everyone else is refused, whatever their page permissions.
"""

from django.utils.translation import gettext_lazy as _

STRUCTURE_PERMISSION = "home.change_portal_structure"
REFUSAL_MESSAGE = _(
    "“%(title)s” is part of the site structure prescribed by the university's "
    "regulations. Only an administrator can delete, move or unpublish it."
)


def is_prescribed(page) -> bool:
    return bool(getattr(page.specific, "is_prescribed", False))


def may_change_structure(user) -> bool:
    return user.is_superuser or user.has_perm(STRUCTURE_PERMISSION)


def refused_pages(user, pages) -> list:
    """The pages among ``pages`` that ``user`` may not delete, move or unpublish."""
    if may_change_structure(user):
        return []
    return [page for page in pages if is_prescribed(page)]
