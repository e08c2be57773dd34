"""Template access to :mod:`home.navigation`; no queries are written here."""

import re

from django import template

from home.navigation import Navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def navigation(context):
    """``{% navigation as nav %}``: menus, breadcrumbs, alternates for this request."""
    return Navigation.for_request(context["request"], context.get("page"))


@register.filter
def tel_href(phone: str) -> str:
    """``+7 (7172) 64-58-01`` → ``tel:+77172645801``."""
    return "tel:" + re.sub(r"[^0-9+]", "", phone)


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str) -> str:
    """Absolute form of a site path for the host this request came in on (it has
    passed ALLOWED_HOSTS), so canonical and hreflang links agree."""
    return context["request"].build_absolute_uri(path)
