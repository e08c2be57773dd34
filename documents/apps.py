from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Documents and disclosure")

    def ready(self):
        from . import notifications  # noqa: F401  (connects the new-version e-mail)
