"""News (N1): an index with tag and category filters, a permanent archive by year and
month (P §3.2.3), RSS and Atom feeds per locale and tag, and news items with a hero
image, photo and video reports (W §8.3.8), related news and a withdrawal notice."""

import datetime
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.images import get_image_model
from wagtail.search import index

from portal.blocks.media import validate_alt_text
from portal.pages import BasePage, ContentPage, public_pages

from .base import DatedIndexPage, DatedItemPage

CATEGORY_CHOICES = [
    ("university", _("University life")),
    ("education", _("Education")),
    ("science", _("Science")),
    ("international", _("International cooperation")),
    ("admission", _("Admission")),
    ("students", _("Students")),
]
RELATED_COUNT = 3
FEED_LENGTH = 20


class NewsFilterForm(forms.Form):
    """The index's ``?tag=`` and ``?category=`` filters."""

    tag = forms.SlugField(required=False, max_length=100, allow_unicode=True)
    category = forms.ChoiceField(required=False, choices=[("", "")] + CATEGORY_CHOICES)


class ArchiveForm(forms.Form):
    """A year and month taken from the archive URL."""

    year = forms.IntegerField(min_value=1900, max_value=2999)
    month = forms.IntegerField(min_value=1, max_value=12, required=False)


class TagForm(forms.Form):
    tag = forms.SlugField(max_length=100, allow_unicode=True)


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

    def get_items(self):
        image_model = get_image_model()
        """Every item, withdrawn ones included: the archive keeps them (P §3.2.3)."""
        return (
            super()
            .get_items()
            .prefetch_related(
                Prefetch(
                    "hero_image",
                    queryset=image_model.objects.prefetch_related("renditions"),
                )
            )
        )

    def current_items(self):
        """The items the index and the feeds show: withdrawn ones leave them."""
        return self.get_items().filter(withdrawn_on__isnull=True)

    def tags(self):
        """Tags used by this locale's listed news, most used first."""
        items = NewsPage.objects.filter(pk__in=self.current_items().values("pk"))
        return (
            Tag.objects.filter(news_newspagetag_items__content_object__in=items)
            .annotate(uses=Count("pk"))
            .order_by("-uses", "name")
        )

    def archive_months(self) -> list[datetime.date]:
        """The first day of every month that has news, newest first: the archive's URLs."""
        return list(
            self.get_items()
            .order_by()
            .annotate(month=TruncMonth("date"))
            .values_list("month", flat=True)
            .distinct()
            .order_by("-month")
        )

    def feed_url(self, kind: str, tag: Tag | None = None) -> str:
        if tag is not None:
            return self.url + self.reverse_subpage(
                "tag_feed", kwargs={"tag": tag.slug, "kind": kind}
            )
        return self.url + self.reverse_subpage("feed", kwargs={"kind": kind})

    def feeds(self, tag: Tag | None = None) -> list[dict]:
        """The feeds a page advertises with ``<link rel="alternate">``."""
        feeds = [
            {
                "type": "application/rss+xml",
                "title": f"{self.title} (RSS)",
                "url": self.feed_url("rss"),
            },
            {
                "type": "application/atom+xml",
                "title": f"{self.title} (Atom)",
                "url": self.feed_url("atom"),
            },
        ]
        if tag is not None:
            feeds += [
                {
                    "type": "application/rss+xml",
                    "title": f"{self.title}: {tag.name} (RSS)",
                    "url": self.feed_url("rss", tag),
                },
                {
                    "type": "application/atom+xml",
                    "title": f"{self.title}: {tag.name} (Atom)",
                    "url": self.feed_url("atom", tag),
                },
            ]
        return feeds

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["archive_months"] = [
            (month, self.archive_url(month)) for month in self.archive_months()
        ]
        context["feeds"] = self.feeds()
        return context

    @path("")
    def index_view(self, request):
        form = NewsFilterForm(request.GET)
        if not form.is_valid():
            raise Http404
        items = self.current_items()
        tag = None
        if form.cleaned_data["tag"]:
            tag = Tag.objects.filter(slug=form.cleaned_data["tag"]).first()
            if tag is None:
                raise Http404
            items = items.filter(tags=tag)
        category = form.cleaned_data["category"]
        if category:
            items = items.filter(category=category)
        return self.render(
            request,
            items=items,
            context_overrides={
                "active_tag": tag,
                "feeds": self.feeds(tag),
                "query": urlencode({k: v for k, v in form.cleaned_data.items() if v}),
                "active_category": dict(CATEGORY_CHOICES).get(category),
                "categories": CATEGORY_CHOICES,
                "all_tags": self.tags()[:20],
            },
        )

    @re_path(r"^(?P<year>\d{1,4})/$")
    def year_archive(self, request, year):
        form = ArchiveForm({"year": year})
        if not form.is_valid():
            raise Http404
        items = self.get_items().filter(date__year=form.cleaned_data["year"])
        if not items.exists():
            raise Http404
        return self.render(
            request,
            items=items,
            context_overrides={"archive_period": datetime.date(form.cleaned_data["year"], 1, 1)},
            template="news/news_archive_page.html",
        )

    @re_path(r"^(?P<year>\d{1,4})/(?P<month>\d{1,2})/$")
    def month_archive(self, request, year, month):
        form = ArchiveForm({"year": year, "month": month})
        if not form.is_valid():
            raise Http404
        first_day = datetime.date(form.cleaned_data["year"], form.cleaned_data["month"], 1)
        items = self.get_items().filter(date__year=first_day.year, date__month=first_day.month)
        if not items.exists():
            raise Http404
        return self.render(
            request,
            items=items,
            context_overrides={"archive_period": first_day, "archive_month": True},
            template="news/news_archive_page.html",
        )

    @re_path(r"^feed/(?P<kind>rss|atom)/$", name="feed")
    def feed(self, request, kind):
        from news.feeds import FEEDS

        return FEEDS[kind]()(request, index=self)

    @re_path(r"^tags/(?P<tag>[^/]+)/feed/(?P<kind>rss|atom)/$", name="tag_feed")
    def tag_feed(self, request, tag, kind):
        from news.feeds import FEEDS

        form = TagForm({"tag": tag})
        if not form.is_valid():
            raise Http404
        tag = Tag.objects.filter(slug=form.cleaned_data["tag"]).first()
        if tag is None:
            raise Http404
        return FEEDS[kind]()(request, index=self, tag=tag)

    def archive_url(self, month: datetime.date) -> str:
        return self.url + self.reverse_subpage(
            "month_archive", kwargs={"year": str(month.year), "month": f"{month.month:02d}"}
        )


class NewsPage(DatedItemPage):
    """One news item."""

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
        + [
            MultiFieldPanel(
                [FieldPanel("withdrawn_on"), FieldPanel("withdrawal_notice")],
                heading=_("Withdrawal"),
            )
        ]
    )
    search_fields = ContentPage.search_fields + [index.FilterField("date")]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

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

    @classmethod
    def latest(cls, locale, count: int):
        return (
            public_pages(cls)
            .filter(locale=locale, withdrawn_on__isnull=True)
            .defer_streamfields()
            .order_by("-date", "-pk")[:count]
        )

    def related_news(self):
        """Other news of this locale sharing a tag, else the category, newest first."""
        tag_ids = list(self.tags.values_list("pk", flat=True))
        return (
            public_pages(NewsPage)
            .filter(locale_id=self.locale_id, withdrawn_on__isnull=True)
            .filter(Q(tags__in=tag_ids) | Q(category=self.category))
            .exclude(pk=self.pk)
            .defer_streamfields()
            .distinct()
            .order_by("-date", "-pk")[:RELATED_COUNT]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index = NewsIndexPage.objects.filter(path=self.path[: -self.steplen]).first()
        context["index"] = index
        context["feeds"] = index.feeds() if index else []
        context["related"] = self.related_news()
        return context

    @property
    def category_label(self) -> str:
        return dict(CATEGORY_CHOICES).get(self.category, "")
