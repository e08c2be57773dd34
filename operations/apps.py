from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    name = "operations"
    verbose_name = _("Operations: backup and restore")

    def ready(self):
        from post_office.signals import email_queued

        from .mail import send_after_commit

        email_queued.connect(send_after_commit, dispatch_uid="operations_send_after_commit")
