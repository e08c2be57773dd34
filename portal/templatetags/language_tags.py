"""The language switcher's short labels (portal.languages.ABBREVIATIONS)."""

from django import template

from portal.languages import abbreviation

register = template.Library()


@register.filter
def language_abbreviation(language_code):
    """``"kk"`` → ``"ҚАЗ"``: what the switcher shows on a phone."""
    return abbreviation(str(language_code))
