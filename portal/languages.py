"""The portal's languages (L1): Kazakh, the state language, is the source of every
translation; Russian and English are made from it through wagtail-localize.

This is the one place that says so. Product code asks here instead of comparing with
``settings.LANGUAGE_CODE`` or a literal language code.
"""

from django.conf import settings

SOURCE_LANGUAGE: str = settings.LANGUAGE_CODE
LANGUAGE_CODES: tuple[str, ...] = tuple(code for code, _name in settings.LANGUAGES)
TARGET_LANGUAGES: tuple[str, ...] = tuple(
    code for code in LANGUAGE_CODES if code != SOURCE_LANGUAGE
)


def is_source(page) -> bool:
    """Whether ``page`` is in the source language (its translations are made from it)."""
    return page.locale.language_code == SOURCE_LANGUAGE
