"""The document register (DOC1, DOC2, W §13): one entry per identification code, its
numbered versions, each with a file per language.

Files are ordinary Wagtail documents (the library, choosers, permissions and the
``serve_view`` stay Wagtail's); the register only points at them. A version's files
are protected from deletion, so nothing registered is ever lost, and every version
keeps a stable download URL ``/register/<entry>/v<number>/<language>/``.
"""

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Exists, Max, OuterRef, Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Collection, CollectionViewRestriction

from .codes import CODE_MAX_LENGTH, normalize_code, validate_identification_code

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
STAFF_COLLECTION = "Staff-only documents"
REGISTER_COLLECTION = "Document register"


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
