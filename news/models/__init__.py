"""News, the Rector's blog, events and press (N1–N4)."""

from .base import ITEMS_PER_PAGE, DatedIndexPage, DatedItemPage
from .blog import BlogComment, BlogIndexPage, BlogPostPage
from .events import EventIndexPage, EventPage
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .press import PressIndexPage, PressReleasePage, PublicPerson

__all__ = [
    "ITEMS_PER_PAGE",
    "BlogComment",
    "BlogIndexPage",
    "BlogPostPage",
    "DatedIndexPage",
    "DatedItemPage",
    "EventIndexPage",
    "EventPage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "PressIndexPage",
    "PressReleasePage",
    "PublicPerson",
]
