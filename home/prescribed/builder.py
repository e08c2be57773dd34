"""Build the prescribed tree (S1) in the source language and translate it (L1, L2).

Idempotent: a page that exists (same parent, same source slug) is left as editors made
it, and an existing translation is never overwritten. Only the pages built here are
marked prescribed (S2). The target languages are translated through wagtail-localize,
each title and slug given its real translation from the regulations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import unescape

from django.apps import apps
from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, Page, Site

from .localize import translate
from .tree import Names, Node

TOOL_NAME = "bootstrap_portal"
SITE_NAME = "ҚазТБУ"


class LocaleMismatch(Exception):
    """The database holds locales the settings do not declare; nothing has been written."""


@dataclass
class BuildReport:
    created: list[str] = field(default_factory=list)
    translated: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.translated)


def source_language() -> str:
    return settings.LANGUAGE_CODE


def target_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def check_locales() -> None:
    """Refuse a database whose locales differ from ``settings.LANGUAGES``.

    Building a tree next to locales the site does not serve (or translating into a
    language missing from the settings) would leave pages nobody can reach or edit.
    A database that lacks some configured locales is fine: they are created.
    """
    configured = {code for code, _name in settings.LANGUAGES}
    if settings.LANGUAGE_CODE not in configured:
        raise LocaleMismatch(
            f"LANGUAGE_CODE {settings.LANGUAGE_CODE!r} is not one of LANGUAGES "
            f"({', '.join(sorted(configured))})."
        )
    present = set(Locale.objects.values_list("language_code", flat=True))
    unexpected = present - configured
    if unexpected:
        raise LocaleMismatch(
            f"The database has locales {', '.join(sorted(unexpected))} that settings.LANGUAGES "
            f"does not declare ({', '.join(sorted(configured))}). Point the portal at the "
            "right database or settings; nothing has been changed."
        )


def field_values(values: dict, language: str) -> dict:
    """Model field values in ``language``: :class:`Names` are picked, the rest copied."""
    return {
        name: value[language] if isinstance(value, Names) else value
        for name, value in values.items()
    }


def texts_of(node: Node):
    yield node.title
    yield node.slug
    yield from (value for value in node.fields.values() if isinstance(value, Names))


def show_in_menus(node: Node, parent: Node | None) -> bool:
    """Sections and their subsections are in the menus; the home page and its own four
    subsections (shown as blocks on the home page, S1) are not."""
    if parent is None:
        return False
    return not (parent.model == "home.HomePage" and node.model == "sections.SubsectionPage")


def segment_lookup(texts, language: str):
    """A ``translation_of`` for :func:`translate`: finds a segment by its source text."""
    source = source_language()
    table = {" ".join(text[source].split()): text[language] for text in texts}

    def translation_of(segment) -> str | None:
        return table.get(" ".join(unescape(segment.string.data).split()))

    return translation_of


class StructureBuilder:
    def __init__(self, tree: Node):
        self.tree = tree
        self.report = BuildReport()

    @transaction.atomic
    def build(self) -> BuildReport:
        check_locales()
        locales = {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code, _name in settings.LANGUAGES
        }
        source = locales[source_language()]
        home = self._ensure_home(source)
        built = [(self.tree, home)]
        self._build_children(self.tree, home, source, built)
        for node, page in built:
            for language in target_languages():
                if page.has_translation(locales[language]):
                    continue
                translate(
                    page,
                    locales[language],
                    segment_lookup(texts_of(node), language),
                    tool_name=TOOL_NAME,
                )
                self.report.translated.append(f"{language}:{page.url_path}")
        return self.report

    def _ensure_home(self, locale: Locale) -> Page:
        home_model = apps.get_model(self.tree.model)
        home = home_model.objects.filter(locale=locale, depth=2).first()
        if home is None:
            home = self._create(self.tree, None, Page.get_first_root_node(), locale)
        site = Site.objects.filter(is_default_site=True).first() or Site(
            hostname="localhost", port=80, is_default_site=True
        )
        if site.root_page_id != home.pk:
            previous_root = site.root_page_id
            site.root_page = home
            site.site_name = site.site_name or SITE_NAME
            site.save()
            self._remove_wagtail_welcome_page(previous_root)
        return home

    @staticmethod
    def _remove_wagtail_welcome_page(page_id: int | None) -> None:
        """Wagtail's migration leaves a plain "Welcome" page as the site root."""
        if page_id is None:
            return
        welcome = Page.objects.filter(pk=page_id, depth=2, numchild=0).first()
        if welcome is not None and welcome.specific_class is Page:
            welcome.delete()

    def _build_children(self, node: Node, page: Page, locale: Locale, built: list) -> None:
        for child in node.children:
            child_page = page.get_children().filter(slug=child.slug[source_language()]).first()
            if child_page is None:
                child_page = self._create(child, node, page, locale)
            built.append((child, child_page))
            self._build_children(child, child_page, locale, built)

    def _create(self, node: Node, parent_node: Node | None, parent: Page, locale: Locale):
        language = source_language()
        page = apps.get_model(node.model)(
            title=node.title[language],
            slug=node.slug[language],
            locale=locale,
            show_in_menus=show_in_menus(node, parent_node),
            is_prescribed=True,
            **field_values(node.fields, language),
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.report.created.append(page.url_path)
        return page
