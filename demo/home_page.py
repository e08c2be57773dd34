"""The demo's home page blocks (``home.blocks.HomeStreamBlock``) and the step that gives
an existing demo home page those blocks.

The block specs carry their own raw data and texts (``raw`` and ``texts``), which
``demo.blocks`` asks of any spec block it does not know, so the home page goes through
the same builder, and the same wagtail-localize translation, as every demo page.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, Page

from home.prescribed.localize import translate

from .builder import TOOL_NAME, DemoBuilder, _body, _edited_by_people
from .images import DemoImage
from .spec import T


def _id() -> str:
    return str(uuid.uuid4())


def _items(values) -> list[dict]:
    return [{"type": "item", "value": value, "id": _id()} for value in values]


def _text(text: T | None, language: str) -> str:
    return text[language] if text else ""


@dataclass(frozen=True)
class Hero:
    image: DemoImage
    caption: T

    def raw(self, language: str) -> dict:
        value = {
            "image": self.image.resolve().pk,
            "alt_text": self.image.alt[language],
            "caption": self.caption[language],
            "credit": self.image.credit[language],
        }
        return {"type": "hero", "value": value, "id": _id()}

    def texts(self):
        yield from (self.image.alt, self.caption, self.image.credit)


@dataclass(frozen=True)
class Search:
    title: T | None = None

    def raw(self, language: str) -> dict:
        return {"type": "search", "value": {"title": _text(self.title, language)}, "id": _id()}

    def texts(self):
        if self.title:
            yield self.title


@dataclass(frozen=True)
class Path:
    """A quick path to the Kazakh page with slug ``slug`` (its translations follow)."""

    audience: str
    slug: str
    description: T
    label: T | None = None


@dataclass(frozen=True)
class Paths:
    title: T
    paths: tuple[Path, ...]

    def raw(self, language: str) -> dict:
        values = []
        for path in self.paths:
            page = Page.objects.filter(
                slug=path.slug, locale__language_code=settings.LANGUAGE_CODE
            ).first()
            if page is None:
                continue  # a path to a page the tree lacks is left out, never broken
            link = {"label": _text(path.label, language), "page": page.pk, "url": ""}
            values.append(
                {
                    "audience": path.audience,
                    "link": link,
                    "description": path.description[language],
                }
            )
        value = {"title": self.title[language], "paths": _items(values)}
        return {"type": "paths", "value": value, "id": _id()}

    def texts(self):
        yield self.title
        for path in self.paths:
            yield path.description
            if path.label:
                yield path.label


@dataclass(frozen=True)
class Live:
    """One of the blocks that pull live content: ``news``, ``events``, ``rector_post``."""

    kind: str
    count: int
    title: T | None = None

    def raw(self, language: str) -> dict:
        value = {"title": _text(self.title, language), "count": self.count}
        return {"type": self.kind, "value": value, "id": _id()}

    def texts(self):
        if self.title:
            yield self.title


@dataclass(frozen=True)
class Figures:
    title: T
    figures: tuple[tuple[T, T], ...]  # (number, what it counts)

    def raw(self, language: str) -> dict:
        figures = [
            {"number": number[language], "label": label[language]} for number, label in self.figures
        ]
        value = {"title": self.title[language], "figures": _items(figures)}
        return {"type": "figures", "value": value, "id": _id()}

    def texts(self):
        yield self.title
        for number, label in self.figures:
            yield number
            yield label


@dataclass(frozen=True)
class Subsections:
    """The home page's own subsections, as cards."""

    def raw(self, language: str) -> dict:
        return {"type": "sections", "value": {"title": ""}, "id": _id()}

    def texts(self):
        yield from ()


HOME_BLOCK_TYPES = {"hero", "search", "paths", "news", "events", "figures", "rector_post"}


@transaction.atomic
def ensure_home_blocks(home_spec) -> bool:
    """Give a demo home page made before the home blocks existed the spec's blocks.

    Only while no person has edited the Kazakh home page (every revision by a tool) and
    it has none of the home blocks yet; its Russian and English translations are synced
    through wagtail-localize, except one a translator has saved. Returns True if written.
    """
    source = settings.LANGUAGE_CODE
    home = (
        apps.get_model(home_spec.model)
        .objects.filter(locale__language_code=source, depth=2)
        .first()
    )
    if home is None or _edited_by_people(home):
        return False
    if any(block.block_type in HOME_BLOCK_TYPES for block in home.body):
        return False
    home.body = _body(home_spec, source)
    home.save_revision().publish()
    lookup = DemoBuilder(home_spec)._lookup
    for locale in Locale.objects.exclude(language_code=source):
        translation = home.get_translation_or_none(locale)
        if translation is not None and _edited_by_people(translation):
            continue
        translate(home, locale, lookup(home_spec, locale.language_code), tool_name=TOOL_NAME)
    return True
