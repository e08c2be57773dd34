"""Shared StreamField blocks of the portal, one module per concern.

Import blocks from here (``from portal.blocks import BodyStreamBlock``). Each module's
``DECONSTRUCT_ALIASES`` makes migrations record blocks by this package path
(``portal.blocks.HeadingBlock``), so blocks can move between modules; renaming a class, or a
child of a StreamBlock, still needs a migration.
"""

from .contact import ContactCardBlock, PhoneBlock
from .links import CallToActionBlock, LinkBlock, LinksBlock
from .media import DocumentLinkBlock, GalleryBlock, ImageBlock, VideoBlock
from .person import PersonCardBlock, PersonChooserBlock
from .streams import BodyStreamBlock
from .text import HeadingBlock, ParagraphBlock, QuoteBlock, TableBlock, TableRowBlock

__all__ = [
    "BodyStreamBlock",
    "CallToActionBlock",
    "ContactCardBlock",
    "DocumentLinkBlock",
    "GalleryBlock",
    "HeadingBlock",
    "ImageBlock",
    "LinkBlock",
    "LinksBlock",
    "ParagraphBlock",
    "PersonCardBlock",
    "PersonChooserBlock",
    "PhoneBlock",
    "QuoteBlock",
    "TableBlock",
    "TableRowBlock",
    "VideoBlock",
]
