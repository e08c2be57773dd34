"""The StreamBlocks that page bodies are made of.

The child names are stored in every page's JSON: never rename one without a data migration.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .contact import ContactCardBlock
from .links import CallToActionBlock, LinksBlock
from .media import DocumentLinkBlock, GalleryBlock, ImageBlock, VideoBlock
from .person import PersonCardBlock
from .text import HeadingBlock, ParagraphBlock, QuoteBlock, TableBlock

__all__ = ["BodyStreamBlock"]


class BodyStreamBlock(blocks.StreamBlock):
    """The main content of a page, in the order the editor puts it."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    gallery = GalleryBlock()
    video = VideoBlock()
    document = DocumentLinkBlock()
    table = TableBlock()
    quote = QuoteBlock()
    links = LinksBlock()
    call_to_action = CallToActionBlock()
    contact = ContactCardBlock()
    person = PersonCardBlock()

    class Meta:
        label = _("Body")
        icon = "doc-full-inverse"
        template = "blocks/body_stream_block.html"


# Migrations refer to the blocks by their public path, so modules can be reorganised.
DECONSTRUCT_ALIASES = {
    BodyStreamBlock: "portal.blocks.BodyStreamBlock",
}
