"""The shape of the prescribed tree (S1, S3), owned here and read by every app.

Root (1) → one home page per locale (2) → the regulated sections (3) → subsections (4)
→ nested subsections (5): three clicks from home at most, so nothing is created deeper.
"""

from wagtail.models import Page

from portal.languages import SOURCE_LANGUAGE

HOME_DEPTH = 2
SECTION_DEPTH = HOME_DEPTH + 1
SUBSECTION_DEPTH = HOME_DEPTH + 2
MAX_PAGE_DEPTH = HOME_DEPTH + 3


def homes(language: str | None = None):
    """The home pages, one per locale, or the one of ``language``."""
    pages = Page.objects.filter(depth=HOME_DEPTH)
    return pages.filter(locale__language_code=language) if language else pages


def sections(language: str = SOURCE_LANGUAGE):
    """The top-level sections of one locale's tree, in menu order."""
    return Page.objects.filter(depth=SECTION_DEPTH, locale__language_code=language).order_by("path")
