"""A small suffix-stripping stemmer for Kazakh (Cyrillic script).

PostgreSQL has no Kazakh text-search configuration and SQLite's FTS5 has no stemmer
at all, so without this a visitor who types «университеттің» does not find a page that
says «университетте». Kazakh is agglutinative and regular: a word is a stem followed
by derivation, plural, possessive, case and predicative endings, each in back (ы, а)
and front (і, е) forms whose first consonant agrees with the sound before it
(ларға after a vowel, дарға after a voiced consonant, тарға after a voiceless one).

Endings are stripped from the end, longest first, but only where the sound before
them is one that ending can follow: «факультеті» loses the possessive «і», not an
accusative «ті» (which never follows a vowel), so it meets «факультетінің». Stripping
stops when no ending applies or fewer than ``MIN_STEM`` letters would remain.

The result need not be a dictionary lemma: the same function keys the indexed text
and the query, so only agreement matters. Chosen over ``kazstem`` (an FST analyser
whose wheel ships no Kazakh resources and needs an HFST toolchain and a compiled
apertium-kaz bundle): see docs/search.md, which reports the measured recall.
"""

VOWELS = set("аәеёиоөуұүыіэюяй")
# у and й close a syllable like consonants do («оқуы», «оқуға»): both classes.
CONSONANT_LIKE = set("бвгғджзклмнңпрстфхһцчшщқуй")
VOICELESS = set("пфктсшщхһцчқ")

_PREDICATIVE = "мын мін бын бін пын пін сың сің мыз міз быз біз пыз піз"
_CASES = (
    "ның нің дың дің тың тің ны ні ды ді ты ті н "  # genitive, accusative
    "ға ге қа ке на не "  # dative
    "да де та те нда нде дан ден тан тен нан нен ндан нден "  # locative, ablative
    "мен бен пен менен бенен пенен ымен імен "  # instrumental
    "дағы дегі тағы тегі ндағы ндегі"  # adjectival locative: университеттегі
)
_POSSESSIVE = (
    "ым ім ың ің ы і сы сі ымыз іміз ыңыз іңіз ңыз ңіз "
    "лары лері дары дері тары тері ларың лерің дарың дерің тарың терің"
)
_PLURAL = "лар лер дар дер тар тер"
# Derivations a search should see through: abstract nouns and adjectives (-лық,
# -лы, -сыз, -и), agents (-шы). Verbal nouns in -у stay: оқу, білу are words.
_DERIVATIONAL = "лық лік дық дік тық тік шы ші лы лі ды ді ты ті сыз сіз и"

SUFFIXES = sorted(
    set(" ".join([_PREDICATIVE, _CASES, _POSSESSIVE, _PLURAL, _DERIVATIONAL]).split()),
    key=len,
    reverse=True,
)
MIN_STEM = 3
MAX_STEPS = 6
# Stem-final voicing before a vowel-initial ending (кітап → кітабы, жүрек → жүрегі,
# тарақ → тарағы) is undone on the result, so both spellings share one key.
_DEVOICE = str.maketrans({"б": "п", "г": "к", "ғ": "қ"})


def _fits(suffix: str, before: str) -> bool:
    """Whether ``suffix`` may follow the sound ``before`` (vowel harmony aside)."""
    first = suffix[0]
    if first in "лң":
        return before in VOWELS or before in "рлмн"
    if first in "дғг":
        return before not in VOICELESS
    if first in "тқк":
        return before in VOICELESS
    if first == "н":
        return before in VOWELS or before in "мнң"
    if first == "с" and len(suffix) == 2:  # сы, сі: 3rd person after a vowel
        return before in VOWELS
    if first in "ыі":
        return before in CONSONANT_LIKE
    return True


def stem(word: str) -> str:
    """The search key of one lower-case Kazakh word."""
    for _step in range(MAX_STEPS):
        for suffix in SUFFIXES:
            if not word.endswith(suffix):
                continue
            rest = word[: -len(suffix)]
            if (
                len(rest) >= MIN_STEM
                and any(letter in VOWELS for letter in rest)
                and _fits(suffix, rest[-1])
            ):
                word = rest
                break
        else:
            break
    return word[:-1] + word[-1].translate(_DEVOICE) if word else word
