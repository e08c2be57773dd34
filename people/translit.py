"""One folded spelling of a name, whatever script it was typed in (W §8.5).

The same person is Нұрлан in Kazakh, Нурлан in Russian and Nurlan in English; a visitor
types whichever they know. ``name_key`` turns each spelling into one lower-case Latin
key: Kazakh and Russian Cyrillic are transliterated, the Kazakh Latin alphabet's
accented letters lose their marks, and the differences between the usual romanisations
(y/i, kh/h, zh/j, doubled letters) are folded away. The key is stored on the person, so
the search is one indexed ``LIKE`` per word, not a scan of every name in Python.
"""

import re
import unicodedata

__all__ = ["name_key", "query_keys"]

# Kazakh and Russian Cyrillic to plain Latin (Kazakh letters lose the distinction
# their marks carry: ә→a, ғ→g, қ→k, ң→n, ө→o, ұ/ү→u, һ→h, і→i).
_CYRILLIC = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y", "і": "i", "к": "k", "қ": "k",
    "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "h", "һ": "h",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}  # fmt: skip
# Letters of the Kazakh Latin alphabets that do not decompose into a base letter.
_LATIN = {"ı": "i", "ş": "sh", "ç": "ch", "q": "k", "w": "u", "x": "ks"}
# Romanisation variants folded to one form, applied in order. English writes Е as "ye"
# at the start of a word and after a vowel (Yerlan, Zhumabayeva): the same as "e".
_FOLDS = (("ye", "e"), ("zh", "j"), ("kh", "h"), ("ts", "c"), ("y", "i"))
_NON_LETTERS = re.compile(r"[^a-z]+")
_REPEATS = re.compile(r"(.)\1+")
MAX_WORDS = 6


def _fold_word(word: str) -> str:
    latin = "".join(_CYRILLIC.get(letter, letter) for letter in word)
    latin = unicodedata.normalize("NFKD", latin)
    latin = "".join(_LATIN.get(letter, letter) for letter in latin)
    latin = _NON_LETTERS.sub("", latin)
    for variant, folded in _FOLDS:
        latin = latin.replace(variant, folded)
    return _REPEATS.sub(r"\1", latin)


def name_key(name: str) -> str:
    """The folded key of a whole name: its words folded, separated by spaces."""
    words = (_fold_word(word) for word in name.casefold().split())
    return " ".join(word for word in words if word)


def query_keys(query: str) -> list[str]:
    """The folded words of a search query (at most ``MAX_WORDS``), each to be found
    somewhere in a person's key."""
    return name_key(query).split()[:MAX_WORDS]
