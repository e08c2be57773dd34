"""RSS 2.0 and Atom feeds of one locale's news, all of it or one tag (N1).

The index page routes to these, so a feed only ever holds its own locale tree's items
and speaks the language of the URL prefix.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from portal.public_url import absolute

# Items per feed: enough for a reader who checks weekly.
FEED_LENGTH = 20


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, *, index, tag=None):
        self.request = request
        return index, tag

    def title(self, obj):
        index, tag = obj
        if tag is None:
            return index.title
        return _("%(section)s: %(tag)s") % {"section": index.title, "tag": tag.name}

    def link(self, obj):
        index, _tag = obj
        return absolute(index.get_url(self.request))

    def feed_url(self, obj):
        return absolute(self.request.path)

    def description(self, obj):
        return obj[0].intro

    def items(self, obj):
        index, tag = obj
        items = index.current_items()
        if hasattr(items.model, "tags"):
            items = items.prefetch_related("tags")
        if tag is not None:
            items = items.filter(tags=tag)
        return items[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return absolute(item.get_url(self.request))

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        """News tags; blog posts and press releases have none."""
        tags = getattr(item, "tags", None)
        return [tag.name for tag in tags.all()] if tags is not None else []


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj):
        return obj[0].intro


FEEDS = {"rss": NewsFeed, "atom": AtomNewsFeed}
