from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InformationRequestsConfig(AppConfig):
    name = "engagement.information_requests"
    label = "information_requests"
    verbose_name = _("Information requests")

    def ready(self):
        from . import signals  # noqa: F401
