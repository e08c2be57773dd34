"""The abstract base of every page type, assembled from small mixins.

Each mixin owns its fields *and* the panels that edit them, so a page type reads
as a list of the capabilities it has (design.md §3).
"""

import functools
import operator
from functools import lru_cache

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models
from django.db.models import Exists, OuterRef, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.utils.module_loading import import_string
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from portal.blocks import BodyStreamBlock

META_DESCRIPTION_LENGTH = 160
# No page sits more than 5 levels deep and routable pages add a few segments
# (archive year/month, feeds); a longer path cannot exist, so it is refused before
# any query (the route query grows with the number of segments).
MAX_PATH_SEGMENTS = 12


def public_pages(model=Page):
    """Live pages of ``model`` not covered by a view restriction on themselves or an
    ancestor, as one SQL condition rather than Wagtail's separate restriction query."""
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return model.objects.live().filter(~Exists(restricted))


def pages_among(id_queries) -> models.Q:
    """Pages whose id one of ``id_queries`` (each a ``values("pk")`` query, some sliced)
    selects. Where the database allows a slice inside a ``UNION`` (PostgreSQL), the ids
    are one ``UNION ALL`` looked up by primary key; ORed ``IN`` tests instead make
    PostgreSQL test every page of the site (60 ms at 30,000 pages). SQLite takes the
    ORed tests."""
    first, *rest = id_queries
    if connection.features.supports_slicing_ordering_in_compound:
        return models.Q(pk__in=first.union(*rest, all=True)) if rest else models.Q(pk__in=first)
    return functools.reduce(operator.or_, (models.Q(pk__in=ids) for ids in id_queries))


def public_children(model, parent: Page):
    """Live children of ``parent`` that no view restriction covers, for pages that have
    no children of their own (news items, events, press releases).

    Such a child is restricted when a restriction sits on ``parent`` or one of its
    ancestors (the same for every child: one uncorrelated test) or on the child itself
    (a lookup by page id). :func:`public_pages` instead compares every row's path with
    every restriction's, which cost a news index's counts 10 ms at 5,000 items.
    """
    on_parent_or_above = PageViewRestriction.objects.filter(
        page__path=Substr(Value(parent.path), 1, Length("page__path"))
    )
    on_child = PageViewRestriction.objects.filter(page_id=OuterRef("pk"))
    return (
        model.objects.live().child_of(parent).filter(~Exists(on_parent_or_above), ~Exists(on_child))
    )


def route_below(page: Page, request, path_components: list[str]):
    """The route of ``path_components`` below ``page``, in one query.

    The deepest existing page along the path takes over, with whatever path is left,
    so routable pages (archives, feeds) still get their own sub-paths. Liveness is
    checked by ``Page.route`` on the final page, as Wagtail does. ``page`` need not be
    specific: only its tree position is read (portal/routing.py routes from a plain
    home page row).
    """
    if len(path_components) > MAX_PATH_SEGMENTS:
        raise Http404
    prefixes = [
        page.url_path + "/".join(path_components[:length]) + "/"
        for length in range(1, len(path_components) + 1)
    ]
    deepest = (
        Page.objects.filter(path__startswith=page.path, url_path__in=prefixes)
        .select_related("locale")
        .order_by("-depth")
        .first()
    )
    if deepest is None:
        raise Http404
    specific = deepest.specific
    # The page's locale came with the route: templates and get_context that read
    # ``page.locale`` (a news item's experts, in its language) need no query for it.
    specific.locale = deepest.locale
    return specific.route(request, path_components[deepest.depth - page.depth :])


class IntroMixin(models.Model):
    """A short lead shown under the title and used as the fallback meta description."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown under the title and in listings."),
    )

    intro_panels = [FieldPanel("intro")]

    class Meta:
        abstract = True


class BodyMixin(models.Model):
    """The shared StreamField body (headings, text, media, tables, contacts…)."""

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    body_panels = [FieldPanel("body")]
    body_search_fields = [index.SearchField("body")]

    class Meta:
        abstract = True


class PrescribedStructureMixin(models.Model):
    """Marks pages that the regulations prescribe (S1).

    Set only by ``bootstrap_portal``; ``home.wagtail_hooks`` refuses to let anyone but
    an administrator delete, move or unpublish such a page (S2).
    """

    is_prescribed = models.BooleanField(
        _("prescribed by regulation"), default=False, editable=False
    )

    class Meta:
        abstract = True


class BasePage(PrescribedStructureMixin, IntroMixin, Page):
    """Every page type of the portal subclasses this."""

    content_panels = Page.content_panels + IntroMixin.intro_panels
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        # The page's text stemmed in its own language (search app, PORTAL_SEARCH_STEMS).
        index.SearchField("search_stems"),
    ]

    # A new section or subsection belongs in the menus and its parent's listing.
    show_in_menus_default = True

    # Concrete page types must say where they fit (S1): nothing may be created
    # anywhere by default.
    parent_page_types: list[str] = []
    subpage_types: list[str] = []

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """Resolve the rest of the URL in one query instead of two per level
        (:func:`route_below`)."""
        if not path_components:
            return super().route(request, path_components)
        return route_below(self, request, path_components)

    def search_stems(self) -> str:
        """Indexed with the page: its words reduced to stems by the rules of its
        language, so inflected forms find it (the search app owns those rules)."""
        return import_string(settings.PORTAL_SEARCH_STEMS)(self)

    @property
    def meta_description(self) -> str:
        """The promote tab's description, else the intro cut to search-result length,
        else the title: never empty."""
        text = self.search_description or self.intro or self.title
        return Truncator(" ".join(text.split())).chars(META_DESCRIPTION_LENGTH)


class ContentPage(BodyMixin, BasePage):
    """A page with an intro and the shared StreamField body: most page types."""

    content_panels = BasePage.content_panels + BodyMixin.body_panels
    search_fields = BasePage.search_fields + BodyMixin.body_search_fields

    class Meta:
        abstract = True


@lru_cache(maxsize=8)
def _intro_sql(types: tuple[tuple[int, str, str, str], ...]) -> str:
    """``listing_intro`` as one SQL ``CASE`` on the page's content type, each branch
    reading the intro from its type's own table by primary key. Only identifiers from
    the models' metadata (quoted) and content type ids go in: no value from a request."""
    quote = connection.ops.quote_name
    page_id = f"{quote(Page._meta.db_table)}.{quote(Page._meta.pk.column)}"
    content_type = f"{quote(Page._meta.db_table)}.{quote('content_type_id')}"
    branches = " ".join(
        f"WHEN {content_type} = {type_id} THEN (SELECT {quote(table)}.{quote(intro)} "  # noqa: S608
        f"FROM {quote(table)} WHERE {quote(table)}.{quote(key)} = {page_id})"
        for type_id, table, key, intro in types
    )
    return f"CASE {branches} ELSE '' END"


@lru_cache(maxsize=1)
def _intro_columns() -> dict:
    """Each page type's (table, key column, intro column), where its intro is stored:
    the models' metadata, fixed for the life of the process (content type ids are not,
    across test databases, so they are looked up on each call from Django's cache)."""
    columns = {}
    for model in apps.get_models():
        if issubclass(model, BasePage) and not model._meta.abstract:
            intro = model._meta.get_field("intro")
            owner = intro.model._meta
            columns[model] = (owner.db_table, owner.pk.column, intro.column)
    return columns


def with_intro(queryset):
    """Annotate ``Page`` rows with ``listing_intro`` from whichever page type they
    are, in the same query: listings show intros without ``specific()``.

    Each row reads only its own type's table (chosen by content type), so the cost
    does not grow with the number of page types. The expression is SQL written once
    per process: built as twenty ORM subqueries, it cost 20–30 ms of Python on every
    request that shows a menu (docs/performance.md).
    """
    intro_columns = _intro_columns()
    content_types = ContentType.objects.get_for_models(*intro_columns)
    types = [(content_types[model].pk, *columns) for model, columns in intro_columns.items()]
    sql = _intro_sql(tuple(sorted(types)))
    return queryset.annotate(listing_intro=RawSQL(sql, (), output_field=models.TextField()))  # noqa: S611
