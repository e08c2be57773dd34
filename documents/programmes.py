"""Educational programmes as structured, translatable data (D1, W §9.7).

A translatable snippet (``TranslatableMixin``) rather than StreamField blocks on the
disclosure page: the same programmes feed the disclosure page, the accreditation
terms, the open-data exports and the completeness report, and wagtail-localize
translates them (and shows what is out of date) like any other content. Codes,
levels, forms of study and dates are the same in every language and stay in sync.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class Level(models.TextChoices):
    BACHELOR = "bachelor", _("Bachelor's")
    MASTER = "master", _("Master's")
    DOCTORAL = "doctoral", _("Doctoral")


class StudyForm(models.TextChoices):
    FULL_TIME = "full_time", _("Full-time")
    PART_TIME = "part_time", _("Part-time")
    DISTANCE = "distance", _("Distance learning")


class Programme(TranslatableMixin, models.Model):
    code = models.CharField(_("programme code"), max_length=20, help_text=_("For example 6B06101."))
    name = models.CharField(_("name"), max_length=300)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    study_form = models.CharField(_("form of study"), max_length=20, choices=StudyForm.choices)
    instruction_languages = models.CharField(
        _("languages of instruction"), max_length=100, help_text=_("For example: Kazakh, Russian.")
    )
    accreditation_body = models.CharField(_("accreditation body"), max_length=300, blank=True)
    accredited_until = models.DateField(_("accredited until"), null=True, blank=True)
    disciplines = models.TextField(
        _("disciplines and modules"), blank=True, help_text=_("One discipline or module per line.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    override_translatable_fields = [
        SynchronizedField("code"),
        SynchronizedField("level"),
        SynchronizedField("study_form"),
        SynchronizedField("accredited_until"),
    ]

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("level"), FieldPanel("study_form")]),
        FieldPanel("name"),
        FieldPanel("instruction_languages"),
        MultiFieldPanel(
            [FieldPanel("accreditation_body"), FieldPanel("accredited_until")],
            heading=_("Accreditation"),
        ),
        FieldPanel("disciplines"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["level", "code"]
        verbose_name = _("educational programme")
        verbose_name_plural = _("educational programmes")

    def __str__(self):
        return f"{self.code} {self.name}"

    @property
    def discipline_list(self) -> list[str]:
        return [line.strip() for line in self.disciplines.splitlines() if line.strip()]

    @property
    def is_accredited(self) -> bool:
        return bool(self.accreditation_body and self.accredited_until)
