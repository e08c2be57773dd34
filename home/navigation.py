"""Menus, breadcrumbs, footer contacts and language alternates (S3, L3).

Everything is derived from the page tree of the visitor's locale, never from a
hand-kept list, and computed once per request in a fixed number of queries: the
main menu is one query whatever the number of sections.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from django.apps import apps
from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.utils import translation

from wagtail.models import Page, Site

MISSING_TRANSLATION_PARAM = "translation"
MISSING_TRANSLATION_VALUE = "missing"


@dataclass
class MenuItem:
    title: str
    url: str
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


def _with_external_url(queryset):
    """Annotate ``external_url`` so menus can link external pages without ``specific()``."""
    external = apps.get_model("sections", "ExternalLinkPage")
    return queryset.annotate(
        external_url=Subquery(external.objects.filter(pk=OuterRef("pk")).values("link_url")[:1])
    )


class Navigation:
    """Navigation for one request, optionally positioned on ``page``."""

    def __init__(self, request, page: Page | None = None):
        self.request = request
        self.page = page

    @classmethod
    def for_request(cls, request, page: Page | None = None) -> Navigation:
        cached = getattr(request, "_portal_navigation", None)
        if cached is None or cached.page is not page:
            cached = cls(request, page)
            request._portal_navigation = cached
        return cached

    # --- Position in the tree ---------------------------------------------------

    @cached_property
    def ancestors(self) -> list[Page]:
        """Live ancestors of the page below the tree root, home first."""
        if self.page is None:
            return []
        return list(self.page.get_ancestors().filter(depth__gt=1).live())

    @cached_property
    def home(self) -> Page | None:
        """The home page of the page's locale, or of the active language."""
        if self.page is not None:
            return self.ancestors[0] if self.ancestors else self.page
        site = Site.find_for_request(self.request)
        if site is None:
            return None
        return (
            Page.objects.live()
            .filter(
                translation_key=site.root_page.translation_key,
                locale__language_code=translation.get_language(),
            )
            .first()
        )

    @cached_property
    def section(self) -> Page | None:
        """The top-level section the page belongs to (None on the home page)."""
        trail = [*self.ancestors[1:], self.page] if self.page is not None else []
        return trail[0] if trail else None

    # --- Menus ------------------------------------------------------------------

    def _url(self, page: Page) -> str:
        return page.get_url(self.request) or ""

    @cached_property
    def _active_paths(self) -> set[str]:
        paths = {p.path for p in self.ancestors}
        if self.page is not None:
            paths.add(self.page.path)
        return paths

    def _item(self, page: Page) -> MenuItem:
        return MenuItem(
            title=page.title,
            url=page.external_url or self._url(page),
            external=bool(page.external_url),
            active=page.path in self._active_paths,
        )

    @cached_property
    def main_menu(self) -> list[MenuItem]:
        """Sections of the home page with their subsections: one query."""
        if self.home is None:
            return []
        pages = _with_external_url(
            Page.objects.live()
            .public()
            .in_menu()
            .descendant_of(self.home)
            .filter(depth__lte=self.home.depth + 2)
            .order_by("path")
        )
        sections: dict[str, MenuItem] = {}
        for page in pages:
            if page.depth == self.home.depth + 1:
                sections[page.path] = self._item(page)
            else:
                parent = sections.get(page.path[: -Page.steplen])
                if parent is not None:
                    parent.children.append(self._item(page))
        return list(sections.values())

    @cached_property
    def section_menu(self) -> MenuItem | None:
        """The current section and its subsections, for the side menu."""
        if self.section is None:
            return None
        for item in self.main_menu:
            if item.active:
                return item
        return None

    @cached_property
    def breadcrumbs(self) -> list[MenuItem]:
        return [MenuItem(title=p.title, url=self._url(p)) for p in self.ancestors]

    # --- Footer -----------------------------------------------------------------

    @cached_property
    def contacts(self):
        if self.home is None:
            return None
        contacts_page = apps.get_model("sections", "ContactsPage")
        return contacts_page.objects.live().child_of(self.home).first()

    # --- Languages --------------------------------------------------------------

    @cached_property
    def alternates(self) -> list[Alternate]:
        """One entry per language: the page's translation, else its nearest translated
        ancestor (marked ``is_fallback``), else that language's home page."""
        if self.page is None:
            return []
        found = {
            p.locale.language_code: p
            for p in self.page.get_translations(inclusive=True).live().select_related("locale")
        }
        missing = [code for code, _name in settings.LANGUAGES if code not in found]
        fallbacks = self._nearest_translated_ancestors(missing) if missing else {}
        alternates = []
        for code, name in settings.LANGUAGES:
            if code in found:
                url = self._url(found[code])
                is_fallback = False
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

    def _nearest_translated_ancestors(self, language_codes: list[str]) -> dict[str, Page]:
        keys = [p.translation_key for p in self.ancestors]
        depth_of = {p.translation_key: p.depth for p in self.ancestors}
        best: dict[str, Page] = {}
        candidates = (
            Page.objects.live()
            .filter(translation_key__in=keys, locale__language_code__in=language_codes)
            .select_related("locale")
        )
        for candidate in candidates:
            code = candidate.locale.language_code
            held = best.get(code)
            if held is None or depth_of[candidate.translation_key] > depth_of[held.translation_key]:
                best[code] = candidate
        return best

    @property
    def hreflang_alternates(self) -> list[Alternate]:
        """Alternates that really are this page (no fallbacks), for ``<link hreflang>``."""
        return [a for a in self.alternates if not a.is_fallback]

    @property
    def x_default(self) -> Alternate | None:
        """The source-language version, advertised as ``x-default``."""
        for alternate in self.hreflang_alternates:
            if alternate.language_code == settings.LANGUAGE_CODE:
                return alternate
        return None
