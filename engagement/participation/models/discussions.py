"""Public discussions (E2, W §8.3.9): an editor opens a document, report or
anti-corruption measure for discussion on a page of its own, in three languages
through the normal page translation. Visitors send proposals (contributions of
``portal.contributions``, held for moderation) between the opening and closing dates;
after closing, the form closes by itself and the page shows the outcome.

Proposals sent on the kk, ru and en pages belong to one discussion: they are shown
and exported together, by the pages' translation key.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField

from engagement.participation.discussion_forms import ProposalForm
from portal.contributions.models import Contribution
from portal.contributions.receiving import receive
from portal.form_origin import public_form
from portal.pages import BasePage, ContentPage


class DiscussionSubject(models.TextChoices):
    DOCUMENT = "document", _("A draft document")
    REPORT = "report", _("A report")
    ANTI_CORRUPTION = "anti_corruption", _("An anti-corruption measure")


class DiscussionState(models.TextChoices):
    UPCOMING = "upcoming", _("Not open yet")
    OPEN = "open", _("Open for proposals")
    CLOSED = "closed", _("Closed")


class DiscussionPage(RoutablePageMixin, ContentPage):
    """The discussed text is the body, or a register entry, or both."""

    subject = models.CharField(
        _("what is discussed"),
        max_length=20,
        choices=DiscussionSubject.choices,
        default=DiscussionSubject.DOCUMENT,
    )
    document = models.ForeignKey(
        "documents.RegisteredDocument",
        verbose_name=_("document from the register"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"))
    responsible_unit = models.ForeignKey(
        "people.Unit",
        verbose_name=_("responsible unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The unit that receives the proposals (CSV export)."),
    )
    outcome = RichTextField(
        _("outcome"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("What was decided and which proposals were taken up; shown after closing."),
    )

    override_translatable_fields = [
        SynchronizedField("subject"),
        SynchronizedField("document"),
        SynchronizedField("opens_at"),
        SynchronizedField("closes_at"),
        SynchronizedField("responsible_unit"),
    ]

    parent_page_types = ["sections.SectionPage", "sections.SubsectionPage"]
    subpage_types = []
    show_in_menus_default = False
    template = "participation/discussion_page.html"

    content_panels = (
        BasePage.content_panels
        + [
            FieldRowPanel([FieldPanel("subject"), FieldPanel("document")]),
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")])],
                heading=_("Discussion period"),
            ),
            FieldPanel("responsible_unit"),
        ]
        + ContentPage.body_panels
        + [FieldPanel("outcome")]
    )

    class Meta:
        verbose_name = _("public discussion")
        verbose_name_plural = _("public discussions")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError(
                {"closes_at": _("The discussion must close after it opens.")},
                code="closes_before_opening",
            )

    def state(self, now=None) -> str:
        now = now or timezone.now()
        if now < self.opens_at:
            return DiscussionState.UPCOMING
        if now >= self.closes_at:
            return DiscussionState.CLOSED
        return DiscussionState.OPEN

    @property
    def is_open(self) -> bool:
        return self.state() == DiscussionState.OPEN

    def all_proposals(self):
        """Proposals sent on any language version of this discussion."""
        return Proposal.objects.filter(page__translation_key=self.translation_key)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        state = self.state()
        context["state"] = state
        context["state_label"] = DiscussionState(state).label
        context["proposals"] = (
            self.all_proposals()
            .filter(status=Proposal.Status.APPROVED)
            .order_by("created_at", "pk")
        )
        if state == DiscussionState.OPEN:
            context.setdefault("proposal_form", ProposalForm())
            context["proposal_url"] = self.url + self.reverse_subpage("propose")
        return context

    @path("")
    def discussion_view(self, request):
        response = self.render(request)
        if self.state() == DiscussionState.UPCOMING:
            # It opens by the clock, not by a publish that would purge a shared cache.
            add_never_cache_headers(response)
        return response

    @path("propose/", name="propose")
    @public_form
    def propose(self, request):
        if request.method != "POST":
            return redirect(self.url)
        if not self.is_open:
            response = self.render(request)
            response.status_code = 403
            return response

        def invalid(form):
            response = self.render(request, context_overrides={"proposal_form": form})
            response.status_code = 400
            return response

        return receive(
            request,
            ProposalForm,
            save=lambda data: Proposal.objects.create(
                page=self,
                name=data["name"],
                email=data["email"],
                text=data["text"],
                clause=data["clause"],
                consent_at=timezone.now(),
            ),
            invalid=invalid,
            thanks=_(
                "Thank you! Your proposal is awaiting moderation and will appear "
                "once it is approved."
            ),
            then=self.url + "#proposals",
        )


class Proposal(Contribution):
    """A visitor's proposal in a public discussion."""

    page = models.ForeignKey(
        DiscussionPage,
        verbose_name=_("discussion"),
        on_delete=models.CASCADE,
        related_name="proposals",
    )
    text = models.TextField(_("proposal"), max_length=5000)
    clause = models.CharField(_("clause"), max_length=200, blank=True)
    consent_at = models.DateTimeField(_("consent to personal-data processing given"))

    class Meta(Contribution.Meta):
        verbose_name = _("discussion proposal")
        verbose_name_plural = _("discussion proposals")
        indexes = [models.Index(fields=["page", "status"])]


__all__ = ["DiscussionPage", "DiscussionState", "DiscussionSubject", "Proposal"]
