"""The abstract moderated contribution: name, e-mail (never shown), text, state."""

from typing import ClassVar

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = ["Contribution", "ContributionStatus", "contribution_models"]


class ContributionStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting moderation")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class Contribution(models.Model):
    """A visitor's contribution to a page; the e-mail address is never shown.

    A concrete subclass adds the foreign key to its page and names it in
    ``page_field``; the moderation screen finds every subclass by itself.
    """

    Status = ContributionStatus
    page_field: ClassVar[str] = "page"

    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("e-mail"))
    text = models.TextField(_("text"), max_length=2000)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=ContributionStatus.choices,
        default=ContributionStatus.PENDING,
    )
    created_at = models.DateTimeField(_("submitted"), default=timezone.now)
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name}: {self.text[:40]}"

    @property
    def page_cache_neutral(self) -> bool:
        """A contribution awaiting moderation shows nowhere, so receiving one does not
        purge the page cache (portal/cache_purge.py); a visitor cannot empty the cache
        by posting. Moderating it does."""
        return self.status == ContributionStatus.PENDING

    @property
    def contributed_to(self):
        return getattr(self, self.page_field)

    def moderate(self, status: str, user) -> None:
        self.status = status
        self.moderated_at = timezone.now()
        self.moderated_by = user
        self.save(update_fields=["status", "moderated_at", "moderated_by"])


def contribution_models() -> list[type[Contribution]]:
    """Every concrete contribution model, in a stable order."""
    return sorted(
        (model for model in apps.get_models() if issubclass(model, Contribution)),
        key=lambda model: model._meta.label_lower,
    )
