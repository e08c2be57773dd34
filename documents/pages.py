"""Public pages of the documents app: the document library (DOC1, DOC3) and the
information-disclosure page (D1, D2)."""

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.pages import ContentPage

from .disclosure import items_for_page
from .filters import LibraryFilterForm
from .register import Category, RegisteredDocument

PARENTS = ["sections.SectionPage", "sections.SubsectionPage"]


class DocumentLibraryPage(RoutablePageMixin, ContentPage):
    """Lists register entries the visitor may see, filtered by category, year and
    language and searchable by code; ``<entry id>/`` shows an entry with its archive.

    With ``category`` set the page is a fixed extract of the register (the work plan,
    public reports and financial reporting pages of DOC3)."""

    category = models.CharField(
        _("only this category"),
        max_length=20,
        choices=Category.choices,
        blank=True,
        help_text=_("Leave empty for the whole library."),
    )

    override_translatable_fields = [SynchronizedField("category")]
    api_fields = [APIField("intro"), APIField("category")]
    content_panels = ContentPage.content_panels + [FieldPanel("category")]
    parent_page_types = PARENTS
    subpage_types = []

    class Meta:
        verbose_name = _("document library page")
        verbose_name_plural = _("document library pages")

    def entries_for(self, user) -> list:
        queryset = RegisteredDocument.objects.visible_to(user)
        if self.category:
            queryset = queryset.filter(category=self.category)
        return list(queryset)

    @path("")
    def library(self, request):
        entries = self.entries_for(request.user)
        present = {entry.category for entry in entries}
        categories = [(value, label) for value, label in Category.choices if value in present]
        years = sorted(
            {e.current_version.effective_date.year for e in entries if e.current_version},
            reverse=True,
        )
        form = LibraryFilterForm(
            request.GET or None,
            categories=[] if self.category else categories,
            years=years,
            languages=settings.LANGUAGES,
        )
        if form.is_bound and not form.is_valid():
            results, status = [], 400
        else:
            results, status = form.filter(entries), 200
        response = self.render(
            request,
            context_overrides={"form": form, "entries": results, "filtered": form.is_bound},
        )
        response.status_code = status
        return response

    @path("<int:pk>/")
    def entry(self, request, pk):
        entry = (
            RegisteredDocument.objects.visible_to(request.user)
            .filter(pk=pk, **({"category": self.category} if self.category else {}))
            .first()
        )
        if entry is None:
            raise Http404
        return self.render(
            request,
            context_overrides={"entry": entry},
            template="documents/registered_document.html",
        )

    def entry_url(self, entry) -> str:
        return self.url + self.reverse_subpage("entry", args=[entry.pk])


class DisclosurePage(ContentPage):
    """The mandatory "invariant block" (W §9.7, D1, D2), one field per item so that the
    completeness report (D4) can tell, per language, what is missing, in draft,
    published or out of date. Programmes and the copies of the charter, licence and
    accreditation certificate come from the programme snippets and the register."""

    founding = models.CharField(_("founding date"), max_length=300, blank=True)
    location = models.TextField(_("location"), max_length=600, blank=True)
    working_hours = models.TextField(_("working regime and hours"), max_length=600, blank=True)
    phones = models.TextField(_("phones"), max_length=600, blank=True)
    emails = models.TextField(_("e-mail addresses"), max_length=600, blank=True)
    structure = models.TextField(_("structure and governing bodies"), max_length=3000, blank=True)
    study_forms = models.TextField(_("forms of study"), max_length=1000, blank=True)
    head = models.TextField(_("head of the university"), max_length=1000, blank=True)
    facilities = models.TextField(_("facilities"), max_length=3000, blank=True)
    library = models.TextField(_("scientific library"), max_length=3000, blank=True)
    electronic_resources = models.TextField(
        _("electronic resources for students"), max_length=3000, blank=True
    )

    content_panels = ContentPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("founding"),
                FieldPanel("location"),
                FieldPanel("working_hours"),
                FieldPanel("phones"),
                FieldPanel("emails"),
            ],
            heading=_("About the university"),
        ),
        MultiFieldPanel(
            [FieldPanel("structure"), FieldPanel("head"), FieldPanel("study_forms")],
            heading=_("Governance and study"),
        ),
        MultiFieldPanel(
            [FieldPanel("facilities"), FieldPanel("library"), FieldPanel("electronic_resources")],
            heading=_("Facilities and resources"),
        ),
    ]
    api_fields = [
        APIField(name)
        for name in (
            "founding",
            "location",
            "working_hours",
            "phones",
            "emails",
            "structure",
            "study_forms",
            "head",
            "facilities",
            "library",
            "electronic_resources",
        )
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("structure"),
        index.SearchField("facilities"),
    ]
    parent_page_types = PARENTS
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("information disclosure page")
        verbose_name_plural = _("information disclosure pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = items_for_page(self)
        return context
