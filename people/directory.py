"""The directory of staff and teachers (W §8.5), who among them may speak for the
university (P §8.3–8.4) and the experts pool the rector approves (P glossary).

One translatable snippet (``TranslatableMixin``) rather than one page per person: a
person is a record that many places name (the directory, the Administration page's
leaders, a unit's head, contact cards, press releases, news items, councils), and each
of those must show the same, current person. As a snippet wagtail-localize translates
the names and texts (and shows what is out of date) while contacts, photo, unit, dates
and the public-person flags stay in sync with the Kazakh source. The person's public
page in each language is a route of the directory page of that language
(``people.pages.DirectoryPage``), so 2,000 people do not add 6,000 pages to the tree,
to the workflows and to the translation queue.
"""

import unicodedata

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.blocks.contact import validate_phone
from portal.languages import SOURCE_LANGUAGE
from portal.pages import public_pages

from .translit import name_key, query_keys

__all__ = ["Category", "Person", "PublicPosition", "position_key"]

NAME_MAX_LENGTH = 150


class PublicPosition(models.TextChoices):
    """The positions P §8.3–8.4 allow to make official statements."""

    PRESIDENT = "president", _("President")
    RECTOR = "rector", _("Rector")
    VICE_RECTOR = "vice_rector", _("Vice-rector")
    DEAN = "dean", _("Dean")
    MARKETING_HEAD = "marketing_head", _("Head of marketing")


class Category(models.TextChoices):
    """The kind of position, the directory's position filter (the position itself is
    free, translatable text)."""

    LEADERSHIP = "leadership", _("Leadership")
    HEAD = "head", _("Heads of units")
    TEACHER = "teacher", _("Teaching staff")
    STAFF = "staff", _("Administrative staff")


class PersonQuerySet(models.QuerySet):
    def in_language(self, language_code: str):
        """Everyone, once, in ``language_code``: the translation where there is one,
        else the Kazakh source (a new person is listed before being translated)."""
        translated = self.model.objects.filter(
            translation_key=OuterRef("translation_key"), locale__language_code=language_code
        )
        return self.filter(
            Q(locale__language_code=language_code)
            | Q(locale__language_code=SOURCE_LANGUAGE) & ~Exists(translated)
        )

    def public_persons(self):
        """Who may speak for the university now: a public position, in office."""
        return self.exclude(public_position="").filter(in_office=True)

    def approved_experts(self, on=None):
        """The experts pool: people with areas of expertise whom the rector approved."""
        return self.exclude(expertise="").filter(
            expert_approved_on__isnull=False, expert_approved_on__lte=on or timezone.localdate()
        )

    def search(self, query: str):
        """People whose name matches every word of ``query`` in any script's spelling."""
        return self.filter(name_matches(query))


def name_matches(query: str) -> Q:
    """A condition true for people whose name has every word of ``query`` in any
    script's spelling (one indexed ``LIKE`` per word); never true for a query
    without letters."""
    words = query_keys(query)
    if not words:
        return Q(pk__in=[])
    condition = Q()
    for word in words:
        condition &= Q(name_key__contains=word)
    return condition


def position_key(position: str) -> str:
    """A position as the site search compares it: NFC, case-folded, ё as е. Stored
    (``Person.position_key``) so one ``LIKE`` finds a word in any case on every
    database (SQLite's ``LIKE`` folds only ASCII letters)."""
    return unicodedata.normalize("NFC", position).casefold().replace("ё", "е")


def approved_expert_choices():
    """The choices of a news item's experts: approved experts of the Kazakh source
    (a translated item reads its experts from its source)."""
    return Q(
        locale__language_code=SOURCE_LANGUAGE, expert_approved_on__lte=timezone.localdate()
    ) & ~Q(expertise="")


class Person(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("full name"), max_length=NAME_MAX_LENGTH)
    slug = models.SlugField(
        _("address"),
        max_length=80,
        help_text=_("Latin letters, digits and hyphens: the end of the person's page address."),
    )
    position = models.CharField(
        _("position"), max_length=200, blank=True, help_text=_("For example: Dean of the faculty.")
    )
    category = models.CharField(
        _("kind of position"), max_length=20, choices=Category.choices, default=Category.STAFF
    )
    unit = models.ForeignKey(
        "people.Unit",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    public_position = models.CharField(
        _("public position"),
        max_length=20,
        choices=PublicPosition.choices,
        blank=True,
        help_text=_(
            "Only the president, the rector, vice-rectors, deans and the head of marketing "
            "may make official statements (P §8.3–8.4)."
        ),
    )
    in_office = models.BooleanField(
        _("in office"), default=True, help_text=_("Clear when the person leaves the position.")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt = models.CharField(
        _("photo description"),
        max_length=250,
        blank=True,
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True, validators=[validate_phone])
    office = models.CharField(_("office"), max_length=200, blank=True)
    office_hours = models.CharField(_("office hours"), max_length=200, blank=True)
    degrees = models.CharField(_("degrees and titles"), max_length=300, blank=True)
    biography = models.TextField(_("short biography"), max_length=3000, blank=True)
    expertise = models.TextField(
        _("areas of expertise"),
        max_length=1000,
        blank=True,
        help_text=_("One area per line."),
    )
    expert_approved_on = models.DateField(
        _("approved as an expert on"),
        null=True,
        blank=True,
        help_text=_("The date of the rector's approval; only approved experts are shown."),
    )
    # The name folded to one Latin spelling (people.translit), for the search by name.
    name_key = models.CharField(max_length=400, editable=False, db_index=True, default="")
    # The position folded for the site search (position_key()).
    position_key = models.CharField(max_length=400, editable=False, default="")

    objects = PersonQuerySet.as_manager()

    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("category"),
        SynchronizedField("unit"),
        SynchronizedField("public_position"),
        SynchronizedField("in_office"),
        SynchronizedField("photo"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("expert_approved_on"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("position"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("position"), FieldPanel("category")]),
        FieldPanel("unit"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("public_position"), FieldPanel("in_office")])],
            heading=_("Public person"),
        ),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt")], heading=_("Photo")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldRowPanel([FieldPanel("office"), FieldPanel("office_hours")]),
            ],
            heading=_("Contacts"),
        ),
        FieldPanel("degrees"),
        FieldPanel("biography"),
        MultiFieldPanel(
            [FieldPanel("expertise"), FieldPanel("expert_approved_on")],
            heading=_("Experts pool"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="person_slug_per_locale")
        ]

    def __str__(self):
        return f"{self.name} ({self.position_label})" if self.position_label else self.name

    def save(self, *args, **kwargs):
        self.name_key = name_key(self.name)
        self.position_key = position_key(self.position)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            keys = {"name": "name_key", "position": "position_key"}
            kwargs["update_fields"] = {*update_fields} | {
                key for field, key in keys.items() if field in update_fields
            }
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_alt.strip():
            raise ValidationError(
                {"photo_alt": _("Describe the photo for people who cannot see it.")},
                code="photo_alt_required",
            )
        if self.expert_approved_on and not self.expertise.strip():
            raise ValidationError(
                {"expertise": _("An expert needs at least one area of expertise.")},
                code="expertise_required",
            )

    @property
    def position_label(self) -> str:
        return self.position or self.get_public_position_display()

    @property
    def may_speak_officially(self) -> bool:
        return bool(self.public_position) and self.in_office

    @property
    def is_approved_expert(self) -> bool:
        return bool(
            self.expertise.strip()
            and self.expert_approved_on
            and self.expert_approved_on <= timezone.localdate()
        )

    @property
    def expertise_areas(self) -> list[str]:
        return [line.strip() for line in self.expertise.splitlines() if line.strip()]

    def in_current_language(self):
        """This person in the active language, else this record (one query, or none
        when the translations were fetched with it: ``translations_by_language``, set
        by the person card's chooser for a whole page)."""
        language = get_language()
        prefetched = getattr(self, "translations_by_language", None)
        if prefetched is not None and language:
            return prefetched.get(language) or prefetched.get(SOURCE_LANGUAGE) or self
        if self.locale_id and language and language != getattr(self.locale, "language_code", ""):
            return (
                Person.objects.filter(translation_key=self.translation_key)
                .in_language(language)
                .select_related("photo", "unit")
                .first()
                or self
            )
        return self

    @classmethod
    def source_locale(cls) -> Locale:
        return Locale.objects.get(language_code=SOURCE_LANGUAGE)

    def news_spoken_in(self, language_code: str, limit: int = 20):
        """Live news items of ``language_code`` in which this person spoke as an expert.

        News items choose their experts (``news.NewsPage.experts``, the reverse relation
        ``news_items``); a translated news item is matched through its Kazakh source, so
        the list is the same whichever translation of the person the editor chose.
        """
        news_model = self._meta.get_field("news_items").related_model
        spoken = news_model.objects.filter(experts__translation_key=self.translation_key).values(
            "translation_key"
        )
        return (
            public_pages(news_model)
            .filter(locale__language_code=language_code, translation_key__in=spoken)
            .filter(withdrawn_on__isnull=True)
            .defer_streamfields()
            .order_by("-date", "-pk")[:limit]
        )
