"""The document register (DOC1, DOC2, W §13): one entry per identification code, its
numbered versions, each with a file per language.

Files are ordinary Wagtail documents (the library, choosers, permissions and the
``serve_view`` stay Wagtail's); the register only points at them. A version's files
are protected from deletion, so nothing registered is ever lost, and every version
keeps a stable download URL ``/register/<entry>/v<number>/<language>/``.
"""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, Max, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Collection, CollectionViewRestriction

from portal.languages import SOURCE_LANGUAGE

from .codes import CODE_MAX_LENGTH, normalize_code, validate_identification_code

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# Collection names are msgids, shown in the admin language (governance.workflow_names).
STAFF_COLLECTION = gettext_noop("Staff-only documents")
REGISTER_COLLECTION = gettext_noop("Document register")


class Category(models.TextChoices):
    REGULATION = "regulation", _("Regulations and procedures")
    METHODOLOGICAL = "methodological", _("Methodological documents")
    PLAN = "plan", _("Work plans and declarations of goals")
    REPORT = "report", _("Public reports")
    FINANCIAL = "financial", _("Financial reporting")
    CHARTER = "charter", _("Charter")
    LICENCE = "licence", _("Licences")
    CERTIFICATE = "certificate", _("Accreditation certificates")
    GUIDELINE = "guideline", _("Guidelines")


class Status(models.TextChoices):
    IN_FORCE = "in_force", _("In force")
    SUPERSEDED = "superseded", _("Superseded")
    ARCHIVED = "archived", _("Archived")


# Regulations are reviewed at least every three years (W §13, DOC4).
REVIEW_INTERVAL_YEARS = 3
# The categories that state why they are needed and what they should achieve (W §8.3.7).
PURPOSE_CATEGORIES = {"plan"}


def source_units() -> dict:
    """Units are translatable snippets: an entry names the source-language unit."""
    return {"locale__language_code": SOURCE_LANGUAGE}


def years_after(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def is_signed_in(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


class RegisteredDocumentQuerySet(models.QuerySet):
    """Who sees a restricted entry (DOC4): members of the groups it names, and
    superusers (who can grant themselves any group anyway). Nobody else, signed in or
    not: being staff is not enough (P §6.4, W §15)."""

    def visible_to(self, user):
        if not is_signed_in(user):
            queryset = self.public()
        elif user.is_superuser:
            queryset = self.all()
        else:
            member = RegisteredDocument.groups.through.objects.filter(
                registereddocument_id=OuterRef("pk"), group__user=user
            )
            queryset = self.filter(Q(restricted=False) | Exists(member))
        return queryset.prefetch_related("versions")

    def public(self):
        return self.filter(restricted=False)

    def hidden_from(self, user):
        """Restricted entries ``user`` may not see (all of them for a visitor)."""
        return self.filter(restricted=True).exclude(pk__in=self.visible_to(user).values("pk"))

    def overdue_for_review(self, today: datetime.date | None = None) -> list:
        """In-force regulations whose review date has passed, oldest first (DOC4)."""
        today = today or timezone.localdate()
        regulations = self.filter(category=Category.REGULATION, withdrawn=False).prefetch_related(
            "versions"
        )
        overdue = [entry for entry in regulations if (entry.review_due or today) < today]
        return sorted(overdue, key=lambda entry: entry.review_due)

    def file_ids(self) -> set[int]:
        """Wagtail document ids attached to any version of these entries."""
        ids = set()
        for row in DocumentVersion.objects.filter(document__in=self).values_list(
            "file_kk_id", "file_ru_id", "file_en_id"
        ):
            ids.update(filter(None, row))
        return ids

    def restricted_file_ids(self) -> set[int]:
        """Wagtail document ids attached to any restricted entry."""
        return self.filter(restricted=True).file_ids()

    def hides_file(self, document_id: int, user) -> bool:
        """Whether the Wagtail document is a file of an entry ``user`` may not see."""
        attached = Q(file_kk_id=document_id) | Q(file_ru_id=document_id) | Q(file_en_id=document_id)
        return DocumentVersion.objects.filter(
            attached, document__in=self.hidden_from(user)
        ).exists()


class RegisteredDocument(ClusterableModel):
    """Deliberately not in Wagtail's search index: a site-wide search built on the index
    would otherwise see staff-only entries (DOC2). The library searches by code itself."""

    code = models.CharField(
        _("identification code"),
        max_length=CODE_MAX_LENGTH,
        unique=True,
        validators=[validate_identification_code],
        help_text=_("For example ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12."),
    )
    title_kk = models.CharField(_("title in Kazakh"), max_length=300)
    title_ru = models.CharField(_("title in Russian"), max_length=300, blank=True)
    title_en = models.CharField(_("title in English"), max_length=300, blank=True)
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    restricted = models.BooleanField(
        _("restricted"),
        default=False,
        help_text=_(
            "Internal documents (brand guideline, internal regulations) are shown only "
            "to the groups chosen below and are absent from every public page, search, "
            "API and export."
        ),
    )
    groups = ParentalManyToManyField(
        "auth.Group",
        verbose_name=_("groups that may see it"),
        blank=True,
        related_name="+",
        help_text=_(
            "Only for a restricted entry: members of these groups see it and its files. "
            "Everyone else, signed in or not, is told it does not exist."
        ),
    )
    withdrawn = models.BooleanField(
        _("withdrawn"),
        default=False,
        help_text=_("No longer in force. Every version stays downloadable from the archive."),
    )
    units = ParentalManyToManyField(
        "people.Unit",
        verbose_name=_("units it concerns"),
        blank=True,
        related_name="+",
        limit_choices_to=source_units,
        help_text=_("Their responsible persons get an e-mail when a new version is registered."),
    )
    purpose_kk = models.TextField(_("purpose in Kazakh"), blank=True, max_length=600)
    purpose_ru = models.TextField(_("purpose in Russian"), blank=True, max_length=600)
    purpose_en = models.TextField(_("purpose in English"), blank=True, max_length=600)
    review_on = models.DateField(
        _("next review"),
        null=True,
        blank=True,
        help_text=_(
            "For regulations: when the document is to be reviewed, at most 3 years after "
            "its current version took effect (3 years after it by default)."
        ),
    )
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = RegisteredDocumentQuerySet.as_manager()

    panels = [
        FieldPanel("code"),
        MultiFieldPanel(
            [FieldPanel("title_kk"), FieldPanel("title_ru"), FieldPanel("title_en")],
            heading=_("Title"),
        ),
        FieldRowPanel([FieldPanel("category"), FieldPanel("restricted"), FieldPanel("withdrawn")]),
        FieldPanel("groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("units", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("purpose_kk"), FieldPanel("purpose_ru"), FieldPanel("purpose_en")],
            heading=_("Why it is needed and what it should achieve"),
            help_text=_("Required for plans, decisions and policies, in the three languages."),
        ),
        FieldPanel("review_on"),
        InlinePanel("versions", heading=_("Versions"), label=_("version"), min_num=1),
    ]

    class Meta:
        ordering = ["category", "code"]
        verbose_name = _("registered document")
        verbose_name_plural = _("document register")

    def __str__(self):
        return f"{self.code} {self.title_kk}"

    def clean(self):
        self.code = normalize_code(self.code)
        errors = {}
        purposes = [getattr(self, f"purpose_{language}").strip() for language in LANGUAGE_CODES]
        if self.category in PURPOSE_CATEGORIES and not all(purposes):
            for language, text in zip(LANGUAGE_CODES, purposes, strict=True):
                if not text:
                    errors[f"purpose_{language}"] = ValidationError(
                        _("Say why the document is needed, in every language."),
                        code="purpose_required",
                    )
        if self.review_on and self.category != Category.REGULATION:
            errors["review_on"] = ValidationError(
                _("Only regulations carry a review date."), code="review_not_regulation"
            )
        elif self.review_on and self.review_on > years_after(
            timezone.localdate(), REVIEW_INTERVAL_YEARS
        ):
            errors["review_on"] = ValidationError(
                _("Regulations are reviewed at least every 3 years."), code="review_too_late"
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.code = normalize_code(self.code)
        super().save(*args, **kwargs)
        self.sync_file_collections()

    # --- Reading -------------------------------------------------------------------

    def title_for(self, language: str | None = None) -> str:
        language = language or get_language()
        return getattr(self, f"title_{language}", "") or self.title_kk

    @property
    def title(self) -> str:
        return self.title_for()

    def purpose_for(self, language: str | None = None) -> str:
        language = language or get_language()
        return getattr(self, f"purpose_{language}", "") or self.purpose_kk

    @property
    def purpose(self) -> str:
        return self.purpose_for()

    @property
    def review_due(self) -> datetime.date | None:
        """A regulation's review date: the one set, else 3 years after its current
        version took effect. None for other categories."""
        if self.category != Category.REGULATION:
            return None
        if self.review_on:
            return self.review_on
        current = self.current_version
        return years_after(current.effective_date, REVIEW_INTERVAL_YEARS) if current else None

    def ordered_versions(self) -> list:
        """Newest first; uses the prefetched versions when there are some."""
        return sorted(self.versions.all(), key=lambda version: version.number, reverse=True)

    @property
    def current_version(self):
        versions = self.ordered_versions()
        return versions[0] if versions else None

    def status_of(self, version) -> str:
        if self.withdrawn:
            return Status.ARCHIVED
        current = self.current_version
        return Status.IN_FORCE if current and version.pk == current.pk else Status.SUPERSEDED

    @property
    def status(self) -> str:
        return Status.ARCHIVED if self.withdrawn else Status.IN_FORCE

    def get_status_display(self) -> str:
        return Status(self.status).label

    def is_visible_to(self, user) -> bool:
        if not self.restricted:
            return True
        if not is_signed_in(user):
            return False
        return user.is_superuser or self.groups.filter(user=user).exists()

    def group_names(self) -> list[str]:
        return sorted(group.name for group in self.groups.all())

    # --- Files -------------------------------------------------------------------

    def sync_file_collections(self) -> None:
        """Keep files in a collection matching the entry: staff-only files go to a
        collection restricted to signed-in users, so Wagtail's own routes (serve view,
        API) hide them from visitors as well; the group check (DOC4) is ours."""
        files = [
            document for version in self.versions.all() for document in version.files().values()
        ]
        if not files:
            return
        target = staff_collection() if self.restricted else register_collection()
        for document in files:
            if document.collection_id != target.pk:
                document.collection = target
                document.save(update_fields=["collection"])


def _child_collection(name: str) -> Collection:
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first()
    return collection or root.add_child(name=name)


def register_collection() -> Collection:
    return _child_collection(REGISTER_COLLECTION)


def staff_collection() -> Collection:
    collection = _child_collection(STAFF_COLLECTION)
    CollectionViewRestriction.objects.get_or_create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


class DocumentVersion(models.Model):
    document = ParentalKey(RegisteredDocument, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"), editable=False)
    effective_date = models.DateField(_("effective date"))
    file_kk = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file in Kazakh"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    file_ru = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file in Russian"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    file_en = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file in English"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    note = models.CharField(_("what changed"), max_length=300, blank=True)

    panels = [
        FieldPanel("effective_date"),
        FieldRowPanel([FieldPanel("file_kk"), FieldPanel("file_ru"), FieldPanel("file_en")]),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["document", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["document", "number"], name="unique_version_number")
        ]
        verbose_name = _("document version")
        verbose_name_plural = _("document versions")

    def __str__(self):
        return f"{self.document.code} v{self.number}"

    def save(self, *args, **kwargs):
        if not self.number:
            latest = DocumentVersion.objects.filter(document_id=self.document_id).aggregate(
                Max("number")
            )["number__max"]
            self.number = (latest or 0) + 1
        super().save(*args, **kwargs)

    def files(self) -> dict:
        """Language code → Wagtail document, for the languages this version exists in."""
        return {
            language: getattr(self, f"file_{language}")
            for language in LANGUAGE_CODES
            if getattr(self, f"file_{language}_id")
        }

    @property
    def languages(self) -> list[str]:
        return [language for language in LANGUAGE_CODES if getattr(self, f"file_{language}_id")]

    @property
    def status(self) -> str:
        return self.document.status_of(self)

    def get_status_display(self) -> str:
        return Status(self.status).label

    def download_url(self, language: str) -> str:
        return reverse(
            "documents:download",
            kwargs={"pk": self.document_id, "number": self.number, "language": language},
        )

    def downloads(self) -> list[tuple[str, str]]:
        return [(language, self.download_url(language)) for language in self.languages]
