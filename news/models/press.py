"""Press (N4): press releases and official statements, each attributed to a public person
from a managed list (P §8.3–8.4), and the press centre with media contacts."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path

from news.feeds import FEEDS
from portal.pages import BasePage, ContentPage

from .base import DatedIndexPage, DatedItemPage


class PublicPerson(models.Model):
    """Someone who may speak for the university. The list is kept by the press service;
    only the positions P §8.3 names may make official statements."""

    class Position(models.TextChoices):
        PRESIDENT = "president", _("President")
        RECTOR = "rector", _("Rector")
        VICE_RECTOR = "vice_rector", _("Vice-rector")
        DEAN = "dean", _("Dean")
        MARKETING_HEAD = "marketing_head", _("Head of marketing")
        OTHER = "other", _("Other staff (may not make official statements)")

    PUBLIC_POSITIONS = {
        Position.PRESIDENT,
        Position.RECTOR,
        Position.VICE_RECTOR,
        Position.DEAN,
        Position.MARKETING_HEAD,
    }

    name = models.CharField(_("name"), max_length=150, unique=True)
    name_latin = models.CharField(
        _("name in Latin letters"), max_length=150, blank=True, help_text=_("Shown in English.")
    )
    position = models.CharField(_("position"), max_length=20, choices=Position.choices)
    active = models.BooleanField(
        _("in office"), default=True, help_text=_("Clear when the person leaves the position.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("name_latin"),
        FieldPanel("position"),
        FieldPanel("active"),
    ]

    class Meta:
        verbose_name = _("public person")
        verbose_name_plural = _("public persons")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.get_position_display()})"

    @property
    def is_public(self) -> bool:
        return self.active and self.position in self.PUBLIC_POSITIONS

    @property
    def display_name(self) -> str:
        if get_language() == "en" and self.name_latin:
            return self.name_latin
        return self.name


class PressIndexPage(RoutablePageMixin, DatedIndexPage, ContentPage):
    """The press centre: press releases and statements, with media contacts in the body,
    and RSS and Atom feeds of its own."""

    item_model = "news.PressReleasePage"
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = ["news.PressReleasePage"]
    template = "news/press_index_page.html"

    class Meta:
        verbose_name = _("press centre")
        verbose_name_plural = _("press centres")

    def get_items(self):
        return super().get_items().select_related("speaker")

    @re_path(r"^feed/(?P<kind>rss|atom)/$", name="feed")
    def feed(self, request, kind):
        return FEEDS[kind]()(request, index=self)


class PressReleasePage(DatedItemPage):
    """A press release or an official statement, attributed to a public person."""

    class Kind(models.TextChoices):
        RELEASE = "release", _("Press release")
        STATEMENT = "statement", _("Official statement")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.RELEASE)
    speaker = models.ForeignKey(
        "news.PublicPerson",
        verbose_name=_("attributed to"),
        on_delete=models.PROTECT,
        related_name="press_releases",
        help_text=_("Only a public person in office may speak for the university (P §8.3–8.4)."),
    )

    parent_page_types = ["news.PressIndexPage"]
    template = "news/press_release_page.html"

    content_panels = (
        BasePage.content_panels
        + [FieldPanel("date"), FieldPanel("kind"), FieldPanel("speaker")]
        + ContentPage.body_panels
    )

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")

    def clean(self):
        super().clean()
        if self.speaker_id and not self.speaker.is_public:
            raise ValidationError(
                {
                    "speaker": _(
                        "%(person)s is not a public person in office: only the president, "
                        "the rector, vice-rectors, deans and the head of marketing may make "
                        "official statements (P §8.3–8.4)."
                    )
                    % {"person": self.speaker.name}
                }
            )
