"""What machines read on every page: JSON-LD in the page's language, OpenGraph and
Twitter cards, and the locale's feeds and calendar to advertise (N1, N3, L3).

Pages only describe themselves; the shapes (schema.org types) are decided here, by
page type, so a new page type gets a BreadcrumbList and a WebPage with no work.
"""

from __future__ import annotations

import datetime
import json

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.templatetags.static import static
from django.utils import timezone
from django.utils.translation import gettext

from wagtail.models import Page

from home.navigation import Navigation
from portal import public_url

OG_LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}
FEEDS_CACHE_SECONDS = 300
LOGO = "portal/brand/icon-512.png"
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def absolute(request, path: str) -> str:
    """The public absolute form of a site path (``PUBLIC_URL``)."""
    return public_url.absolute(path)


def to_json(data) -> str:
    """JSON safe inside a ``<script>`` element."""
    return json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)


def _iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).isoformat()
    return value.isoformat()


def organisation(request, language: str, contacts: dict | None = None) -> dict:
    home = Navigation.for_request(request).home
    data = {
        "@type": "CollegeOrUniversity",
        "name": gettext("K. Kulazhanov Kazakh University of Technology and Business"),
        "url": absolute(request, home.url if home else f"/{language}/"),
        "logo": absolute(request, static(LOGO)),
    }
    if contacts:
        data["address"] = {"@type": "PostalAddress", "streetAddress": contacts["address"]}
        if contacts.get("phones"):
            data["telephone"] = contacts["phones"]
        if contacts.get("emails"):
            data["email"] = contacts["emails"]
    same_as = settings.PORTAL_SOCIAL_PROFILES
    if same_as:
        data["sameAs"] = list(same_as)
    return data


def _breadcrumbs(request, page, language: str) -> dict:
    nav = Navigation.for_request(request, page)
    crumbs = [(crumb.title, crumb.url) for crumb in nav.breadcrumbs]
    if not crumbs or crumbs[-1][1] != page.url:
        crumbs.append((page.title, page.url))
    return {
        "@type": "BreadcrumbList",
        "inLanguage": language,
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": title,
                "item": absolute(request, url),
            }
            for position, (title, url) in enumerate(crumbs, start=1)
        ],
    }


def _main_entity(request, page, language: str) -> dict:
    url = absolute(request, page.url)
    common = {
        "inLanguage": language,
        "url": url,
        "description": getattr(page, "meta_description", "") or page.search_description,
    }
    model = type(page)
    label = model._meta.label
    if label == "home.HomePage":
        nav = Navigation.for_request(request, page)
        return {**organisation(request, language, nav.contacts), "inLanguage": language}
    publisher = {"@type": "CollegeOrUniversity", "name": organisation(request, language)["name"]}
    dated = {
        "headline": page.title[:110],
        "datePublished": _iso(getattr(page, "date", None) or page.first_published_at),
        "dateModified": _iso(page.last_published_at),
        "mainEntityOfPage": url,
        "publisher": publisher,
    }
    if label in ("news.NewsPage", "news.PressReleasePage"):
        return {"@type": "NewsArticle", **common, **dated}
    if label == "news.BlogPostPage":
        return {"@type": "BlogPosting", **common, **dated}
    if label == "news.EventPage":
        return {
            "@type": "Event",
            **common,
            "name": page.title,
            "startDate": _iso(page.start),
            "endDate": _iso(page.end),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": {"@type": "Place", "name": page.place, "address": page.place},
            "organizer": publisher,
        }
    return {"@type": "WebPage", **common, "name": page.title}


def structured_data(request, page, language: str) -> list[dict]:
    """The page's JSON-LD graph: what it is, and where it sits."""
    graph = [_main_entity(request, page, language)]
    if page.depth > 2:
        graph.append(_breadcrumbs(request, page, language))
    return [{"@context": "https://schema.org", **item} for item in graph]


def open_graph(request, page, language: str) -> dict:
    image = absolute(request, static(LOGO))
    hero = getattr(page, "hero_image", None)
    if hero is not None:
        image = absolute(request, hero.get_rendition("fill-1200x630").url)
    return {
        "type": "article" if hasattr(page, "date") else "website",
        "title": page.seo_title or page.title,
        "description": getattr(page, "meta_description", "") or page.search_description,
        "url": absolute(request, page.url),
        "image": image,
        "locale": OG_LOCALES.get(language, language),
        "card": "summary_large_image" if hero is not None else "summary",
    }


def locale_feeds(language: str) -> list[dict]:
    """The feeds and calendar of one locale: news (RSS, Atom), the Rector's blog, the
    press centre, and the events calendar. Cached briefly: every page shows them."""
    key = f"search:feeds:{language}"
    feeds = cache.get(key)
    if feeds is not None:
        return feeds
    names = {
        "news.NewsIndexPage": [("rss", gettext("News (RSS)")), ("atom", gettext("News (Atom)"))],
        "news.BlogIndexPage": [("rss", gettext("Rector's blog (RSS)"))],
        "news.PressIndexPage": [("rss", gettext("Press centre (RSS)"))],
    }
    models = [apps.get_model(label) for label in [*names, "news.EventIndexPage"]]
    indexes = (
        Page.objects.live()
        .public()
        .type(*models)
        .filter(locale__language_code=language)
        .order_by("path")
        .specific()
    )
    feeds, seen = [], set()
    for index in indexes:
        label = type(index)._meta.label
        if label in seen:
            continue
        seen.add(label)
        if label == "news.EventIndexPage":
            feeds.append(
                {
                    "type": "text/calendar",
                    "title": gettext("Events (iCalendar)"),
                    "url": index.calendar_url(),
                }
            )
            continue
        for kind, title in names[label]:
            mime = "application/rss+xml" if kind == "rss" else "application/atom+xml"
            feeds.append({"type": mime, "title": title, "url": f"{index.url}feed/{kind}/"})
    cache.set(key, feeds, FEEDS_CACHE_SECONDS)
    return feeds
