"""The kinds of result a visitor can filter by, and which page types they are."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

PAGE = "page"
NEWS = "news"
EVENT = "event"
BLOG_POST = "blog"
PRESS_RELEASE = "press"
DOCUMENT = "document"
PERSON = "person"

LABELS = {
    PAGE: _("Page"),
    NEWS: _("News"),
    EVENT: _("Event"),
    BLOG_POST: _("Blog post"),
    PRESS_RELEASE: _("Press release"),
    DOCUMENT: _("Document"),
    PERSON: _("Person"),
}
CHOICES = list(LABELS.items())

# Kinds kept outside Wagtail's page index, searched by the engine itself.
NOT_PAGES = (DOCUMENT, PERSON)

# Page types with a kind of their own; every other page type is a plain page.
MODELS = {
    NEWS: "news.NewsPage",
    EVENT: "news.EventPage",
    BLOG_POST: "news.BlogPostPage",
    PRESS_RELEASE: "news.PressReleasePage",
}


def model_of(kind: str):
    return apps.get_model(MODELS[kind])


def kind_of(model) -> str:
    for kind, label in MODELS.items():
        if model is apps.get_model(label):
            return kind
    return PAGE
