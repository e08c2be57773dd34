"""Public councils (W §8.3.5): each council with its members (people of the directory
or members from outside the university), its regulations and meeting minutes as entries
of the document register, and its meetings with their agenda and decisions.

A council is a translatable snippet with its members and meetings as translatable
child rows, so wagtail-localize translates names, roles, agendas and decisions together
while dates, the chosen people and the register entries stay in sync. The register keeps
the documents (codes, versions, restricted flag): a council only points at its entries,
and a restricted entry is never shown on the public page.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from documents.register import RegisteredDocument
from people.directory import Person
from portal.pages import ContentPage

__all__ = ["Council", "CouncilIndexPage", "CouncilMeeting", "CouncilMember"]


class Council(TranslatableMixin, ClusterableModel):
    name = models.CharField(_("name"), max_length=300)
    purpose = models.TextField(_("purpose"), max_length=2000, blank=True)
    regulations = models.ForeignKey(
        "documents.RegisteredDocument",
        verbose_name=_("regulations"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The council's regulations, from the document register."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("purpose"),
        SynchronizedField("regulations"),
        SynchronizedField("email"),
        SynchronizedField("sort_order"),
        TranslatableField("members"),
        TranslatableField("meetings"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("purpose"),
        FieldPanel("regulations"),
        FieldPanel("email"),
        FieldPanel("sort_order"),
        InlinePanel("members", heading=_("Members"), label=_("member")),
        InlinePanel("meetings", heading=_("Meetings"), label=_("meeting")),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("public council")
        verbose_name_plural = _("public councils")

    def __str__(self):
        return self.name


class CouncilMember(TranslatableMixin, Orderable):
    """A member: a person of the directory, or someone from outside named here."""

    class Role(models.TextChoices):
        CHAIR = "chair", _("Chair")
        DEPUTY = "deputy", _("Deputy chair")
        SECRETARY = "secretary", _("Secretary")
        MEMBER = "member", _("Member")

    council = ParentalKey(Council, on_delete=models.CASCADE, related_name="members")
    person = models.ForeignKey(
        "people.Person",
        verbose_name=_("person of the directory"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="council_memberships",
    )
    external_name = models.CharField(
        _("external member"),
        max_length=150,
        blank=True,
        help_text=_("For a member from outside the university: the full name."),
    )
    affiliation = models.CharField(
        _("organisation and position"),
        max_length=300,
        blank=True,
        help_text=_("For a member from outside the university."),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)

    translatable_fields = [
        SynchronizedField("person"),
        TranslatableField("external_name"),
        TranslatableField("affiliation"),
        SynchronizedField("role"),
    ]

    panels = [
        FieldPanel("person"),
        FieldPanel("external_name"),
        FieldPanel("affiliation"),
        FieldPanel("role"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("council member")
        verbose_name_plural = _("council members")

    def clean(self):
        super().clean()
        if bool(self.person_id) == bool(self.external_name.strip()):
            raise ValidationError(
                _("Choose a person of the directory or name an external member, not both."),
                code="one_member",
            )


class CouncilMeeting(TranslatableMixin, Orderable):
    council = ParentalKey(Council, on_delete=models.CASCADE, related_name="meetings")
    date = models.DateField(_("date"))
    agenda = models.TextField(_("agenda"), max_length=4000)
    decisions = models.TextField(_("decisions"), max_length=4000, blank=True)
    minutes = models.ForeignKey(
        "documents.RegisteredDocument",
        verbose_name=_("minutes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The signed minutes, from the document register."),
    )

    translatable_fields = [
        SynchronizedField("date"),
        TranslatableField("agenda"),
        TranslatableField("decisions"),
        SynchronizedField("minutes"),
    ]

    panels = [
        FieldPanel("date"),
        FieldPanel("agenda"),
        FieldPanel("decisions"),
        FieldPanel("minutes"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["-date"]
        verbose_name = _("council meeting")
        verbose_name_plural = _("council meetings")


class CouncilIndexPage(ContentPage):
    """The Public councils page: every council of this language with its members,
    regulations and meetings (newest first) with their minutes. Restricted register
    entries are left out for visitors who may not see them."""

    parent_page_types = ["sections.SectionPage", "sections.SubsectionPage"]
    subpage_types = []
    template = "councils/council_index_page.html"

    class Meta:
        verbose_name = _("public councils page")
        verbose_name_plural = _("public councils pages")

    def councils(self, user) -> list[Council]:
        language = self.locale.language_code
        visible = set(RegisteredDocument.objects.visible_to(user).values_list("pk", flat=True))
        councils = list(
            Council.objects.filter(locale_id=self.locale_id)
            .select_related("regulations")
            .prefetch_related(
                models.Prefetch(
                    "members",
                    CouncilMember.objects.select_related("person").order_by("sort_order"),
                ),
                models.Prefetch(
                    "meetings",
                    CouncilMeeting.objects.select_related("minutes").order_by("-date"),
                ),
            )
        )
        keys = {m.person.translation_key for c in councils for m in c.members.all() if m.person}
        people = {
            person.translation_key: person
            for person in Person.objects.filter(translation_key__in=keys).in_language(language)
        }
        for council in councils:
            council.public_regulations = (
                council.regulations if council.regulations_id in visible else None
            )
            for member in council.members.all():
                member.shown_person = member.person and people.get(
                    member.person.translation_key, member.person
                )
            for meeting in council.meetings.all():
                meeting.public_minutes = meeting.minutes if meeting.minutes_id in visible else None
        return councils

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["councils"] = self.councils(request.user)
        return context
