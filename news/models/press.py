"""Press (N4): press releases and official statements, each attributed to a public person
of the directory (``people.Person`` who may speak officially, P §8.3–8.4), and the press
centre with media contacts."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail_localize.fields import SynchronizedField

from news.feeds import FEEDS
from people.choosers import PublicPersonChooserWidget
from people.directory import Person
from portal.pages import BasePage, ContentPage

from .base import DatedIndexPage, DatedItemPage
from .media import MediaCornerPage


class PressIndexPage(RoutablePageMixin, DatedIndexPage, ContentPage):
    """The press centre: press releases and statements, with media contacts in the body,
    and RSS and Atom feeds of its own."""

    item_model = "news.PressReleasePage"
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = ["news.PressReleasePage", "news.MediaCornerPage"]
    template = "news/press_index_page.html"

    class Meta:
        verbose_name = _("press centre")
        verbose_name_plural = _("press centres")

    def get_items(self):
        return super().get_items().select_related("speaker")

    @re_path(r"^feed/(?P<kind>rss|atom)/$", name="feed")
    def feed(self, request, kind):
        return FEEDS[kind]()(request, index=self)

    def get_context(self, request, *args, **kwargs):
        """Each listed release's speaker in the visitor's language, in one query."""
        context = super().get_context(request, *args, **kwargs)
        items = list(context["items"])
        keys = {item.speaker.translation_key for item in items}
        localized = {
            person.translation_key: person
            for person in Person.objects.filter(translation_key__in=keys).in_language(
                get_language() or self.locale.language_code
            )
        }
        for item in items:
            item.speaker_localized = localized.get(item.speaker.translation_key, item.speaker)
        context["media_corner"] = MediaCornerPage.objects.live().child_of(self).first()
        return context


class PressReleasePage(DatedItemPage):
    """A press release or an official statement, attributed to a public person."""

    class Kind(models.TextChoices):
        RELEASE = "release", _("Press release")
        STATEMENT = "statement", _("Official statement")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.RELEASE)
    speaker = models.ForeignKey(
        "people.Person",
        verbose_name=_("attributed to"),
        on_delete=models.PROTECT,
        related_name="press_releases",
        help_text=_("Only a public person in office may speak for the university (P §8.3–8.4)."),
    )

    # The speaker is the same person in every translation (shown in the visitor's
    # language); a translation does not wait for the person's own translation.
    override_translatable_fields = [SynchronizedField("speaker")]

    parent_page_types = ["news.PressIndexPage"]
    template = "news/press_release_page.html"

    content_panels = (
        BasePage.content_panels
        + [
            FieldPanel("date"),
            FieldPanel("kind"),
            FieldPanel("speaker", widget=PublicPersonChooserWidget),
        ]
        + ContentPage.body_panels
    )

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")

    def clean(self):
        super().clean()
        if self.speaker_id and not self.speaker.may_speak_officially:
            message = _(
                "%(person)s is not a public person in office: only the president, "
                "the rector, vice-rectors, deans and the head of marketing may make "
                "official statements (P §8.3–8.4)."
            )
            raise ValidationError(
                {
                    "speaker": ValidationError(
                        message, code="not_a_public_person", params={"person": self.speaker.name}
                    )
                }
            )
