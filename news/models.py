"""News and the Rector's blog (N1, N2).

The foundation gives both sections their own page types so that the news service
(archive, feeds, comments) extends them rather than replaces them. Both are the
same shape: an index listing dated items of one type, newest first.
"""

from django.apps import apps
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from portal.listing import paginate
from portal.pages import BasePage, ContentPage, public_pages

ITEMS_PER_PAGE = 10
# Shared by both sections; Wagtail derives a per-class default unless a class sets one.
INDEX_TEMPLATE = "news/dated_index_page.html"
ITEM_TEMPLATE = "news/dated_item_page.html"


class DatedItemPage(ContentPage):
    """A dated publication listed by its index page."""

    date = models.DateField(_("date"), default=timezone.localdate)

    content_panels = BasePage.content_panels + [FieldPanel("date")] + ContentPage.body_panels
    subpage_types = []
    show_in_menus_default = False  # listed by date on the index, not in menus

    class Meta:
        abstract = True

    @classmethod
    def latest(cls, locale, count: int):
        """The newest live public items of one locale, for the home page."""
        return (
            public_pages(cls)
            .filter(locale=locale)
            .defer_streamfields()
            .order_by("-date", "-pk")[:count]
        )


class DatedIndexPage(BasePage):
    """Lists its live public children of ``item_model``, newest first, paginated."""

    item_model: str  # "app_label.ModelName"
    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]

    class Meta:
        abstract = True

    def get_items(self):
        return (
            public_pages(apps.get_model(self.item_model))
            .child_of(self)
            .defer_streamfields()
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = paginate(request, self.get_items(), ITEMS_PER_PAGE)
        return context


class NewsIndexPage(DatedIndexPage):
    """The News section."""

    item_model = "news.NewsPage"
    template = INDEX_TEMPLATE
    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")


class NewsPage(DatedItemPage):
    """One news item."""

    parent_page_types = ["news.NewsIndexPage"]
    template = ITEM_TEMPLATE

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")


class BlogIndexPage(DatedIndexPage):
    """The Rector's blog section (P §9.4)."""

    item_model = "news.BlogPostPage"
    template = INDEX_TEMPLATE
    subpage_types = ["news.BlogPostPage"]

    class Meta:
        verbose_name = _("rector's blog")
        verbose_name_plural = _("rector's blogs")


class BlogPostPage(DatedItemPage):
    """A post by the rector."""

    parent_page_types = ["news.BlogIndexPage"]
    template = ITEM_TEMPLATE

    class Meta:
        verbose_name = _("blog post")
        verbose_name_plural = _("blog posts")
