"""The regulated sections and subsections of S1, external links and contacts."""

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_localize.fields import SynchronizedField

from portal.blocks.contact import validate_phone
from portal.pages import BasePage, BodyMixin, ContentPage

from .tree import MAX_PAGE_DEPTH


def split_lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


def validate_phone_lines(value: str) -> None:
    """Each line is a phone number by the same rule as the contact-card block."""
    for line in split_lines(value):
        validate_phone(line)


def validate_email_lines(value: str) -> None:
    for line in split_lines(value):
        try:
            validate_email(line)
        except ValidationError as error:
            raise ValidationError(
                _("“%(value)s” is not a valid e-mail address."),
                code="invalid_email",
                params={"value": line},
            ) from error


class ThreeClicksFromHomeMixin:
    """Refuses creation deeper than ``MAX_PAGE_DEPTH`` in the admin."""

    @classmethod
    def can_create_at(cls, parent):
        return super().can_create_at(parent) and parent.depth < MAX_PAGE_DEPTH


# What an editor may add inside a section or subsection: more structure, or the
# register-backed pages of the documents and open-data apps (by string: no import).
SECTION_CHILD_TYPES = [
    "sections.SubsectionPage",
    "sections.ExternalLinkPage",
    "documents.DocumentLibraryPage",
    "documents.DisclosurePage",
    "opendata.OpenDataCatalogPage",
    "participation.DiscussionPage",
    "people.DirectoryPage",
    "people.ExpertIndexPage",
    "councils.CouncilIndexPage",
]


class SectionPage(ContentPage):
    """A top-level section of the prescribed structure (University, Applicant…)."""

    parent_page_types = ["home.HomePage"]
    subpage_types = SECTION_CHILD_TYPES

    class Meta:
        verbose_name = _("section page")
        verbose_name_plural = _("section pages")


class SubsectionPage(ThreeClicksFromHomeMixin, ContentPage):
    """A subsection (Administration, Admission of documents…); may nest once more."""

    parent_page_types = ["home.HomePage", "sections.SectionPage", "sections.SubsectionPage"]
    subpage_types = SECTION_CHILD_TYPES

    class Meta:
        verbose_name = _("subsection page")
        verbose_name_plural = _("subsection pages")


class ExternalLinkPage(ThreeClicksFromHomeMixin, BasePage):
    """A menu entry that leads off-site (Personal account, Enbek.kz).

    Menus link straight to ``link_url`` and mark it external; the page itself still
    renders, so a shared or bookmarked portal URL explains where it leads. (Not
    named ``url``: that would shadow ``Page.url``.)
    """

    link_url = models.URLField(_("external address"), max_length=500)

    parent_page_types = ["sections.SectionPage", "sections.SubsectionPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [FieldPanel("link_url")]

    class Meta:
        verbose_name = _("external link")
        verbose_name_plural = _("external links")


class ContactsPage(ContentPage):
    """Contacts: address, phones, e-mails, hours, map (S1, D1). Also feeds the footer."""

    address = models.TextField(_("address"), max_length=400)
    phones = models.TextField(
        _("phones"),
        blank=True,
        max_length=400,
        validators=[validate_phone_lines],
        help_text=_("One phone number per line."),
    )
    emails = models.TextField(
        _("e-mail addresses"),
        blank=True,
        max_length=400,
        validators=[validate_email_lines],
        help_text=_("One address per line."),
    )
    working_hours = models.TextField(_("working hours"), blank=True, max_length=400)
    map_url = models.URLField(_("map link"), blank=True, max_length=500)

    # Phones and e-mails are the same in every language: keep them in sync with kk.
    override_translatable_fields = [SynchronizedField("phones"), SynchronizedField("emails")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = (
        BasePage.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("address"),
                    FieldPanel("phones"),
                    FieldPanel("emails"),
                    FieldPanel("working_hours"),
                    FieldPanel("map_url"),
                ],
                heading=_("Contact details"),
            )
        ]
        + BodyMixin.body_panels
    )

    class Meta:
        verbose_name = _("contacts page")
        verbose_name_plural = _("contacts pages")

    @property
    def phone_list(self) -> list[str]:
        return split_lines(self.phones)

    @property
    def email_list(self) -> list[str]:
        return split_lines(self.emails)
