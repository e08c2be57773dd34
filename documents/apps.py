from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Documents and disclosure")

    def bootstrap_portal(self, *, demo_users: bool) -> list[str]:
        """Demo register (DOC1, DOC2) and programmes (D1); idempotent."""
        from .demo import ensure_programmes, ensure_register

        lines = []
        registered = ensure_register()
        if registered:
            lines.append(f"Document register: {registered} entries registered.")
        programmes = ensure_programmes()
        if programmes:
            lines.append(f"Educational programmes: {programmes} added in kk with ru/en.")
        return lines
