from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = _("Governance and translation")

    def ready(self):
        from . import signals  # noqa: F401 - connects the receivers
        from .access import answer_forbidden_admin_views_with_403
        from .workflow_names import install

        answer_forbidden_admin_views_with_403()
        install()

    def bootstrap_portal(self) -> list[str]:
        """Roles, permissions and workflows (W1, W2), and each section's review record (W4)."""
        from .freshness import ensure_section_reviews
        from .roles import setup_roles

        report = setup_roles()
        created_reviews = ensure_section_reviews()
        lines = []
        if report.created:
            lines.append(f"Roles: {len(report.created)} groups, permissions and workflows added.")
        if created_reviews:
            lines.append(f"Freshness: {created_reviews} section review records created.")
        return lines
