"""Build the prescribed tree (S1) in kk and translate it to ru and en (L1, L2).

The build is idempotent: a page that exists (same parent, same Kazakh slug) is left
as editors made it, and an existing translation is never overwritten. Russian and
English are made through wagtail-localize, by giving each Kazakh segment its real
translation, so later syncs and the translation editor work on demo pages exactly
as on pages made by people.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import unescape

from django.apps import apps
from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from . import spec
from .blocks import raw_block, texts_of_block

SOURCE_LANGUAGE = "kk"
SITE_NAME = "ҚазТБУ"
TARGET_LANGUAGES = ("ru", "en")
TOOL_NAME = "bootstrap_portal"
# Items listed by their index page rather than shown in menus.
NOT_IN_MENUS = {"news.NewsPage", "news.BlogPostPage", "news.EventPage", "news.PressReleasePage"}


class BootstrapError(Exception):
    """The content spec and the models disagree; nothing has been written."""


@dataclass
class BuildReport:
    created: list[str] = field(default_factory=list)
    translated: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.translated)


def _texts_of_page(page_spec: spec.PageSpec):
    yield page_spec.title
    yield page_spec.slug
    if page_spec.intro:
        yield page_spec.intro
    for block in page_spec.body:
        yield from texts_of_block(block)
    yield from (v for v in page_spec.fields.values() if isinstance(v, spec.T))


def _field_values(page_spec: spec.PageSpec, language: str) -> dict:
    def resolved(value):
        if isinstance(value, spec.T):
            return value[language]
        return value.resolve() if callable(getattr(value, "resolve", None)) else value

    return {name: resolved(value) for name, value in page_spec.fields.items()}


class PortalBuilder:
    def __init__(self, tree: spec.PageSpec):
        self.tree = tree
        self.report = BuildReport()

    @transaction.atomic
    def build(self) -> BuildReport:
        locales = self._ensure_locales()
        home = self._ensure_home(locales[SOURCE_LANGUAGE])
        built = [(self.tree, home)]
        self._build_children(self.tree, home, locales[SOURCE_LANGUAGE], built)
        for page_spec, page in built:
            for language in TARGET_LANGUAGES:
                self._ensure_translation(page_spec, page, locales[language])
        return self.report

    # --- Locales and site -------------------------------------------------------

    def _ensure_locales(self) -> dict[str, Locale]:
        return {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code in (SOURCE_LANGUAGE, *TARGET_LANGUAGES)
        }

    def _ensure_home(self, locale: Locale) -> Page:
        home_model = apps.get_model(self.tree.model)
        root = Page.get_first_root_node()
        home = home_model.objects.filter(locale=locale, depth=2).first()
        if home is None:
            home = self._create(self.tree, root, locale, show_in_menus=False)
        site = Site.objects.filter(is_default_site=True).first() or Site(
            hostname="localhost", port=80, is_default_site=True
        )
        if site.root_page_id != home.pk:
            previous_root = site.root_page_id
            site.root_page = home
            site.site_name = SITE_NAME
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

    # --- Kazakh source tree -----------------------------------------------------

    def _build_children(self, parent_spec, parent: Page, locale: Locale, built: list) -> None:
        for child_spec in parent_spec.children:
            show_in_menus = child_spec.model not in NOT_IN_MENUS and not (
                parent_spec is self.tree and child_spec.model == "sections.SubsectionPage"
            )
            page = parent.get_children().filter(slug=child_spec.slug[SOURCE_LANGUAGE]).first()
            if page is None:
                page = self._create(child_spec, parent, locale, show_in_menus=show_in_menus)
            built.append((child_spec, page))
            self._build_children(child_spec, page, locale, built)

    def _create(self, page_spec, parent: Page, locale: Locale, *, show_in_menus: bool) -> Page:
        model = apps.get_model(page_spec.model)
        values = {
            "title": page_spec.title[SOURCE_LANGUAGE],
            "slug": page_spec.slug[SOURCE_LANGUAGE],
            "intro": page_spec.intro[SOURCE_LANGUAGE] if page_spec.intro else "",
            "locale": locale,
            "show_in_menus": show_in_menus,
            "is_prescribed": True,
            **_field_values(page_spec, SOURCE_LANGUAGE),
        }
        if page_spec.body:
            values["body"] = json.dumps(
                [raw_block(block, SOURCE_LANGUAGE) for block in page_spec.body]
            )
        page = model(**values)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.report.created.append(page.url_path)
        return page

    # --- Translations through wagtail-localize ----------------------------------

    def _ensure_translation(self, page_spec, page: Page, locale: Locale) -> None:
        if page.has_translation(locale):
            return
        lookup = {
            " ".join(text[SOURCE_LANGUAGE].split()): text for text in _texts_of_page(page_spec)
        }
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            key = " ".join(unescape(segment.string.data).split())
            text = lookup.get(key)
            if text is None:
                raise BootstrapError(
                    f"No {locale.language_code} translation for {key!r} on {page.url_path}"
                )
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": StringValue.from_plaintext(text[locale.language_code]).data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "tool_name": TOOL_NAME,
                },
            )
        # wagtail-localize defers publishing to transaction.on_commit with the page
        # object it holds, whose tree counters would then overwrite the children
        # added since (numchild). Save a draft and publish a fresh revision now.
        translation.save_target(publish=False)
        translated_page = page.get_translation(locale)
        translated_page.get_latest_revision().publish()
        self.report.translated.append(f"{locale.language_code}:{page.url_path}")
