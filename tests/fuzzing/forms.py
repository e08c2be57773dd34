"""The forms a page offers, read from its HTML the way a browser (or a bot) reads them,
so that a form added to any public page is fuzzed without being listed here."""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

# Plausible values a person would type, by input type, for the fields the test leaves
# alone while it fuzzes another one.
PLAUSIBLE = {
    "email": "fuzz@example.com",
    "url": "https://example.com/",
    "number": "1",
    "date": "2026-01-15",
    "password": "not-the-password-1",
    "textarea": "Сәлеметсіз бе! A plain comment.",
    "text": "Айгерім",
    "search": "ереже",
}


@dataclass
class Form:
    method: str
    action: str  # a path, resolved against the page it was found on
    page: str  # the page it was found on
    fields: dict[str, str] = field(default_factory=dict)  # name → plausible value
    hidden: dict[str, str] = field(default_factory=dict)  # name → value as rendered
    multipart: bool = False

    @property
    def signature(self) -> tuple:
        return (self.method, self.action, tuple(sorted(self.fields)), tuple(sorted(self.hidden)))


class _FormParser(HTMLParser):
    def __init__(self, page_url: str):
        super().__init__()
        self.page_url = page_url
        self.forms: list[Form] = []
        self._current: Form | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "form":
            action = urljoin(self.page_url, attributes.get("action") or self.page_url)
            self._current = Form(
                method=(attributes.get("method") or "get").lower(),
                action=urlsplit(action).path,
                page=self.page_url,
                multipart="multipart" in attributes.get("enctype", ""),
            )
            return
        form, name = self._current, attributes.get("name")
        if form is None or not name:
            return
        if tag == "input":
            kind = (attributes.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "reset"):
                return
            if kind == "hidden":
                form.hidden[name] = attributes.get("value", "")
            elif attributes.get("tabindex") == "-1":
                form.fields[name] = ""  # a honeypot: people never reach it, so never fill it
            elif kind in ("checkbox", "radio"):
                form.fields.setdefault(name, attributes.get("value") or "on")
            else:
                form.fields[name] = attributes.get("value") or PLAUSIBLE.get(kind, "x")
        elif tag == "textarea":
            form.fields[name] = PLAUSIBLE["textarea"]
        elif tag == "select":
            self._select = name
            form.fields[name] = ""
        elif tag == "option" and self._select and not form.fields.get(self._select):
            form.fields[self._select] = attributes.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form" and self._current is not None:
            self.forms.append(self._current)
            self._current = None
        elif tag == "select":
            self._select = None


def forms_on(page_url: str, html: str) -> list[Form]:
    parser = _FormParser(page_url)
    parser.feed(html)
    return parser.forms
