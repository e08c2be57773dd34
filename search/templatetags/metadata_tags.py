"""``{% page_metadata %}`` in base.html's head: OpenGraph, Twitter, JSON-LD and the
locale's feed links. Queries live in :mod:`search.metadata`."""

from django import template
from django.utils.translation import get_language, gettext

from search import metadata

register = template.Library()


@register.inclusion_tag("search/includes/metadata.html", takes_context=True)
def page_metadata(context):
    request = context["request"]
    page = context.get("page")
    language = get_language()
    result = {
        "feeds": [
            {**feed, "absolute": metadata.absolute(request, feed["url"])}
            for feed in metadata.locale_feeds(language)
        ],
        "request": request,
        "site_name": gettext("K. Kulazhanov Kazakh University of Technology and Business"),
    }
    if page is not None and hasattr(page, "depth"):
        result["og"] = metadata.open_graph(request, page, language)
        result["json_ld"] = [
            metadata.to_json(item) for item in metadata.structured_data(request, page, language)
        ]
    return result
