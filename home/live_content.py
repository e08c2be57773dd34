"""The pages the home page's live blocks show, read for the whole page at once.

Latest news, upcoming events and the rector's post each list the newest items of one
model and link that model's index; the subsections block lists the home page's
subsections. Asked block by block that was two or three queries a block (the items,
their pictures' renditions, the index), 11 of a home page's 18. Here each block only
says what it wants (:meth:`LiveContent.want_items`, :meth:`LiveContent.want_subsections`)
and ``HomePage.get_context`` reads all of it before anything renders: one query (items
joined with their own tables, indexes and subsections as page rows with their intros),
then one for the renditions of every picture the page shows, the hero's included.
"""

from django.apps import apps
from django.db.models import prefetch_related_objects
from django.utils.functional import cached_property

from wagtail.models import Page

from portal.pages import pages_among, public_pages, with_intro

__all__ = ["LiveContent"]


def _in_order(objects, order_by):
    """``objects`` sorted as ``order_by`` (a queryset's ordering: field names, ``-`` for
    descending) would sort them in SQL."""
    objects = list(objects)
    for field in reversed(order_by):
        name = field.lstrip("-")
        objects.sort(key=lambda obj, name=name: getattr(obj, name), reverse=field.startswith("-"))
    return objects


def _joined(prefix, select_related):
    """A queryset's ``select_related`` (``True``/``False`` or a nested dict) as paths
    below ``prefix``."""
    paths = [prefix]
    if isinstance(select_related, dict):
        for name, below in select_related.items():
            paths += _joined(f"{prefix}__{name}", below)
    return paths


class LiveContent:
    """What the live blocks of one home page (or one block, in a preview) show, in the
    locale ``locale_id``; ``home`` is the page whose subsections are listed."""

    def __init__(self, locale_id, home=None):
        self.locale_id = locale_id
        self.home = home
        self._items = {}  # item model: (the items queryset, its index's model)
        self._subsections = False
        self._pictures = []

    # --- What the blocks ask for ---------------------------------------------------

    def want_items(self, model, items, index_model):
        """The blocks show ``items`` (a sliced queryset of ``model``) and link the first
        ``index_model`` page of the locale. Asked again with a longer slice (two news
        blocks with different counts), the longer one is read."""
        held = self._items.get(model)
        if held is None or (items.query.high_mark or 0) > (held[0].query.high_mark or 0):
            self._items[model] = (items, index_model)

    def want_subsections(self):
        self._subsections = True

    def want_pictures(self, *images):
        """Images shown elsewhere on the page whose renditions are read with the items'."""
        self._pictures += [image for image in images if image is not None]

    # --- What they get --------------------------------------------------------------

    def items(self, model, count):
        """The first ``count`` items of ``model``, in its listing's order."""
        return self._loaded["items"].get(model, [])[:count]

    def index(self, model):
        """The first public ``model`` page of the locale, in tree order, or ``None``."""
        return self._loaded["indexes"].get(model)

    def subsections(self):
        """The home page's public subsections with ``listing_intro``, in tree order."""
        return self._loaded["subsections"]

    def load(self):
        """Read everything asked for now: before the hero renders, so its picture's
        renditions come with the items'."""
        return self._loaded

    @cached_property
    def _loaded(self):
        loaded = {"items": {}, "indexes": {}, "subsections": []}
        subsection_model = apps.get_model("sections", "SubsectionPage")
        wanted = []
        for items, index_model in self._items.values():
            wanted += [
                items.values("pk"),
                Page.objects.filter(
                    Page.objects.type_q(index_model), locale_id=self.locale_id
                ).values("pk"),
            ]
        if self._subsections and self.home is not None:
            wanted.append(
                Page.objects.filter(
                    Page.objects.child_of_q(self.home), Page.objects.type_q(subsection_model)
                ).values("pk")
            )
        rows = []
        if wanted:
            # Each item comes joined with its own table (and what its listing joins:
            # a news item's picture), without the body no listing shows.
            related = [
                path
                for model, (items, _index_model) in self._items.items()
                for path in _joined(model._meta.model_name, items.query.select_related)
            ]
            rows = list(
                with_intro(public_pages().filter(pages_among(wanted)))
                .select_related(*related)
                .defer(*(f"{model._meta.model_name}__body" for model in self._items))
                .order_by("path")
            )
        for model, (items, index_model) in self._items.items():
            name = model._meta.model_name
            found = [getattr(row, name) for row in rows if issubclass(row.specific_class, model)]
            loaded["items"][model] = _in_order(found, items.query.order_by)
            loaded["indexes"][index_model] = next(
                (row for row in rows if issubclass(row.specific_class, index_model)), None
            )
        loaded["subsections"] = [
            row for row in rows if issubclass(row.specific_class, subsection_model)
        ]
        pictures = self._pictures + [
            item.hero_image
            for found in loaded["items"].values()
            for item in found
            if getattr(item, "hero_image", None) is not None
        ]
        if pictures:
            # Every rendition of every picture in one query: the picture tags find
            # theirs among them (and make only the missing ones).
            prefetch_related_objects(pictures, "renditions")
        return loaded
