"""The register of the university's units: faculties, departments, offices (W §11.5).

One register feeds everything that names a unit: the unit's contact card on the site
(kept current by its head, P §7.10.4), the person who answers for the unit's pages
(W §11.5), the material a unit submits (W §11.6), and the documents that concern it
(DOC4). A translatable snippet, so wagtail-localize translates the names and texts
while codes, links and the responsible person stay the same in every language.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from portal.social import accounts_from_lines, validate_account_lines


class UnitKind(models.TextChoices):
    FACULTY = "faculty", _("Faculty")
    DEPARTMENT = "department", _("Department")
    OFFICE = "office", _("Office")
    CENTRE = "centre", _("Centre")
    OTHER = "other", _("Other unit")


class Unit(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=300)
    abbreviation = models.CharField(_("abbreviation"), max_length=30, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=UnitKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="subunits",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("the unit's page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The unit's own pages on the site: this page and the pages below it."),
    )
    site_editor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsible for the site"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The one person who answers for the unit's material on the site (W §11.5)."),
    )
    head = models.ForeignKey(
        "people.Person",
        verbose_name=_("head"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The unit's head, from the directory of people."),
    )
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    address = models.CharField(_("address and room"), max_length=300, blank=True)
    office_hours = models.CharField(_("office hours"), max_length=200, blank=True)
    social_links = models.TextField(
        _("social-media accounts"),
        max_length=1500,
        blank=True,
        validators=[validate_account_lines],
        help_text=_("The unit's official accounts (P §4.1.1), one https link per line."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    override_translatable_fields = [
        SynchronizedField("abbreviation"),
        SynchronizedField("kind"),
        SynchronizedField("parent"),
        SynchronizedField("page"),
        SynchronizedField("site_editor"),
        SynchronizedField("head"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("social_links"),
    ]

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("abbreviation"), FieldPanel("kind")]),
        FieldPanel("parent"),
        FieldPanel("page"),
        FieldPanel("site_editor"),
        FieldPanel("head"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("address"),
                FieldPanel("office_hours"),
                FieldPanel("social_links"),
            ],
            heading=_("Contacts"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")

    def __str__(self):
        return f"{self.name} ({self.abbreviation})" if self.abbreviation else self.name

    @property
    def social_accounts(self) -> list[dict]:
        return accounts_from_lines(self.social_links)
