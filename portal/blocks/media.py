"""Media blocks: images, galleries, videos and links to documents.

Alt texts, captions, video titles and transcripts are plain text blocks, so wagtail-localize
offers them to translators; the image, video URL and document themselves are shared by
every translation.
"""

import logging
import re

from django.core.exceptions import ValidationError
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds import embeds
from wagtail.embeds.blocks import EmbedBlock
from wagtail.embeds.exceptions import EmbedException
from wagtail.images.blocks import ImageChooserBlock

from .links import web_url
from .preview import PREVIEW_TEMPLATE, preview_document, preview_images

__all__ = [
    "DocumentLinkBlock",
    "GalleryBlock",
    "ImageBlock",
    "VideoBlock",
    "validate_alt_text",
]

logger = logging.getLogger(__name__)

_FILE_NAME = re.compile(r"\.(avif|gif|heic|jpe?g|png|svg|tiff?|webp)\s*$", re.IGNORECASE)
# YouTube's oEmbed player address; its privacy-enhanced twin sets no cookies until the
# visitor plays the video, and is the only YouTube origin the public CSP lets frame.
_YOUTUBE_PLAYER = re.compile(r'\bsrc="https://www\.youtube\.com/embed/')
_PRIVATE_YOUTUBE_PLAYER = 'src="https://www.youtube-nocookie.com/embed/'


def validate_alt_text(value):
    """Reject a file name given as alt text: screen readers would read "IMG_0412.jpg" aloud."""
    if _FILE_NAME.search(value):
        raise ValidationError(
            _("Describe what the image shows instead of giving its file name."),
            code="alt_text_is_file_name",
        )


class ImageBlock(blocks.StructBlock):
    """An image with mandatory alt text, rendered as a responsive ``<picture>``."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        validators=[validate_alt_text],
        help_text=_(
            "Read aloud to blind visitors instead of the image: say what it shows "
            "and why it is here, in one sentence."
        ),
    )
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=250,
        help_text=_("Shown under the image to everyone."),
    )
    # default="": images stored before credits existed load with an empty credit, not
    # None, which wagtail-localize could not extract when syncing their translations.
    credit = blocks.CharBlock(
        label=_("Credit"),
        required=False,
        default="",
        max_length=200,
        help_text=_(
            "Who made the picture, e.g. 'Photo: A. Seitkali'. Say 'Illustration' for a "
            "drawing that is not a photograph."
        ),
    )

    class Meta:
        label = _("Image")
        icon = "image"
        template = "blocks/image_block.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "alt_text": _("Students in the main reading hall of the library"),
            "caption": _("The main reading hall is open until 22:00."),
            "credit": "",
        }
        description = _("A picture with alternative text, an optional caption and credit.")

    def get_preview_value(self):
        value = super().get_preview_value()
        images = preview_images(1)
        value["image"] = images[0] if images else None
        return value


class GalleryBlock(blocks.StructBlock):
    """A grid of images, each a link to its large rendition: a visitor without JavaScript
    opens the picture itself; ``lightbox.js`` shows it in a dialog on the page instead."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    images = blocks.ListBlock(ImageBlock(), label=_("Images"), min_num=2)

    class Meta:
        label = _("Gallery")
        icon = "grid"
        template = "blocks/gallery_block.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {"title": _("Open day 2025"), "images": []}
        description = _("Two or more images shown as a grid.")

    def get_preview_value(self):
        value = super().get_preview_value()
        value["images"] = self.child_blocks["images"].normalize(
            [
                {
                    "image": image,
                    "alt_text": _("A photograph from the open day"),
                    "caption": "",
                    "credit": "",
                }
                for image in preview_images(3)
            ]
        )
        return value


class VideoBlock(blocks.StructBlock):
    """A video from a video site, embedded when its oEmbed data can be fetched.

    The visible link to the video is rendered whatever happens: without network access
    (or when the provider is down) Wagtail's embed finder fails and the player is omitted.
    """

    video = EmbedBlock(
        label=_("Video address"),
        help_text=_("The address of the video page, e.g. on YouTube or Vimeo."),
    )
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=200,
        help_text=_("Shown as the link to the video, and used when the player cannot load."),
    )
    transcript = blocks.TextBlock(
        label=_("Transcript"),
        required=False,
        help_text=_(
            "What is said and shown in the video, for deaf visitors and anyone who cannot play it."
        ),
    )

    class Meta:
        label = _("Video")
        icon = "media"
        template = "blocks/video_block.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "video": "https://www.youtube.com/watch?v=mwrGSfiB1Mg",
            "title": _("A tour of the campus"),
            "transcript": _("The rector welcomes new students at the main entrance."),
        }
        description = _("A video with a link that works even when the player cannot load.")

    def clean(self, value):
        """Validate like StructBlock, but accept a video whose player cannot be fetched now.

        EmbedBlock.clean looks the URL up on the video site and refuses it when that fails,
        which would stop editors working from a network that cannot reach the site. The
        address is still checked as a URL; the page shows the link until the player loads.
        """
        result, errors = [], {}
        for name, child_value in value.items():
            child = self.child_blocks[name]
            try:
                if isinstance(child, EmbedBlock):
                    # FieldBlock.clean: the URL field's own validation, without the lookup.
                    cleaned = blocks.FieldBlock.clean(child, child_value)
                else:
                    cleaned = child.clean(child_value)
            except ValidationError as error:
                errors[name] = error
            else:
                result.append((name, cleaned))
        if errors:
            raise blocks.StructBlockValidationError(errors)
        return self._to_struct_value(result)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        video = value.get("video")
        context["video_url"] = web_url(video.url if video else "")
        context["embed_html"] = self.embed_html(video) if context["video_url"] else ""
        return context

    @staticmethod
    def embed_html(video):
        """Return the player HTML, or "" when the provider cannot be reached.

        The provider's own ``<iframe>``, without Wagtail's responsive wrapper (a style
        attribute the public CSP refuses; blocks.css sizes the player), YouTube from
        its no-cookie origin. A misbehaving provider must never take a page down.
        """
        if not video:
            return ""
        try:
            html = embeds.get_embed(video.url).html
        except EmbedException:
            return ""
        except Exception:
            logger.exception("Could not embed video %s", video.url)
            return ""
        # The provider's HTML is what Wagtail itself marks safe (wagtailembeds templates).
        return mark_safe(_YOUTUBE_PLAYER.sub(_PRIVATE_YOUTUBE_PLAYER, html))


class DocumentLinkValue(blocks.StructValue):
    @property
    def link_title(self):
        """The editor's title if given, else the document's own title."""
        document = self.get("document")
        return self.get("title") or (document.title if document else "")

    @property
    def extension(self):
        document = self.get("document")
        return document.file_extension.upper() if document else ""

    @property
    def size(self):
        document = self.get("document")
        return document.get_file_size() if document else None


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=250,
        help_text=_(
            "Leave empty to use the document's title. Fill it in to give the link "
            "a title in this language."
        ),
    )

    class Meta:
        label = _("Document")
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        preview_template = PREVIEW_TEMPLATE
        value_class = DocumentLinkValue
        preview_value = {"title": _("Academic calendar for 2025/2026")}
        description = _("A link to a document with its file type and size.")

    def get_preview_value(self):
        value = super().get_preview_value()
        value["document"] = preview_document()
        return value


# Migrations refer to the blocks by their public path, so modules can be reorganised.
DECONSTRUCT_ALIASES = {
    ImageBlock: "portal.blocks.ImageBlock",
    GalleryBlock: "portal.blocks.GalleryBlock",
    VideoBlock: "portal.blocks.VideoBlock",
    DocumentLinkBlock: "portal.blocks.DocumentLinkBlock",
}
