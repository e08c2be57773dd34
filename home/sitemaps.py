"""``/sitemap.xml``: every live public page of the three locale trees, each listed
with its translations as hreflang alternates (L3, SRCH-3)."""

from collections import defaultdict

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from portal.languages import SOURCE_LANGUAGE
from portal.pages import public_pages
from portal.public_url import absolute


class PortalSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key)
        in_a_locale_tree = Q(pk__in=[])
        for home in homes:
            in_a_locale_tree |= Q(path__startswith=home.path)
        return (
            public_pages()
            .filter(in_a_locale_tree)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
        )

    def location(self, obj):
        # The public address (PUBLIC_URL), whatever host the crawler came in on.
        return absolute(obj.get_url(self.request))

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        translations = defaultdict(list)
        for translated in (
            public_pages()
            .filter(translation_key__in={item.translation_key for item in items})
            .select_related("locale")
        ):
            translations[translated.translation_key].append(translated)
        urls = []
        for item in items:
            alternates = [
                {"lang_code": t.locale.language_code, "location": self.location(t)}
                for t in translations[item.translation_key]
            ]
            alternates += [
                {"lang_code": "x-default", "location": a["location"]}
                for a in alternates
                if a["lang_code"] == SOURCE_LANGUAGE
            ]
            urls.append(
                {
                    "item": item,
                    "location": self.location(item),
                    "lastmod": self.lastmod(item),
                    "alternates": alternates,
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
