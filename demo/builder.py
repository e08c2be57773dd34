"""Load the demo pages of ``demo.content`` into the tree ``bootstrap_portal`` built.

The only demo code that writes translations: the Kazakh source is created here and
Russian and English go through wagtail-localize (``home.prescribed.localize``), each
segment given its real translation from the spec, so the translation editor and later
syncs work on demo pages exactly as on pages made by people.

Never overwrites an edit:
- a demo page that exists (same parent, same Kazakh slug) is left as it is, and so is
  an existing translation's every string;
- a prescribed page gets the demo's intro, body and empty fields only while it is still
  exactly as ``bootstrap_portal`` left it (no content, no revision by a person), and its
  translations take the new content only where no person has saved them.
Demo pages are never marked prescribed: editors may unpublish, move and delete them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html import unescape

from django.apps import apps
from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, Page

from home.prescribed.localize import translate

from . import spec
from .blocks import raw_block, texts_of_block

TOOL_NAME = "load_demo"


class DemoError(Exception):
    """The database or the content spec is not fit for the demo; nothing has been written."""


@dataclass
class LoadReport:
    created: list[Page] = field(default_factory=list)
    filled: list[str] = field(default_factory=list)
    translated: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.filled or self.translated)


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


def _body(page_spec: spec.PageSpec, language: str) -> str:
    return json.dumps([raw_block(block, language) for block in page_spec.body])


def _edited_by_people(page: Page) -> bool:
    return page.revisions.exclude(user=None).exists()


def _untouched_by_people(page: Page) -> bool:
    """True while the page has no content and only revisions no person made."""
    specific = page.specific
    if getattr(specific, "intro", "") or len(getattr(specific, "body", None) or ()):
        return False
    return not _edited_by_people(page)


class DemoBuilder:
    def __init__(self, tree: spec.PageSpec):
        self.tree = tree
        self.source = settings.LANGUAGE_CODE
        self.report = LoadReport()

    @transaction.atomic
    def build(self) -> LoadReport:
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        missing = {code for code, _name in settings.LANGUAGES} - set(locales)
        home_model = apps.get_model(self.tree.model)
        home = (
            home_model.objects.filter(locale__language_code=self.source, depth=2).first()
            if self.source in locales
            else None
        )
        if missing or home is None:
            raise DemoError(
                "The prescribed structure is missing: run `manage.py bootstrap_portal` first."
            )
        # (spec, page id, whether its existing translations must take new content)
        pending = [(self.tree, home.pk, self._fill(self.tree, home))]
        self._walk_children(self.tree, home, locales[self.source], pending)
        for page_spec, page_id, refresh in pending:
            page = Page.objects.get(pk=page_id).specific
            for language, locale in locales.items():
                if language == self.source:
                    continue
                created = not page.has_translation(locale)
                if not (created or refresh):
                    continue
                if not created and _edited_by_people(page.get_translation(locale)):
                    continue  # a translator's page keeps their work, new source or not
                translate(page, locale, self._lookup(page_spec, language), tool_name=TOOL_NAME)
                self.report.translated.append(f"{language}:{page.url_path}")
                if created and page_spec.tags:
                    self._tag(page.get_translation(locale), page_spec, language)
        return self.report

    # --- Source pages ---------------------------------------------------------------

    def _walk_children(self, page_spec, page: Page, locale: Locale, pending: list) -> None:
        for child_spec in page_spec.children:
            child = page.get_children().filter(slug=child_spec.slug[self.source]).first()
            if child is None:
                child = self._create(child_spec, page, locale)
                pending.append((child_spec, child.pk, False))
            else:
                pending.append((child_spec, child.pk, self._fill(child_spec, child)))
            self._walk_children(child_spec, child, locale, pending)

    def _create(self, page_spec, parent: Page, locale: Locale) -> Page:
        model = apps.get_model(page_spec.model)
        values = {
            "title": page_spec.title[self.source],
            "slug": page_spec.slug[self.source],
            "intro": page_spec.intro[self.source] if page_spec.intro else "",
            "locale": locale,
            "show_in_menus": model.show_in_menus_default,
            **_field_values(page_spec, self.source),
        }
        if page_spec.body:
            values["body"] = _body(page_spec, self.source)
        page = model(**values)
        parent.add_child(instance=page)
        if page_spec.tags:
            page.tags.set([tag[self.source] for tag in page_spec.tags])
        page.save_revision().publish()
        self.report.created.append(page)
        return page

    def _fill(self, page_spec, page: Page) -> bool:
        """Give a page still as ``bootstrap_portal`` left it the demo's content."""
        if not (page_spec.intro or page_spec.body or page_spec.fields):
            return False
        if not _untouched_by_people(page):
            return False
        page = page.specific
        if page_spec.intro:
            page.intro = page_spec.intro[self.source]
        if page_spec.body:
            page.body = _body(page_spec, self.source)
        for name, value in _field_values(page_spec, self.source).items():
            if not getattr(page, name):
                setattr(page, name, value)
        page.save_revision().publish()
        self.report.filled.append(page.url_path)
        return True

    # --- Translations -----------------------------------------------------------------

    def _lookup(self, page_spec, language: str):
        table = {
            " ".join(text[self.source].split()): text[language]
            for text in _texts_of_page(page_spec)
        }

        def translation_of(segment) -> str | None:
            return table.get(" ".join(unescape(segment.string.data).split()))

        return translation_of

    @staticmethod
    def _tag(page: Page, page_spec, language: str) -> None:
        """Tags are words of the page's own language, not translated by wagtail-localize."""
        page = page.specific
        page.tags.set([tag[language] for tag in page_spec.tags])
        page.save_revision().publish()
