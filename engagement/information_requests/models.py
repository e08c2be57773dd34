"""Information requests (E1, P §11, P §7.10.2) and the working-day calendar they are
counted on.

A request keeps the requester's personal data (name, contact details, text, file)
apart from the office's record (department, responsible person, reply, refusal), so
that the register can be shown and exported without personal data (E7), and the
personal data erased after the retention period while the statistics stay.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .deadlines import Transfer, WorkingCalendar


class CalendarTransfer(models.Model):
    """A decreed transfer of a day off (P §11.2: working days at the university's
    location). Saving or deleting one recomputes the due dates of open requests."""

    date = models.DateField(_("date"), unique=True)
    is_working_day = models.BooleanField(
        _("working day"),
        default=False,
        help_text=_(
            "Ticked: a weekend day made a working day. Unticked: a weekday made a day off."
        ),
    )
    reason = models.CharField(
        _("decree"),
        max_length=300,
        help_text=_("The government decree that transfers the day, e.g. its number and date."),
    )

    class Meta:
        ordering = ["-date"]
        verbose_name = _("calendar transfer")
        verbose_name_plural = _("calendar transfers")

    def __str__(self):
        kind = _("working day") if self.is_working_day else _("day off")
        return f"{self.date.isoformat()}: {kind} ({self.reason})"

    def as_transfer(self) -> Transfer:
        return Transfer(self.date, self.is_working_day, self.reason)

    @classmethod
    def working_calendar(cls) -> WorkingCalendar:
        return WorkingCalendar.from_transfers(t.as_transfer() for t in cls.objects.all())


class RequestCounter(models.Model):
    """The last reference number issued in a year, locked while the next is taken, so
    two simultaneous submissions never share a number."""

    year = models.PositiveIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("reference counter")


class Kind(models.TextChoices):
    CITIZEN = "citizen", _("Citizen")
    ORGANISATION = "organisation", _("Organisation")
    MEDIA = "media", _("Media")


class Urgency(models.TextChoices):
    URGENT = "urgent", _("Urgent (within 3 hours)")
    IN_DEPTH = "in_depth", _("Urgent, needs in-depth preparation (within 6 hours)")
    CURRENT = "current", _("Current (within 3 calendar days)")


class Status(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_PROGRESS = "in_progress", _("In progress")
    ANSWERED = "answered", _("Answered")
    REFUSED = "refused", _("Refused")


OPEN_STATUSES = (Status.RECEIVED, Status.IN_PROGRESS)


class Decider(models.TextChoices):
    RECTOR = "rector", _("The rector")
    DELEGATE = "delegate", _("A person the rector delegated")


class InformationRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, now=None):
        return self.open().filter(due_at__lt=now or timezone.now())

    def due_today(self, now=None):
        now = timezone.localtime(now or timezone.now())
        return self.open().filter(due_at__gte=now, due_at__date=now.date())


def attachment_path(instance, filename):
    # The visitor's file name is never used: it is personal data and may be hostile.
    return f"information_requests/{instance.reference or 'new'}/{timezone.now():%Y%m%d%H%M%S}"


class InformationRequest(models.Model):
    reference = models.CharField(_("reference number"), max_length=20, unique=True)
    kind = models.CharField(_("who is asking"), max_length=20, choices=Kind.choices)
    urgency = models.CharField(_("urgency"), max_length=20, choices=Urgency.choices, blank=True)
    own_deadline = models.DateField(_("deadline set in the request"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)

    # The requester's personal data (P §3.2.6): shown only with view_personal_data.
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation or outlet"), max_length=300, blank=True)
    email = models.EmailField(_("e-mail"), max_length=254)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    subject = models.CharField(_("subject"), max_length=300)
    text = models.TextField(_("request"), max_length=10_000)
    attachment = models.FileField(
        _("attachment"), upload_to=attachment_path, blank=True, max_length=200
    )
    attachment_type = models.CharField(_("attachment type"), max_length=10, blank=True)
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)

    received_at = models.DateTimeField(_("received at"), default=timezone.now)
    due_at = models.DateTimeField(_("due"))
    deadline_explanation = models.JSONField(_("how the due date was computed"), default=dict)

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED
    )
    unit = models.ForeignKey(
        "people.Unit",
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsible person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # The decision (P §11.2, §11.3, §11.4).
    reply_date = models.DateField(_("reply date"), null=True, blank=True)
    reply_text = models.TextField(_("reply"), blank=True, max_length=20_000)
    reply_attachment = models.FileField(
        _("reply file"), upload_to="information_requests/replies/", blank=True, max_length=200
    )
    refusal_reason = models.TextField(_("reason for refusal"), blank=True, max_length=5_000)
    decided_by = models.CharField(
        _("who decided"), max_length=20, choices=Decider.choices, blank=True
    )
    delegate_name = models.CharField(
        _("delegate's name"),
        max_length=200,
        blank=True,
        help_text=_("The person the rector delegated the decision to (P §11.4)."),
    )
    copies_cost = models.DecimalField(
        _("cost of printed copies, KZT"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Only when printed copies are provided for a fee (P §11.3)."),
    )
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("personal data erased at"), null=True, blank=True)

    objects = InformationRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("information request")
        verbose_name_plural = _("information requests")
        permissions = [
            ("view_personal_data", _("Can see requesters' personal data")),
        ]
        indexes = [models.Index(fields=["status", "due_at"])]

    def __str__(self):
        return self.reference

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def is_overdue(self, now=None) -> bool:
        return self.is_open and self.due_at < (now or timezone.now())

    def is_due_today(self, now=None) -> bool:
        now = timezone.localtime(now or timezone.now())
        return (
            self.is_open
            and self.due_at >= now
            and timezone.localtime(self.due_at).date() == now.date()
        )


class DeadlineChange(models.Model):
    """Why a request's due date moved: a calendar edit recomputed it."""

    request = models.ForeignKey(
        InformationRequest, on_delete=models.CASCADE, related_name="deadline_changes"
    )
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    previous_due_at = models.DateTimeField(_("previous due date"))
    due_at = models.DateTimeField(_("new due date"))
    reason = models.CharField(_("reason"), max_length=400)

    class Meta:
        ordering = ["-changed_at"]
        verbose_name = _("deadline change")
        verbose_name_plural = _("deadline changes")
