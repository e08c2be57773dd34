"""The one format of the demo content: pages, their body blocks, snippets and documents.

The content package describes *what* exists in three languages; ``builder`` turns it
into pages. Every user-visible string is a :class:`T` carrying the Kazakh source and
its Russian and English translations, so the builder can feed wagtail-localize the
real translation of each source segment.

A spec whose slug is a prescribed page's (built by ``bootstrap_portal``) gives that page
its demo content; every other spec is a demo page of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LANGUAGES = ("kk", "ru", "en")


@dataclass(frozen=True)
class T:
    """One text in the three languages; ``kk`` is the source."""

    kk: str
    ru: str
    en: str

    def __getitem__(self, language: str) -> str:
        return getattr(self, language)


# --- Body blocks -------------------------------------------------------------
# Each maps onto one child of ``portal.blocks.BodyStreamBlock``.


@dataclass(frozen=True)
class Heading:
    text: T


@dataclass(frozen=True)
class Paragraphs:
    """Rich text made of plain paragraphs (one translation segment each)."""

    paragraphs: tuple[T, ...]


@dataclass(frozen=True)
class BulletList:
    """Rich text bullet list; ``intro`` (optional) becomes a paragraph above it."""

    items: tuple[T, ...]
    intro: T | None = None


@dataclass(frozen=True)
class Quote:
    text: T
    attribution: T


@dataclass(frozen=True)
class Link:
    """An external link (absolute URL) with a translated label."""

    label: T
    url: str


@dataclass(frozen=True)
class Links:
    title: T
    links: tuple[Link, ...]


@dataclass(frozen=True)
class ContactCard:
    name: T
    role: T
    phone: str = ""
    email: str = ""
    office: T | None = None
    hours: T | None = None


@dataclass(frozen=True)
class Table:
    caption: T
    header: tuple[T, ...]
    rows: tuple[tuple[T, ...], ...]


@dataclass(frozen=True)
class Photo:
    """One image of a gallery: ``image`` has a ``resolve()`` giving a Wagtail image."""

    image: object
    alt: T
    caption: T | None = None


@dataclass(frozen=True)
class Gallery:
    title: T
    photos: tuple[Photo, ...]


@dataclass(frozen=True)
class Video:
    url: str
    title: T
    transcript: T | None = None


@dataclass(frozen=True)
class PersonCard:
    """A person of the directory (``person`` has a ``resolve()`` giving a
    ``people.Person``); ``role`` overrides the position shown."""

    person: object
    role: T | None = None


Block = (
    Heading
    | Paragraphs
    | BulletList
    | Quote
    | Links
    | ContactCard
    | PersonCard
    | Table
    | Gallery
    | Video
)


# --- Pages -------------------------------------------------------------------


@dataclass(frozen=True)
class PageSpec:
    """A page of the demo tree.

    ``model`` is an ``app_label.ModelName`` string. ``slug`` is Latin in every
    language (kk and ru transliterated) so URLs stay readable when shared.
    ``fields`` carries model-specific values: plain values are copied as they
    are, :class:`T` values are translated, and a value with a ``resolve()`` method
    (a demo image, a managed person) is replaced by what it returns.
    """

    model: str
    slug: T
    title: T
    intro: T | None = None
    body: tuple[Block, ...] = ()
    fields: dict = field(default_factory=dict)
    children: tuple[PageSpec, ...] = ()
    # Words of each language (news tags are not translated by wagtail-localize).
    tags: tuple[T, ...] = ()

    def walk(self):
        """Yield this spec and all descendants, parents before children."""
        yield self
        for child in self.children:
            yield from child.walk()


# --- Snippets and the document register -------------------------------------------


@dataclass(frozen=True)
class VersionSpec:
    """One version of a registered document, with a file in each of ``languages``."""

    effective_date: object
    languages: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class RegisterEntrySpec:
    code: str
    category: str
    title: T
    versions: tuple[VersionSpec, ...]
    restricted: bool = False
    # The groups that may see a restricted entry (DOC4), by their role names.
    visible_to: tuple[str, ...] = ()
    # Paragraphs printed in each language's file under the title.
    summary: tuple[T, ...] = ()


@dataclass(frozen=True)
class ProgrammeSpec:
    """An educational programme snippet (D1), translated like a page."""

    code: str
    level: str
    study_form: str
    accreditation_body: str
    accredited_until: object
    name: T
    instruction_languages: T
    disciplines: T


@dataclass(frozen=True)
class CommentSpec:
    """A comment left under each Rector's blog post, in the post's language."""

    name: str
    email: str
    text: T
    approved: bool
