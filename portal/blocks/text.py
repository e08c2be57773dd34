"""Text blocks: headings, paragraphs, quotations and data tables.

Everything here is made of CharBlock, TextBlock and RichTextBlock values so that
wagtail-localize offers each piece of text to translators as its own segment.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .preview import PREVIEW_TEMPLATE

__all__ = [
    "HEADING_LEVELS",
    "PARAGRAPH_FEATURES",
    "HeadingBlock",
    "ParagraphBlock",
    "QuoteBlock",
    "TableBlock",
    "TableRowBlock",
]

HEADING_LEVELS = [
    ("h2", _("Level 2: section")),
    ("h3", _("Level 3: subsection")),
    ("h4", _("Level 4: minor heading")),
]

# No headings: they go through HeadingBlock, which keeps the outline to h2-h4.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingValue(blocks.StructValue):
    @property
    def tag(self):
        """The element name, limited to the offered levels whatever the stored data says."""
        level = self.get("level")
        return level if level in dict(HEADING_LEVELS) else "h2"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=HEADING_LEVELS,
        default="h2",
        help_text=_(
            "Screen reader users move through a page by its headings: "
            "do not skip a level (a level 3 heading follows a level 2 one)."
        ),
    )

    class Meta:
        label = _("Heading")
        icon = "title"
        template = "blocks/heading_block.html"
        preview_template = PREVIEW_TEMPLATE
        value_class = HeadingValue
        preview_value = {"text": _("Admission to bachelor's programmes"), "level": "h2"}
        description = _("A section heading of level 2, 3 or 4 that structures the page.")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, features=None, **kwargs):
        super().__init__(features=features or PARAGRAPH_FEATURES, **kwargs)

    class Meta:
        label = _("Paragraph")
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = _(
            "<p>Applications are accepted from <b>20 June</b> to <b>25 August</b>. "
            'Read the <a href="https://www.gov.kz/">state admission rules</a> '
            "before you apply.</p>"
            "<ul><li>identity document</li><li>school certificate</li>"
            "<li>UNT certificate</li></ul>"
        )
        description = _("Formatted text with links and lists.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(
        label=_("Attribution"),
        required=False,
        max_length=200,
        help_text=_("Who said or wrote it."),
    )
    role = blocks.CharBlock(
        label=_("Role"),
        required=False,
        max_length=200,
        help_text=_("Their position, e.g. 'Rector' or 'Graduate of 2020'."),
    )

    class Meta:
        label = _("Quote")
        icon = "openquote"
        template = "blocks/quote_block.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "text": _("A university is measured by the people it sends into the world."),
            "attribution": _("Aigerim Sadykova"),
            "role": _("Rector"),
        }
        description = _("A quotation with the name and role of the person quoted.")


class TableRowBlock(blocks.StructBlock):
    cells = blocks.ListBlock(
        blocks.CharBlock(label=_("Cell"), required=False, max_length=500),
        label=_("Cells"),
        help_text=_("One cell for each column heading, in the same order."),
    )

    class Meta:
        label = _("Row")
        icon = "list-ol"


class TableBlock(blocks.StructBlock):
    """A data table whose caption, headings and cells are all translatable.

    Deliberately not ``wagtail.contrib.table_block``: wagtail-localize's segment extractor
    skips that block (and TypedTableBlock), so its text would never reach translators.
    """

    caption = blocks.CharBlock(
        label=_("Caption"),
        max_length=250,
        help_text=_("What the table shows. Screen readers announce it before the table."),
    )
    header = blocks.ListBlock(
        blocks.CharBlock(label=_("Column heading"), max_length=200),
        label=_("Column headings"),
        min_num=1,
    )
    rows = blocks.ListBlock(TableRowBlock(), label=_("Rows"), min_num=1)
    first_column_is_header = blocks.BooleanBlock(
        label=_("First column names the rows"),
        required=False,
        default=False,
        help_text=_("Tick when each row starts with its own heading, e.g. a programme name."),
    )

    class Meta:
        label = _("Table")
        icon = "table"
        template = "blocks/table_block.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "caption": _("Tuition fees for 2025/2026, tenge per year"),
            "header": [_("Programme"), _("Full-time"), _("Part-time")],
            "rows": [
                {"cells": [_("Computer science"), "1 250 000", "900 000"]},
                {"cells": [_("Food technology"), "1 100 000", "800 000"]},
            ],
            "first_column_is_header": True,
        }
        description = _("A data table with a caption and column headings.")

    def clean(self, value):
        value = super().clean(value)
        columns = len(value["header"])
        row_errors = {}
        for index, row in enumerate(value["rows"]):
            cells = len(row["cells"])
            if cells != columns:
                row_errors[index] = blocks.StructBlockValidationError(
                    block_errors={
                        "cells": blocks.ListBlockValidationError(
                            non_block_errors=[
                                ValidationError(
                                    gettext(
                                        "This row has a different number of cells (%(cells)d) "
                                        "than the table has column headings (%(columns)d)."
                                    ),
                                    code="cell_count_mismatch",
                                    params={"cells": cells, "columns": columns},
                                )
                            ]
                        )
                    }
                )
        if row_errors:
            raise blocks.StructBlockValidationError(
                block_errors={"rows": blocks.ListBlockValidationError(block_errors=row_errors)},
                non_block_errors=[
                    ValidationError(
                        gettext("Every row needs exactly one cell for each column heading."),
                        code="cell_count_mismatch",
                    )
                ],
            )
        return value


# Migrations refer to the blocks by their public path, so modules can be reorganised.
DECONSTRUCT_ALIASES = {
    HeadingBlock: "portal.blocks.HeadingBlock",
    ParagraphBlock: "portal.blocks.ParagraphBlock",
    QuoteBlock: "portal.blocks.QuoteBlock",
    TableRowBlock: "portal.blocks.TableRowBlock",
    TableBlock: "portal.blocks.TableBlock",
}
