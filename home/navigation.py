"""Menus, breadcrumbs, child listings, footer contacts and language alternates
(S3, L3).

Everything is derived from the page tree of the visitor's locale, never from a
hand-kept list. One query fetches every page the chrome of a page needs — the
sections and subsections for the menu, the ancestors for the breadcrumbs, the
children listed on the page and the page's translations — with private pages
excluded inside that same query. The footer's contact details are cached under
a key that includes the contacts page's publication time, which that query
returns, so a publish shows at once in every process without signals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import quote

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import OuterRef, Q, Subquery
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS

from wagtail.models import Page, Site

from portal.languages import SOURCE_LANGUAGE
from portal.pages import public_pages, with_intro
from sections.tree import HOME_DEPTH, SECTION_DEPTH, SUBSECTION_DEPTH

MISSING_TRANSLATION_PARAM = "translation"
MISSING_TRANSLATION_VALUE = "missing"
FOOTER_CACHE_SECONDS = 24 * 60 * 60
#: What Django's ``reverse`` leaves unquoted in a path (django/urls/resolvers.py).
_URL_SAFE = RFC3986_SUBDELIMS + "/~:@"


@dataclass
class MenuItem:
    title: str
    url: str
    intro: str = ""
    external: bool = False
    active: bool = False
    children: list[MenuItem] = field(default_factory=list)


@dataclass(frozen=True)
class Alternate:
    """Where the language switcher sends a visitor for one language."""

    language_code: str
    name: str
    url: str
    is_current: bool
    is_fallback: bool  # the page is untranslated: this is its nearest translated ancestor


#: The columns the navigation reads of each page: ``TreeRow``'s fields, by name, so
#: the two cannot drift apart by order.
_ROW_COLUMNS = {
    "pk": "id",
    "path": "path",
    "depth": "depth",
    "title": "title",
    "slug": "slug",
    "url_path": "url_path",
    "show_in_menus": "show_in_menus",
    "content_type_id": "content_type_id",
    "translation_key": "translation_key",
    "last_published_at": "last_published_at",
    "locale_id": "locale_id",
    "language_code": "locale__language_code",
    "listing_intro": "listing_intro",
    "external_url": "external_url",
}


@dataclass(frozen=True, slots=True)
class TreeRow:
    """A page as menus, breadcrumbs, child cards, the footer and the language switcher
    read it: its columns, not a Wagtail page object. Making one of those costs about
    70 µs (``modelcluster``'s constructor), and a subsection listing 125 children made
    125 more on every view."""

    pk: int
    path: str
    depth: int
    title: str
    slug: str
    url_path: str
    show_in_menus: bool
    content_type_id: int
    translation_key: object
    last_published_at: object
    locale_id: int
    language_code: str
    listing_intro: str | None
    external_url: str | None

    def as_page(self) -> Page:
        """A (plain) page object with these columns, for what needs one (its URL
        by Wagtail, ``{% pageurl %}``)."""
        return Page(
            id=self.pk,
            path=self.path,
            depth=self.depth,
            title=self.title,
            slug=self.slug,
            url_path=self.url_path,
            show_in_menus=self.show_in_menus,
            content_type_id=self.content_type_id,
            translation_key=self.translation_key,
            last_published_at=self.last_published_at,
            locale_id=self.locale_id,
            live=True,
        )


def with_external_url(queryset):
    """Annotate ``external_url`` so menus can link external pages without ``specific()``."""
    external = apps.get_model("sections", "ExternalLinkPage")
    return queryset.annotate(
        external_url=Subquery(
            external.objects.filter(pk=OuterRef("pk")).order_by().values("link_url")[:1]
        )
    )


class Navigation:
    """Navigation for one request, optionally positioned on ``page``."""

    def __init__(self, request, page: Page | None = None):
        self.request = request
        self.page = page
        self._urls: dict[int, str] = {}  # by page id, once worked out

    @classmethod
    def for_request(cls, request, page: Page | None = None) -> Navigation:
        cached = getattr(request, "_portal_navigation", None)
        # A caller without a page (the home page's address in metadata) is served by the
        # request's navigation for its page: same home, same menus, no second query.
        if cached is not None and page is None:
            return cached
        if cached is None or cached.page is not page:
            cached = cls(request, page)
            request._portal_navigation = cached
        return cached

    # --- The one query ------------------------------------------------------------

    @cached_property
    def _home_path(self) -> str | None:
        if self.page is not None:
            return self.page.path[: HOME_DEPTH * Page.steplen]
        home = self._home_without_page
        return home.path if home else None

    @cached_property
    def _homes(self) -> dict[str, Page]:
        """Live home pages by language: the translations of the site's root page."""
        site = Site.find_for_request(self.request)
        if site is None:
            return {}
        homes = public_pages().filter(translation_key=site.root_page.translation_key)
        return {home.locale.language_code: home for home in homes.select_related("locale")}

    @cached_property
    def _home_without_page(self) -> Page | None:
        """Error pages have no page: the active language's home stands in."""
        return self._homes.get(translation.get_language())

    @cached_property
    def _ancestor_paths(self) -> list[str]:
        path = self.page.path
        return [path[:end] for end in range(HOME_DEPTH * Page.steplen, len(path), Page.steplen)]

    @cached_property
    def _rows(self) -> list[TreeRow]:
        if self._home_path is None:
            return []
        in_this_tree = Q(path__startswith=self._home_path)
        wanted = (
            Q(in_this_tree, depth__in=(SECTION_DEPTH, SUBSECTION_DEPTH), show_in_menus=True)
            | Q(path=self._home_path)
            # The footer shows the contacts even if they are taken out of the menu.
            | Q(in_this_tree, depth=SECTION_DEPTH, content_type_id=self._contacts_type_id)
        )
        if self.page is not None:
            wanted |= Q(path__in=self._ancestor_paths)
            # Children shown in menus only: a news index's thousand items are not.
            wanted |= Q(
                path__startswith=self.page.path, depth=self.page.depth + 1, show_in_menus=True
            )
            wanted |= Q(translation_key=self.page.translation_key)
        rows = with_intro(with_external_url(public_pages().filter(wanted))).order_by("path")
        return [
            TreeRow(**dict(zip(_ROW_COLUMNS, values, strict=True)))
            for values in rows.values_list(*_ROW_COLUMNS.values())
        ]

    @cached_property
    def _contacts_type_id(self) -> int:
        contacts_model = apps.get_model("sections", "ContactsPage")
        return ContentType.objects.get_for_model(contacts_model).pk

    @cached_property
    def _tree(self) -> dict[str, TreeRow]:
        """This locale's rows by path."""
        return {row.path: row for row in self._rows if row.path.startswith(self._home_path)}

    # --- Position in the tree -------------------------------------------------------

    @cached_property
    def home(self) -> Page | None:
        if self._home_path is None:
            return None
        row = self._tree.get(self._home_path)
        return row.as_page() if row is not None else None

    @cached_property
    def ancestors(self) -> list[TreeRow]:
        """Live public ancestors of the page, home first."""
        if self.page is None:
            return []
        return [self._tree[p] for p in self._ancestor_paths if p in self._tree]

    @cached_property
    def _active_paths(self) -> set[str]:
        return set(self._ancestor_paths) | {self.page.path} if self.page else set()

    def _url(self, page: Page | TreeRow) -> str:
        """The page's URL, as ``Page.get_url`` gives it. A page of this locale's tree
        gets its parent's URL and its slug: what ``get_url`` computes from the same
        ``url_path`` (Django's ``reverse`` quotes each character on its own), without a
        ``reverse`` and a language switch per page (a subsection listing 125 children
        spent 10 ms on them)."""
        url = self._urls.get(page.pk)
        if url is None:
            url = self._url_below_parent(page) or self._url_by_wagtail(page)
            self._urls[page.pk] = url
        return url

    def _url_by_wagtail(self, page: Page | TreeRow) -> str:
        page = page.as_page() if isinstance(page, TreeRow) else page
        return page.get_url(self.request) or ""

    def _url_below_parent(self, page: Page | TreeRow) -> str | None:
        parent = self._tree.get(page.path[: -Page.steplen]) if page.depth > HOME_DEPTH else None
        if parent is None or page.url_path != f"{parent.url_path}{page.slug}/":
            return None
        parent_url = self._url(parent)
        if not parent_url.endswith("/"):
            return None
        return f"{parent_url}{quote(page.slug, safe=_URL_SAFE)}/"

    def _item(self, page: TreeRow) -> MenuItem:
        return MenuItem(
            title=page.title,
            url=page.external_url or self._url(page),
            intro=page.listing_intro or "",
            external=bool(page.external_url),
            active=page.path in self._active_paths,
        )

    # --- Menus ----------------------------------------------------------------------

    @cached_property
    def main_menu(self) -> list[MenuItem]:
        """The home page's sections, each with its subsections."""
        sections: dict[str, MenuItem] = {}
        for row in self._tree.values():
            if not row.show_in_menus:
                continue
            if row.depth == SECTION_DEPTH:
                sections[row.path] = self._item(row)
            elif row.depth == SUBSECTION_DEPTH and row.path[: -Page.steplen] in sections:
                sections[row.path[: -Page.steplen]].children.append(self._item(row))
        return list(sections.values())

    @cached_property
    def section_menu(self) -> MenuItem | None:
        """The current section and its subsections, for the side menu."""
        return next((item for item in self.main_menu if item.active), None)

    @property
    def side_menu(self) -> MenuItem | None:
        """The section menu below section level (a section page lists its own children)."""
        if self.page is None or self.page.depth <= SECTION_DEPTH:
            return None
        menu = self.section_menu
        return menu if menu and menu.children else None

    @cached_property
    def breadcrumbs(self) -> list[MenuItem]:
        return [MenuItem(title=p.title, url=self._url(p)) for p in self.ancestors]

    @cached_property
    def children(self) -> list[MenuItem]:
        """The page's live public children that are shown in menus, with intros."""
        if self.page is None:
            return []
        return [
            self._item(row)
            for row in self._tree.values()
            if row.depth == self.page.depth + 1
            and row.path.startswith(self.page.path)
            and row.show_in_menus
        ]

    # --- Footer -----------------------------------------------------------------------

    @cached_property
    def contacts(self) -> dict | None:
        """Address, phones, e-mails and hours of the locale's contacts page."""
        row = next(
            (
                r
                for r in self._tree.values()
                if r.depth == SECTION_DEPTH and r.content_type_id == self._contacts_type_id
            ),
            None,
        )
        if row is None:
            return None
        key = f"portal:footer:{row.pk}:{row.last_published_at.timestamp()}"
        details = cache.get(key)
        if details is None:
            page = apps.get_model("sections", "ContactsPage").objects.get(pk=row.pk)
            details = {
                "address": page.address,
                "phones": page.phone_list,
                "emails": page.email_list,
                "working_hours": page.working_hours,
            }
            cache.set(key, details, FOOTER_CACHE_SECONDS)
        return {**details, "url": self._url(row)}

    # --- Languages --------------------------------------------------------------------

    @cached_property
    def alternates(self) -> list[Alternate]:
        """One entry per language: the page's translation, else its nearest translated
        ancestor (marked ``is_fallback``); on a page-less error page, the home pages."""
        if self.page is None:
            return self._home_alternates()
        found = {
            row.language_code: row
            for row in self._rows
            if row.translation_key == self.page.translation_key
        }
        missing = [code for code, _name in settings.LANGUAGES if code not in found]
        fallbacks = self._nearest_translated_ancestors(missing) if missing else {}
        alternates = []
        for code, name in settings.LANGUAGES:
            if code in found:
                url, is_fallback = self._url(found[code]), False
            elif code in fallbacks:
                url = (
                    f"{self._url(fallbacks[code])}"
                    f"?{MISSING_TRANSLATION_PARAM}={MISSING_TRANSLATION_VALUE}"
                )
                is_fallback = True
            else:
                continue
            alternates.append(
                Alternate(
                    language_code=code,
                    name=name,
                    url=url,
                    is_current=code in found and found[code].pk == self.page.pk,
                    is_fallback=is_fallback,
                )
            )
        return alternates

    def _home_alternates(self) -> list[Alternate]:
        """Without a page (a 404), the switcher offers each language's home page."""
        current = translation.get_language()
        return [
            Alternate(code, name, self._url(self._homes[code]), code == current, False)
            for code, name in settings.LANGUAGES
            if code in self._homes
        ]

    def _nearest_translated_ancestors(self, language_codes: list[str]) -> dict[str, Page]:
        depth_of = {p.translation_key: p.depth for p in self.ancestors}
        best: dict[str, Page] = {}
        candidates = (
            public_pages()
            .filter(translation_key__in=depth_of, locale__language_code__in=language_codes)
            .select_related("locale")
        )
        for candidate in candidates:
            code = candidate.locale.language_code
            held = best.get(code)
            if held is None or depth_of[candidate.translation_key] > depth_of[held.translation_key]:
                best[code] = candidate
        return best

    @property
    def arrived_without_translation(self) -> bool:
        """The switcher sent the visitor here because the page they were reading has
        no translation in this language."""
        return self.request.GET.get(MISSING_TRANSLATION_PARAM) == MISSING_TRANSLATION_VALUE

    @property
    def hreflang_alternates(self) -> list[Alternate]:
        """Alternates that really are this page (no fallbacks), for ``<link hreflang>``."""
        return [a for a in self.alternates if not a.is_fallback]

    @property
    def x_default(self) -> Alternate | None:
        """The source-language version, advertised as ``x-default``."""
        return next(
            (a for a in self.hreflang_alternates if a.language_code == SOURCE_LANGUAGE),
            None,
        )
