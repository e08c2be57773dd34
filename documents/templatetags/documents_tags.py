from django import template

register = template.Library()


@register.simple_tag
def entry_url(page, entry):
    """The entry's archive page under ``page`` (a library page), else its current file."""
    if page is not None and hasattr(page, "entry_url"):
        return page.entry_url(entry)
    version = entry.current_version
    return version.download_url(version.languages[0]) if version and version.languages else ""
