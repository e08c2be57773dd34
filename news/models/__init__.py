"""News, the Rector's blog, events and press (N1–N4)."""

from .archive import NewsArchiveCounts
from .base import ITEMS_PER_PAGE, DatedIndexPage, DatedItemPage
from .blog import BlogComment, BlogIndexPage, BlogPostPage
from .events import EventIndexPage, EventPage
from .media import (
    AccreditationRequest,
    MediaCornerPage,
    MediaMention,
    PressMailing,
    PressSubscriber,
)
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .press import PressIndexPage, PressReleasePage

__all__ = [
    "ITEMS_PER_PAGE",
    "AccreditationRequest",
    "BlogComment",
    "BlogIndexPage",
    "BlogPostPage",
    "DatedIndexPage",
    "DatedItemPage",
    "EventIndexPage",
    "EventPage",
    "MediaCornerPage",
    "MediaMention",
    "NewsArchiveCounts",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "PressIndexPage",
    "PressMailing",
    "PressReleasePage",
    "PressSubscriber",
]
