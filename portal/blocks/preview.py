"""What the block picker in the admin shows before an editor inserts a block.

Every block renders its preview through ``PREVIEW_TEMPLATE`` (which links ``blocks.css``)
so that previews work without overriding Wagtail's global preview template. Blocks built
around a chooser borrow the newest image or document from the library: a preview without
one would be an empty box, and there is nothing to show on a fresh site anyway.
"""

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

__all__ = ["PREVIEW_TEMPLATE", "preview_document", "preview_images"]

PREVIEW_TEMPLATE = "blocks/preview.html"


def preview_images(count):
    """Return up to ``count`` of the newest library images (fewer, or none, on a fresh site)."""
    return list(get_image_model().objects.order_by("-created_at", "-pk")[:count])


def preview_document():
    """Return the newest library document, or ``None`` on a fresh site."""
    return get_document_model().objects.order_by("-created_at", "-pk").first()
