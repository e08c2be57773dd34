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


# The short labels of the language switcher on phones, each in its own language like
# the full names (the Kazakhstani convention "ҚАЗ · РУС · ENG"); each is the start of
# the full name, so the link's accessible name contains what a person sees.
ABBREVIATIONS: dict[str, str] = {"kk": "ҚАЗ", "ru": "РУС", "en": "ENG"}


def abbreviation(language_code: str) -> str:
    """The switcher's short label for ``language_code`` (its code in capitals if unknown)."""
    return ABBREVIATIONS.get(language_code, language_code.upper())
