"""Typography filters for public pages."""

import re

from django import template

register = template.Library()

# An initial is one capital letter and a full stop ("К.", "Ә."); the space after it
# becomes a non-breaking one so a line never ends with "К." and the name below.
_INITIAL = re.compile(r"(?<!\w)(\w\.)[ \t]+(?=\w)")


@register.filter(is_safe=True)
def keep_initials(value):
    """``value`` with a non-breaking space after each initial ("К. Құлажанов")."""
    if not isinstance(value, str):
        return value
    return _INITIAL.sub(lambda match: f"{match.group(1)}\u00a0", value)
