from django import template

from home.social import official_accounts as _official_accounts

register = template.Library()


@register.simple_tag
def official_accounts() -> list[dict]:
    """The university's official social-media accounts (cached; see ``home.social``)."""
    return _official_accounts()
