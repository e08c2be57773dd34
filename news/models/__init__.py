"""News, the Rector's blog, events and press (N1–N4)."""

from .base import ITEMS_PER_PAGE, DatedIndexPage, DatedItemPage
from .blog import BlogComment, BlogIndexPage, BlogPostPage
from .events import LEAD_TIME, LEAD_TIME_LOG_ACTION, EventIndexPage, EventPage, EventPageForm
from .news import CATEGORY_CHOICES, NewsIndexPage, NewsPage, NewsPageTag
from .press import PressIndexPage, PressReleasePage, PublicPerson

__all__ = [
    "CATEGORY_CHOICES",
    "ITEMS_PER_PAGE",
    "LEAD_TIME",
    "LEAD_TIME_LOG_ACTION",
    "BlogComment",
    "BlogIndexPage",
    "BlogPostPage",
    "DatedIndexPage",
    "DatedItemPage",
    "EventIndexPage",
    "EventPage",
    "EventPageForm",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "PressIndexPage",
    "PressReleasePage",
    "PublicPerson",
]
