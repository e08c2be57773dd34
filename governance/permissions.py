"""Who may see the governance reports and the translation queue."""

from .roles import TRANSLATORS

REPORTS_PERMISSION = "governance.view_governance_reports"


def can_view_reports(user) -> bool:
    return user.is_active and (user.is_superuser or user.has_perm(REPORTS_PERMISSION))


def can_use_translation_queue(user) -> bool:
    """Translators, people who start translations (section editors, the rector), and
    those who see the reports (approvers, marketing, administrators). Others, such as
    the quality office, have no business with page titles of every section."""
    return (
        can_view_reports(user)
        or user.has_perm("wagtail_localize.submit_translation")
        or bool(translator_languages(user))
    )


def translator_languages(user) -> list[str]:
    """The languages a user translates into, from their translator groups."""
    names = set(user.groups.values_list("name", flat=True))
    return [language for language, group in TRANSLATORS.items() if group in names]
