"""Latin page slugs for Kazakh and Russian titles (issue 17).

A URL is shared in messages, printed on posters and read aloud; a percent-encoded
Cyrillic path (``/%D0%B6%D0%B0...``) is none of these. Every slug the admin makes is
therefore Latin, transliterated with the table below, the convention the prescribed
tree already follows (``home/prescribed/tree.py``: "gylymi-kenes", "uchenyi-sovet").

The one table drives both ends, so they cannot disagree:

- in the browser, Wagtail's slug field (``w-slug``) applies :data:`JS_FORMATTERS`
  to the title before its own ``urlify``, which knows Russian but no Kazakh letter;
- on the server, :class:`LatinSlugField` transliterates a slug typed or pasted in
  Cyrillic, and :func:`latin_slug` fills an empty slug from the title (no JavaScript).

Kazakh writes х as "h" (халық → "halyk", кітапхана → "kitaphana"); Russian titles
use the same table, so one table serves the whole site. A full stop or slash between
words separates them ("Enbek.kz" → "enbek-kz").

Editors may change the slug; only non-Latin letters are rewritten. Translations made by
wagtail-localize keep their own rule (it slugifies what the translator enters).

Libraries considered: ``anyascii`` (installed with Wagtail) writes қ as "q", ғ as "gh"
and ц as "ts", unlike the slugs already published, and neither it nor
``cyrtranslit``/``iuliia`` (Russian schemes) can feed the admin's JavaScript.

The table, lowercase (upper case maps the same way):

====  =====  ====  =====  ====  =====  ====  =====
а     a      ж     zh     п     p      ш     sh
ә     a      з     z      р     r      щ     shch
б     b      и     i      с     s      ъ     (none)
в     v      й     i      т     t      ы     y
г     g      к     k      у     u      і     i
ғ     g      қ     k      ұ     u      ь     (none)
д     d      л     l      ү     u      э     e
е     e      м     m      ф     f      ю     yu
ё     e      н     n      х     h      я     ya
             ң     n      һ     h
             о     o      ц     c
             ө     o      ч     ch
====  =====  ====  =====  ====  =====  ====  =====
"""

import re

from django import forms
from django.utils.text import slugify

from wagtail.admin.widgets import SlugInput

CYRILLIC_TO_LATIN = {
    "а": "a",
    "ә": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "қ": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "n",
    "о": "o",
    "ө": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "u",
    "ү": "u",
    "ф": "f",
    "х": "h",
    "һ": "h",
    "ц": "c",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "і": "i",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}

_LETTERS = re.compile("|".join(CYRILLIC_TO_LATIN), re.IGNORECASE)
_SEPARATORS = re.compile(r"[./]")

#: ``(pattern, replacement)`` pairs for Wagtail's ``SlugInput(formatters=...)``: one
#: case-insensitive pattern per letter, applied in the browser before ``urlify``.
JS_FORMATTERS = [
    (re.compile(letter, re.IGNORECASE), latin) for letter, latin in CYRILLIC_TO_LATIN.items()
] + [(_SEPARATORS, " ")]


def transliterate(text: str) -> str:
    """``text`` with every Kazakh and Russian letter written in Latin letters."""
    return _LETTERS.sub(lambda match: CYRILLIC_TO_LATIN[match.group(0).lower()], text)


def latin_slug(text: str) -> str:
    """An ASCII slug for ``text`` ("Ғылыми кеңес" → "gylymi-kenes"); may be empty."""
    return slugify(_SEPARATORS.sub(" ", transliterate(text)), allow_unicode=False)


class LatinSlugInput(SlugInput):
    """Wagtail's slug input with the Kazakh and Russian table applied in the browser."""

    def __init__(self, attrs=None, formatters=None, locale=None):
        super().__init__(attrs=attrs, formatters=formatters or JS_FORMATTERS, locale=locale)


class LatinSlugField(forms.SlugField):
    """A slug form field that rewrites Cyrillic letters to Latin before validating, so
    a slug typed or pasted in Kazakh or Russian is accepted as its Latin form."""

    def __init__(self, *args, **kwargs):
        kwargs["allow_unicode"] = False
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if value and not value.isascii():
            value = latin_slug(value) or value
        return value
