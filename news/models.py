"""News and the Rector's blog (N1, N2).

The foundation gives both sections their own page types so that the news service
(archive, feeds, comments) extends them rather than replaces them.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from portal.listing import paginate
from portal.pages import BasePage, BodyMixin

ITEMS_PER_PAGE = 10


class DatedItemMixin(models.Model):
    """A publication date that orders listings (newest first)."""

    date = models.DateField(_("date"), default=timezone.localdate)

    date_panels = [FieldPanel("date")]

    class Meta:
        abstract = True


class NewsIndexPage(BasePage):
    """The News section: a paginated list of the locale's news, newest first."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def get_items(self):
        return NewsPage.objects.live().public().child_of(self).order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = paginate(request, self.get_items(), ITEMS_PER_PAGE)
        return context


class NewsPage(DatedItemMixin, BodyMixin, BasePage):
    """One news item."""

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + DatedItemMixin.date_panels + BodyMixin.body_panels
    search_fields = BasePage.search_fields + BodyMixin.body_search_fields

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    @classmethod
    def latest(cls, locale, count: int):
        """The newest live public items of one locale, for the home page."""
        return cls.objects.live().public().filter(locale=locale).order_by("-date", "-pk")[:count]


class BlogIndexPage(BasePage):
    """The Rector's blog section (P §9.4)."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.BlogPostPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("rector's blog")
        verbose_name_plural = _("rector's blogs")

    def get_items(self):
        return BlogPostPage.objects.live().public().child_of(self).order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = paginate(request, self.get_items(), ITEMS_PER_PAGE)
        return context


class BlogPostPage(DatedItemMixin, BodyMixin, BasePage):
    """A post by the rector."""

    parent_page_types = ["news.BlogIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + DatedItemMixin.date_panels + BodyMixin.body_panels
    search_fields = BasePage.search_fields + BodyMixin.body_search_fields

    class Meta:
        verbose_name = _("blog post")
        verbose_name_plural = _("blog posts")
