"""News (N1): an index with tag and category filters, a permanent archive by year and
month (P §3.2.3), RSS and Atom feeds per locale and tag, and news items with a hero
image, photo and video reports (W §8.3.8), related news and a withdrawal notice."""

import datetime
import functools
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Exists, Func, OuterRef, Q, Subquery
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.utils import formats, translation
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from news.categories import CATEGORY_CHOICES
from news.feeds import FEEDS
from news.forms import ArchiveForm, NewsFilterForm, TagForm
from people.directory import Person, approved_expert_choices
from portal.blocks.media import validate_alt_text
from portal.listing import paginate
from portal.pages import BasePage, ContentPage, pages_among, public_pages

from .archive import stored_month_counts
from .base import ITEMS_PER_PAGE, DatedIndexPage, DatedItemPage

RELATED_COUNT = 3


RSS = "application/rss+xml"
ATOM = "application/atom+xml"


def news_feeds(index_url: str) -> list[dict]:
    """The locale's RSS and Atom feeds, given its News index's URL."""
    return [
        {"type": RSS, "title": _("News (RSS)"), "url": index_url + "feed/rss/"},
        {"type": ATOM, "title": _("News (Atom)"), "url": index_url + "feed/atom/"},
    ]


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsIndexPage(RoutablePageMixin, DatedIndexPage):
    """The News section: the newest items, filters, the archive and the feeds."""

    item_model = "news.NewsPage"
    template = "news/news_index_page.html"
    subpage_types = ["news.NewsPage", "news.EventIndexPage", "news.PressIndexPage"]

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def all_items(self):
        """Every item, withdrawn ones included: the archive keeps them (P §3.2.3)."""
        return super().get_items()

    def get_items(self):
        """Items for a listing: hero images are joined by the manager, their
        renditions fetched in one more query."""
        return self.all_items().prefetch_related("hero_image__renditions")

    def current_items(self):
        """The items the index and the feeds show: withdrawn ones leave them."""
        return self.get_items().filter(withdrawn_on__isnull=True)

    def month_counts(self) -> list[dict]:
        """Every month that has news, newest first, with how many items it has in all and
        how many are current: the archive's URLs and the listings' page counts.

        Counting reads every item of the index, so the counts are stored in the database
        (:mod:`news.models.archive`): counted on the first view after news is published,
        withdrawn, moved or deleted, then read as one row on every view, with the page
        cache on or off (docs/performance.md)."""
        return stored_month_counts(self.pk, self._count_months)

    def _count_months(self) -> list[dict]:
        """:meth:`month_counts` from the database, in one query."""
        return list(
            self.all_items()
            .order_by()
            .annotate(month=TruncMonth("date"))
            .values("month")
            .annotate(
                total=Count("pk"),
                current=Count("pk", filter=Q(withdrawn_on__isnull=True)),
            )
            .order_by("-month")
        )

    def archive_links(self, months: list[dict]) -> list[tuple[datetime.date, str, str]]:
        """Each month's date, address and name ("November 2026") for the archive's
        navigation. Ten years of news are 120 months: the index's URL is worked out once
        (``Page.url`` looks the site's root paths up again on every call), and a month's
        address below it and its name in a language once per process (a ``reverse``
        and Django's ``date`` filter per month cost 15 ms for 124 months)."""
        url, language = self.url, translation.get_language()
        return [
            (
                row["month"],
                url + _month_subpath(type(self), row["month"]),
                _month_name(language, row["month"]),
            )
            for row in months
        ]

    def feed_url(self, kind: str, tag: Tag | None = None) -> str:
        if tag is not None:
            return self.url + self.reverse_subpage(
                "tag_feed", kwargs={"tag": tag.slug, "kind": kind}
            )
        return self.url + self.reverse_subpage("feed", kwargs={"kind": kind})

    def feeds(self, tag: Tag | None = None) -> list[dict]:
        """The feeds a page advertises with ``<link rel="alternate">``."""
        feeds = news_feeds(self.url)
        if tag is not None:
            label = _("News tagged “%(tag)s”") % {"tag": tag.name}
            feeds += [
                {"type": RSS, "title": f"{label} (RSS)", "url": self.feed_url("rss", tag)},
                {"type": ATOM, "title": f"{label} (Atom)", "url": self.feed_url("atom", tag)},
            ]
        return feeds

    def get_context(self, request, *args, items=None, count=None, **kwargs):
        """``count``, when the caller already knows it, spares the paginator its query."""
        context = super(DatedIndexPage, self).get_context(request, *args, **kwargs)
        items = self.current_items() if items is None else items
        context["items"] = paginate(request, items, ITEMS_PER_PAGE, count)
        context.setdefault("feeds", self.feeds())
        return context

    @path("")
    def index_view(self, request):
        form = NewsFilterForm(request.GET)
        if not form.is_valid():
            raise Http404
        slug, category = form.cleaned_data["tag"], form.cleaned_data["category"]
        items = self.current_items()
        if category:
            items = items.filter(category=category)
        context = {
            "categories": CATEGORY_CHOICES,
            "active_category": dict(CATEGORY_CHOICES).get(category),
            "query": urlencode({k: v for k, v in form.cleaned_data.items() if v}),
        }
        if slug:
            # The tag and how many listed items carry it, in one query.
            matching = items.filter(tags=OuterRef("pk")).order_by()
            counted = matching.annotate(n=Func("pk", function="COUNT")).values("n")[:1]
            tag = Tag.objects.filter(slug=slug).annotate(items=Subquery(counted)).first()
            if tag is None:
                raise Http404
            items, count = items.filter(tags=tag), tag.items
            context.update(active_tag=tag, feeds=self.feeds(tag))
        elif category:
            count = None
        else:
            months = self.month_counts()
            count = sum(row["current"] for row in months)
            context["archive_months"] = self.archive_links(months)
        return self.render(request, items=items, count=count, context_overrides=context)

    @re_path(r"^(?P<year>[0-9]{1,4})/$")
    def year_archive(self, request, year):
        form = ArchiveForm({"year": year})
        if not form.is_valid():
            raise Http404
        year = form.cleaned_data["year"]
        return self._archive(request, datetime.date(year, 1, 1), lambda month: month.year == year)

    @re_path(r"^(?P<year>[0-9]{1,4})/(?P<month>[0-9]{1,2})/$")
    def month_archive(self, request, year, month):
        form = ArchiveForm({"year": year, "month": month})
        if not form.is_valid():
            raise Http404
        first_day = datetime.date(form.cleaned_data["year"], form.cleaned_data["month"], 1)
        return self._archive(request, first_day, lambda month: month == first_day, by_month=True)

    def _archive(self, request, first_day, in_period, *, by_month=False):
        """Every item of a year or a month, withdrawn ones too; 404 when it has none."""
        months = self.month_counts()
        count = sum(row["total"] for row in months if in_period(row["month"]))
        if not count:
            raise Http404
        items = self.get_items().filter(date__year=first_day.year)
        if by_month:
            items = items.filter(date__month=first_day.month)
        return self.render(
            request,
            items=items,
            count=count,
            context_overrides={
                "archive_period": first_day,
                "archive_month": by_month,
                "archive_canonical": self.archive_url(first_day) if by_month else None,
                "archive_months": self.archive_links(months),
            },
            template="news/news_archive_page.html",
        )

    @re_path(r"^feed/(?P<kind>rss|atom)/$", name="feed")
    def feed(self, request, kind):
        return FEEDS[kind]()(request, index=self)

    @re_path(r"^tags/(?P<tag>[^/]+)/feed/(?P<kind>rss|atom)/$", name="tag_feed")
    def tag_feed(self, request, tag, kind):
        form = TagForm({"tag": tag})
        if not form.is_valid():
            raise Http404
        tag = Tag.objects.filter(slug=form.cleaned_data["tag"]).first()
        if tag is None:
            raise Http404
        return FEEDS[kind]()(request, index=self, tag=tag)

    def archive_url(self, month: datetime.date) -> str:
        return self.url + _month_subpath(type(self), month)


@functools.lru_cache(maxsize=4096)
def _month_subpath(index_class, month: datetime.date) -> str:
    """A month archive's address below its index ("2026/11/")."""
    return index_class.get_resolver().reverse(
        "month_archive", year=str(month.year), month=f"{month.month:02d}"
    )


@functools.lru_cache(maxsize=4096)
def _month_name(language: str | None, month: datetime.date) -> str:
    """A month as the archive's navigation names it, in ``language`` (the active one:
    part of the key)."""
    return formats.date_format(month, "YEAR_MONTH_FORMAT")


class NewsPageQuerySet(PageQuerySet):
    def only(self, *fields):
        """``only()`` without the hero image (treebeard's delete, Wagtail's lookups) must
        not also join it: Django refuses to defer a field it is told to traverse."""
        if not any(field.split("__")[0] == "hero_image" for field in fields):
            self = self.select_related(None)
        return super().only(*fields)


class NewsPageManager(PageManager.from_queryset(NewsPageQuerySet)):
    """News items come with their hero image: one query fewer on every page showing one."""

    def get_queryset(self):
        return super().get_queryset().select_related("hero_image")


class NewsPage(DatedItemPage):
    """One news item."""

    objects = NewsPageManager()

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(
        _("hero image alternative text"),
        max_length=250,
        blank=True,
        validators=[validate_alt_text],
        help_text=_("Say what the photo shows, in one sentence. Required with a hero image."),
    )
    category = models.CharField(
        _("category"), max_length=20, choices=CATEGORY_CHOICES, default="university"
    )
    tags = ClusterTaggableManager(verbose_name=_("tags"), through=NewsPageTag, blank=True)
    experts = ParentalManyToManyField(
        "people.Person",
        verbose_name=_("experts who spoke"),
        blank=True,
        related_name="news_items",
        limit_choices_to=approved_expert_choices,
        help_text=_("University experts quoted in this item; only approved experts are listed."),
    )
    withdrawn_on = models.DateField(
        _("withdrawn on"),
        null=True,
        blank=True,
        help_text=_(
            "Set to withdraw the item: it stays at its address with a notice and leaves "
            "the listings and feeds."
        ),
    )
    withdrawal_notice = models.TextField(
        _("withdrawal notice"),
        blank=True,
        max_length=600,
        help_text=_("Why the item was withdrawn, shown to visitors."),
    )

    # Tags are words of the page's own language: a translation keeps its own tags when the
    # Kazakh source is synced again (wagtail-localize would copy the Kazakh ones), so they
    # are left out of what is translated or synchronised. Experts are read from the Kazakh
    # source by every translation (``speaking_experts``), so they are left out too.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        SynchronizedField("show_in_menus"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("date"),
        SynchronizedField("hero_image"),
        TranslatableField("hero_alt"),
        SynchronizedField("category"),
        SynchronizedField("withdrawn_on"),
        TranslatableField("withdrawal_notice"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    template = "news/news_page.html"

    content_panels = (
        BasePage.content_panels
        + [
            FieldPanel("date"),
            MultiFieldPanel(
                [FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Hero image")
            ),
            FieldPanel("category"),
            FieldPanel("tags"),
        ]
        + ContentPage.body_panels
        + [FieldPanel("experts", widget=forms.CheckboxSelectMultiple)]
        + [
            MultiFieldPanel(
                [FieldPanel("withdrawn_on"), FieldPanel("withdrawal_notice")],
                heading=_("Withdrawal"),
            )
        ]
    )
    search_fields = ContentPage.search_fields + [index.FilterField("date")]
    # Open data (O1): a withdrawn item keeps its address, so the API says it was withdrawn,
    # when and why, as the news.* exports do.
    api_fields = [
        APIField("date"),
        APIField("intro"),
        APIField("withdrawn_on"),
        APIField("withdrawal_notice"),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        # The index and the archive list the newest first, ten at a time: with this
        # index PostgreSQL reads the first rows in order instead of sorting every item
        # (0.3 ms instead of 14 ms at 15,000 items; bench/SCALE.md).
        # The site search leaves withdrawn items out of every query: with this partial
        # index (a handful of rows) that costs an index lookup, not a scan of every item.
        # The archive's months and counts join every item of the index with its page
        # row: the covering index carries what they read, so PostgreSQL reads it instead
        # of the table (bodies and all) of every locale's items (docs/performance.md).
        indexes = [
            models.Index(fields=["date", "page_ptr"], name="news_item_date_idx"),
            # Related news of a category, newest first, without reading the others.
            models.Index(fields=["category", "date", "page_ptr"], name="news_item_category_idx"),
            models.Index(
                fields=["page_ptr"],
                condition=models.Q(withdrawn_on__isnull=False),
                name="news_withdrawn_idx",
            ),
            models.Index(
                fields=["page_ptr"], include=["date", "withdrawn_on"], name="news_item_month_idx"
            ),
        ]

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_alt.strip():
            raise ValidationError(
                {"hero_alt": _("Describe the hero image for visitors who cannot see it.")}
            )
        if self.withdrawn_on and not self.withdrawal_notice.strip():
            raise ValidationError(
                {"withdrawal_notice": _("Tell visitors why the item was withdrawn.")}
            )
        unapproved = [person for person in self.experts.all() if not person.is_approved_expert]
        if unapproved:
            raise ValidationError(
                {
                    "experts": ValidationError(
                        _("%(names)s is not in the experts pool approved by the rector."),
                        code="not_an_expert",
                        params={"names": ", ".join(person.name for person in unapproved)},
                    )
                }
            )

    def speaking_experts(self):
        """The approved experts who spoke in this item, in its language: chosen on the
        Kazakh source (or on this page), shown in this page's language."""
        chosen = Person.objects.filter(news_items__translation_key=self.translation_key).values(
            "translation_key"
        )
        return (
            Person.objects.filter(translation_key__in=chosen)
            .in_language(self.locale.language_code)
            .approved_experts()
            .order_by("name")
        )

    @classmethod
    def latest(cls, locale, count: int):
        return (
            public_pages(cls)
            .filter(locale=locale, withdrawn_on__isnull=True)
            .defer_streamfields()
            .order_by("-date", "-pk")[:count]
        )

    def related_news(self, tags=None):
        """Other current news of this locale sharing a tag, else the category, newest first.

        The newest few sharing a tag and the newest few of the category are picked
        apart, each by an index, and the newest of those kept: one condition ORing the
        tags' join with the category made PostgreSQL read every news item of every
        language (15 ms at 15,000 items, docs/performance.md)."""
        tags = list(self.tags.all()) if tags is None else tags
        candidates = (
            public_pages(NewsPage)
            .filter(locale_id=self.locale_id, withdrawn_on__isnull=True)
            .exclude(pk=self.pk)
            .order_by("-date", "-pk")
        )
        id_queries = [candidates.filter(category=self.category).values("pk")[:RELATED_COUNT]]
        if tags:
            tagged = NewsPageTag.objects.filter(
                content_object=OuterRef("pk"), tag__in=[tag.pk for tag in tags]
            )
            id_queries.append(candidates.filter(Exists(tagged)).values("pk")[:RELATED_COUNT])
        return (
            NewsPage.objects.filter(pages_among(id_queries))
            .defer_streamfields()
            .order_by("-date", "-pk")[:RELATED_COUNT]
        )

    @property
    def index_url(self) -> str:
        """The News index's URL, from this item's own (it is the index's child)."""
        return self.url[: self.url.rstrip("/").rfind("/") + 1]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tags = list(self.tags.all())
        context["tags"] = tags
        context["related"] = self.related_news(tags)
        context["experts"] = list(self.speaking_experts())
        context["feeds"] = news_feeds(self.index_url)
        return context

    @property
    def category_label(self) -> str:
        return dict(CATEGORY_CHOICES).get(self.category, "")
