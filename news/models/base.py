"""The shape shared by news, blog posts and press releases: an index listing dated
items of one type, newest first."""

from django.apps import apps
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from portal.listing import paginate
from portal.pages import BasePage, ContentPage, public_children, public_pages

ITEMS_PER_PAGE = 10


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
            public_children(apps.get_model(self.item_model), self)
            .defer_streamfields()
            .order_by("-date", "-pk")
        )

    def current_items(self):
        """What the index's feeds carry (news leaves withdrawn items out)."""
        return self.get_items()

    def paginated(self, request, items):
        return paginate(request, items, ITEMS_PER_PAGE)

    def get_context(self, request, *args, items=None, **kwargs):
        """``items`` narrows the listing (an archive month, a tag); all items by default."""
        context = super().get_context(request, *args, **kwargs)
        context["items"] = self.paginated(request, self.get_items() if items is None else items)
        return context
