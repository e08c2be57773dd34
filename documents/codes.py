"""Identification codes of the quality-management system (DOC1, W §13).

The seeds use codes such as ``ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12``: organisation, unit and
document type abbreviations, the ISO 9001 clause, the year and a serial number (which
may carry sub-numbers, ``…–2025–20–05.01``). People type them with hyphens, en or em
dashes and stray spaces; the register stores one canonical form with en dashes so a
search finds a code however it was typed.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

SEPARATOR = "–"
CODE_MAX_LENGTH = 80
_LETTERS = "A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"
_DASHES = re.compile(r"\s*[-‐‑‒–—―]\s*")
_QUOTES = re.compile(r"[«»\"“”„']")
CODE_PATTERN = re.compile(
    rf"^[{_LETTERS}]{{2,12}}(?:–[{_LETTERS}]{{1,12}}){{2}}"
    r"–\d{1,2}(?:\.\d{1,2}){0,3}\.?"
    r"–(?:19|20)\d\d"
    r"–\d{2}(?:[–.]\d{2}){0,3}$"
)
# What a visitor may type in the code-or-title search box: letters of the code
# alphabet, digits, spaces, dashes and the punctuation of real titles (colons, commas,
# brackets, quotes, slash, №). Markup and statement separators are refused.
SEARCH_PATTERN = re.compile(rf"^[{_LETTERS}0-9.\s\-‐‑‒–—―:,()/№'\"«»“”„]*$")
EXAMPLE = "ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12"


def normalize_code(value: str) -> str:
    """The canonical spelling: no quotes, en dashes without spaces around them."""
    value = _QUOTES.sub("", value or "").strip()
    return _DASHES.sub(SEPARATOR, value)


def validate_identification_code(value: str) -> None:
    if not CODE_PATTERN.match(normalize_code(value)):
        raise ValidationError(
            _(
                "“%(value)s” is not an identification code. Use the register format, "
                "for example %(example)s: organisation, unit and document type, the "
                "standard clause, the year and the number, separated by dashes."
            ),
            code="invalid_code",
            params={"value": value, "example": EXAMPLE},
        )
