"""Material a unit submits for the site on the form of the regulation's appendix
(E3, W §11.6): written by a member of the unit's staff in kk, ru and en, signed by the
head of the unit, then accepted by the marketing office into a draft page, or
rejected with a reason the submitter sees.

The states follow the paper form: the author fills it in (``AWAITING_HEAD``), the head
signs it (``AWAITING_OFFICE``), the marketing office accepts (``ACCEPTED``, the draft
page is linked) or returns it (``REJECTED``, with the reason).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.blocks.media import validate_alt_text
from portal.public_forms import reject_markup

TOPIC_MAX_LENGTH = 200
CONTENT_MAX_LENGTH = 10000
ALT_MAX_LENGTH = 250


class Purpose(models.TextChoices):
    NEWS = "news", _("A news item")
    EVENT = "event", _("An event")
    PAGE = "page", _("A page in the unit's section")


class SubmissionStatus(models.TextChoices):
    AWAITING_HEAD = "awaiting_head", _("Awaiting the head's signature")
    AWAITING_OFFICE = "awaiting_office", _("Awaiting the marketing office")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Returned")


class SubmissionQuerySet(models.QuerySet):
    def seen_by(self, user):
        """What ``user`` may open: their own, those they sign, and, for the marketing
        office, every signed submission."""
        visible = models.Q(submitter=user) | models.Q(head=user)
        if user.has_perm("participation.review_submission"):
            visible |= ~models.Q(status=SubmissionStatus.AWAITING_HEAD)
        return self.filter(visible)


class Submission(models.Model):
    Status = SubmissionStatus
    #: Internal until accepted into a draft: never on a public page (portal/cache_purge.py).
    page_cache_neutral = True

    submitter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    unit = models.ForeignKey(
        "people.Unit", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    purpose = models.CharField(_("what it is for"), max_length=10, choices=Purpose.choices)
    topic_kk = models.CharField(
        _("topic in Kazakh"), max_length=TOPIC_MAX_LENGTH, validators=[reject_markup]
    )
    topic_ru = models.CharField(
        _("topic in Russian"), max_length=TOPIC_MAX_LENGTH, validators=[reject_markup]
    )
    topic_en = models.CharField(
        _("topic in English"), max_length=TOPIC_MAX_LENGTH, validators=[reject_markup]
    )
    content_kk = models.TextField(
        _("content in Kazakh"), max_length=CONTENT_MAX_LENGTH, validators=[reject_markup]
    )
    content_ru = models.TextField(
        _("content in Russian"), max_length=CONTENT_MAX_LENGTH, validators=[reject_markup]
    )
    content_en = models.TextField(
        _("content in English"), max_length=CONTENT_MAX_LENGTH, validators=[reject_markup]
    )
    head = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("head of the unit"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Signs the submission before the marketing office sees it."),
    )
    responsible = models.CharField(
        _("responsible person"),
        max_length=200,
        validators=[reject_markup],
        help_text=_("Name and phone of the person who answers questions about the material."),
    )
    event_start = models.DateTimeField(_("event starts"), null=True, blank=True)
    event_end = models.DateTimeField(_("event ends"), null=True, blank=True)
    event_place = models.CharField(
        _("event place"), max_length=250, blank=True, validators=[reject_markup]
    )

    status = models.CharField(
        _("state"),
        max_length=20,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.AWAITING_HEAD,
    )
    created_at = models.DateTimeField(_("submitted"), default=timezone.now)
    signed_at = models.DateTimeField(_("signed by the head"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason for returning"), blank=True, max_length=2000)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("draft page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("material submission")
        verbose_name_plural = _("material submissions")
        permissions = [("review_submission", "Can accept or return submitted material")]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"#{self.pk} {self.topic_kk}"

    def text(self, field: str, language: str) -> str:
        return getattr(self, f"{field}_{language}")


class SubmissionPhoto(models.Model):
    """A photo of the submission, kept out of the public media (only renditions are
    served) until the marketing office accepts it into the image library."""

    #: Internal until accepted into a draft: never on a public page (portal/cache_purge.py).
    page_cache_neutral = True

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="photos")
    file = models.FileField(_("photo"), upload_to="submissions/%Y/%m/")
    width = models.PositiveIntegerField(editable=False)
    height = models.PositiveIntegerField(editable=False)
    alt_kk = models.CharField(
        _("description in Kazakh"),
        max_length=ALT_MAX_LENGTH,
        validators=[reject_markup, validate_alt_text],
    )
    alt_ru = models.CharField(
        _("description in Russian"),
        max_length=ALT_MAX_LENGTH,
        validators=[reject_markup, validate_alt_text],
    )
    alt_en = models.CharField(
        _("description in English"),
        max_length=ALT_MAX_LENGTH,
        validators=[reject_markup, validate_alt_text],
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image in the library"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["submission", "pk"]
        verbose_name = _("submitted photo")
        verbose_name_plural = _("submitted photos")

    def __str__(self):
        return self.alt_kk

    def text(self, field: str, language: str) -> str:
        return getattr(self, f"{field}_{language}")
