"""Automatic content rules (W3, W §9.5), run on any page type.

The checks read a revision's stored content (or the page's own data when it has no
revision), so they see exactly what an approver is asked to publish, including ids
of pages and images that have since been deleted. Every text field, rich text field
and StreamField is walked generically: new page types get the checks for free.

A problem *blocks* approval unless it is a warning. The approval task
(``CheckedApprovalTask``) refuses to approve while blocking problems remain.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import unescape

from django.conf import settings
from django.db import models
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

from portal.languages import SOURCE_LANGUAGE

from .words import ProhibitedWord

MIN_PHOTO_WIDTH = 1200
MIN_PHOTO_HEIGHT = 800
ALT_FIELD_NAMES = ("alt_text", "alt")
# Page types whose translations must exist once they are live (S1 section pages).
SECTION_PAGE_TYPES = {"sections.SectionPage", "sections.SubsectionPage"}

PAGE_LINK = re.compile(r"<a\b[^>]*\blinktype=\"page\"[^>]*>", re.IGNORECASE)
IMAGE_EMBED = re.compile(r"<embed\b[^>]*\bembedtype=\"image\"[^>]*/?>", re.IGNORECASE)
ATTRIBUTE = re.compile(r"(\w+)=\"([^\"]*)\"")
# Stand-in text that tells a visitor nothing ("this information is being prepared"):
# an editor writes the content or leaves the page unpublished. Whole phrases, in any
# of the three languages on any page, so ordinary sentences ("the university is
# preparing for accreditation") pass.
PLACEHOLDERS = re.compile(
    "|".join(
        (
            r"(?:ақпарат|мәлімет|бөлім|бет|мазмұн)\w*\s+(?:дайындалуда|толықтырылуда|әзірленуде)",
            r"жақын арада (?:жарияланады|толықтырылады|орналастырылады)",
            r"(?:информация|раздел|страница|сведения|содержание)\s+"
            r"(?:готовится|находится в разработке|в разработке|наполняется|скоро появится)",
            r"в стадии (?:наполнения|разработки)",
            r"(?:information|section|page|content)\s+(?:is\s+)?"
            r"(?:being prepared|coming soon|under construction|to be added)",
            r"\bcoming soon\b",
            r"\bunder construction\b",
            r"\blorem ipsum\b",
        )
    ),
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Problem:
    code: str
    field: str
    message: str
    blocking: bool = True


@dataclass
class _Found:
    texts: list  # (field label, text)
    page_ids: list  # (field label, id)
    image_ids: list  # (field label, id)
    missing_alt: list  # field labels


def _attributes(tag: str) -> dict[str, str]:
    return {name.lower(): unescape(value) for name, value in ATTRIBUTE.findall(tag)}


def _rich_text(html: str, label: str, found: _Found) -> None:
    found.texts.append((label, unescape(strip_tags(html))))
    for tag in PAGE_LINK.findall(html):
        page_id = _attributes(tag).get("id")
        if page_id and page_id.isdigit():
            found.page_ids.append((label, int(page_id)))
    for tag in IMAGE_EMBED.findall(html):
        attributes = _attributes(tag)
        if attributes.get("id", "").isdigit():
            found.image_ids.append((label, int(attributes["id"])))
        if not attributes.get("alt", "").strip():
            found.missing_alt.append(label)


def _label(parent: str, block) -> str:
    own = capfirst(str(block.label or block.name or ""))
    return f"{parent} → {own}" if own else parent


def _walk_block(block, raw, label: str, found: _Found) -> None:
    if raw is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for item in raw if isinstance(raw, list) else []:
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                _walk_block(child, item.get("value"), _label(label, child), found)
    elif isinstance(block, blocks.ListBlock):
        for item in raw if isinstance(raw, list) else []:
            value = item.get("value") if isinstance(item, dict) and "type" in item else item
            _walk_block(block.child_block, value, label, found)
    elif isinstance(block, blocks.StructBlock):
        if not isinstance(raw, dict):
            return
        for name, child in block.child_blocks.items():
            _walk_block(child, raw.get(name), _label(label, child), found)
        has_image = any(
            isinstance(child, ImageChooserBlock) and raw.get(name)
            for name, child in block.child_blocks.items()
        )
        alt_names = [name for name in ALT_FIELD_NAMES if name in block.child_blocks]
        if has_image and alt_names and not str(raw.get(alt_names[0]) or "").strip():
            found.missing_alt.append(label)
    elif isinstance(block, blocks.RichTextBlock):
        _rich_text(str(raw), label, found)
    elif isinstance(block, blocks.PageChooserBlock):
        if isinstance(raw, int):
            found.page_ids.append((label, raw))
    elif isinstance(block, ImageChooserBlock):
        if isinstance(raw, int):
            found.image_ids.append((label, raw))
    elif isinstance(raw, str) and isinstance(block, blocks.FieldBlock):
        found.texts.append((label, raw))


def _content_of(page: Page) -> dict:
    revision = page.get_latest_revision() if page.pk else None
    if revision is not None:
        return revision.content
    return page.serializable_data()


def collect(page: Page, content: dict | None = None) -> _Found:
    """Everything checkable in ``content`` (a revision's content) of ``page``'s type."""
    page = page.specific
    content = content if content is not None else _content_of(page)
    found = _Found([], [], [], [])
    image_model = get_image_model()
    for field in page._meta.concrete_fields:
        if field.name not in content or field.name in {"slug", "url_path", "draft_title"}:
            continue
        raw = content[field.name]
        label = capfirst(str(field.verbose_name))
        if isinstance(field, StreamField):
            if isinstance(raw, str):
                try:
                    raw = json.loads(raw)
                except ValueError:
                    continue
            _walk_block(field.stream_block, raw, label, found)
        elif isinstance(field, RichTextField):
            _rich_text(str(raw or ""), label, found)
        elif isinstance(field, (models.CharField, models.TextField)) and field.editable:
            if raw and not field.choices:
                found.texts.append((label, str(raw)))
        elif isinstance(field, models.ForeignKey) and field.related_model is image_model and raw:
            found.image_ids.append((label, int(raw)))
    return found


def _word_pattern(word: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(word.strip())}(?!\w)", re.IGNORECASE)


def prohibited_words(found: _Found, language: str) -> list[Problem]:
    problems = []
    for entry in ProhibitedWord.objects.filter(language=language):
        pattern = _word_pattern(entry.word)
        for label, text in found.texts:
            if pattern.search(text):
                problems.append(
                    Problem(
                        "prohibited_word",
                        label,
                        _("The prohibited word “%(word)s” appears in “%(field)s”.")
                        % {"word": entry.word, "field": label},
                    )
                )
    return problems


def placeholder_problems(found: _Found) -> list[Problem]:
    problems = []
    for label, text in found.texts:
        match = PLACEHOLDERS.search(text)
        if match:
            problems.append(
                Problem(
                    "placeholder",
                    label,
                    _(
                        "“%(field)s” holds placeholder text (“%(text)s”): write the "
                        "content, or leave the page unpublished until it is ready."
                    )
                    % {"field": label, "text": match.group(0)},
                )
            )
    return problems


def image_problems(found: _Found) -> list[Problem]:
    problems = [
        Problem(
            "missing_alt_text",
            label,
            _("An image in “%(field)s” has no alternative text.") % {"field": label},
        )
        for label in found.missing_alt
    ]
    ids = {image_id for _label_, image_id in found.image_ids}
    images = get_image_model().objects.in_bulk(ids)
    for label, image_id in found.image_ids:
        image = images.get(image_id)
        if image is None:
            problems.append(
                Problem(
                    "deleted_image",
                    label,
                    _("An image in “%(field)s” has been deleted.") % {"field": label},
                )
            )
        elif image.width < MIN_PHOTO_WIDTH or image.height < MIN_PHOTO_HEIGHT:
            problems.append(
                Problem(
                    "small_photo",
                    label,
                    _(
                        "The photo “%(title)s” in “%(field)s” is %(width)s×%(height)s; "
                        "photos must be at least %(min_width)s×%(min_height)s."
                    )
                    % {
                        "title": image.title,
                        "field": label,
                        "width": image.width,
                        "height": image.height,
                        "min_width": MIN_PHOTO_WIDTH,
                        "min_height": MIN_PHOTO_HEIGHT,
                    },
                )
            )
    return problems


def link_problems(found: _Found) -> list[Problem]:
    ids = {page_id for _label_, page_id in found.page_ids}
    pages = Page.objects.in_bulk(ids)
    problems = []
    for label, page_id in found.page_ids:
        target = pages.get(page_id)
        if target is None:
            problems.append(
                Problem(
                    "link_to_deleted_page",
                    label,
                    _("“%(field)s” links to a page that has been deleted.") % {"field": label},
                )
            )
        elif not target.live:
            problems.append(
                Problem(
                    "link_to_unpublished_page",
                    label,
                    _("“%(field)s” links to the unpublished page “%(title)s”.")
                    % {"field": label, "title": target.title},
                )
            )
    return problems


# A language's name as it reads inside a sentence ("…ағылшын аудармасы жоқ"), not the
# language list's "English" in every admin language.
LANGUAGE_IN_A_SENTENCE = {
    "kk": pgettext_lazy("language name inside a sentence", "Kazakh"),
    "ru": pgettext_lazy("language name inside a sentence", "Russian"),
    "en": pgettext_lazy("language name inside a sentence", "English"),
}


def translation_problems(page: Page, *, publishing: bool = True) -> list[Problem]:
    """A section page needs its ru/en translations; a translation needs its kk source
    live first (L2): a ru or en page is never public before its source. Earlier
    approval stages may pass a translation whose source is still under review, so
    that both reach the final stage and are published together."""
    page = page.specific
    title_label = capfirst(str(Page._meta.get_field("title").verbose_name))
    if page.locale.language_code != SOURCE_LANGUAGE:
        source = page.get_translation_or_none(
            page.locale.__class__.objects.get(language_code=SOURCE_LANGUAGE)
        )
        if source is None or not source.live:
            return [
                Problem(
                    "source_not_live",
                    title_label,
                    _(
                        "The Kazakh original of this page is not approved and published "
                        "yet; its translation cannot be published before it."
                    ),
                    blocking=publishing,
                )
            ]
        return []
    if page._meta.label not in SECTION_PAGE_TYPES:
        return []
    existing = set(
        Page.objects.translation_of(page, inclusive=False).values_list(
            "locale__language_code", flat=True
        )
    )
    problems = []
    for code, name in settings.LANGUAGES:
        if code == SOURCE_LANGUAGE or code in existing:
            continue
        problems.append(
            Problem(
                "missing_translation",
                title_label,
                _("This section page has no %(language)s translation.")
                % {"language": LANGUAGE_IN_A_SENTENCE.get(code, name)},
                # A page that has never been live cannot have been translated and
                # approved yet: remind, but do not block its first approval.
                blocking=page.live,
            )
        )
    return problems


def page_problems(
    page: Page, content: dict | None = None, *, publishing: bool = True
) -> list[Problem]:
    """Every problem found in ``page`` (its latest revision unless ``content`` is given)."""
    page = page.specific
    found = collect(page, content)
    return [
        *prohibited_words(found, page.locale.language_code),
        *placeholder_problems(found),
        *image_problems(found),
        *link_problems(found),
        *translation_problems(page, publishing=publishing),
    ]


def approval_problems(
    page: Page, content: dict | None = None, *, publishing: bool = True
) -> list[Problem]:
    return [p for p in page_problems(page, content, publishing=publishing) if p.blocking]
