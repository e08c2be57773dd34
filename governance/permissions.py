"""Who may see the governance reports and the translation queue."""

from .roles import TRANSLATORS

REPORTS_PERMISSION = "governance.view_governance_reports"


def can_view_reports(user) -> bool:
    return user.is_active and (user.is_superuser or user.has_perm(REPORTS_PERMISSION))


def translator_languages(user) -> list[str]:
    """The languages a user translates into, from their translator groups."""
    names = set(user.groups.values_list("name", flat=True))
    return [language for language, group in TRANSLATORS.items() if group in names]
