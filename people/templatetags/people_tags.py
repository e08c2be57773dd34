"""Template helpers for showing a person anywhere: in the visitor's language, linked to
their page in the directory, with the schema.org ``Person`` description."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from people.pages import directory_page

register = template.Library()

# json_script's escapes: the JSON cannot close the script element or open a comment.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _directory(context):
    """The directory page of the active language, looked up once per request."""
    request = context.get("request")
    language = get_language()
    cache = getattr(request, "_people_directory", None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            request._people_directory = cache
    if language not in cache:
        cache[language] = directory_page(language)
    return cache[language]


@register.simple_tag(takes_context=True)
def person_url(context, person) -> str:
    """The address of ``person``'s page in the directory of the active language, or ""."""
    directory = _directory(context)
    return directory.person_url(person) if directory and person else ""


@register.simple_tag
def localized_person(person):
    """``person`` in the active language (the Kazakh source until it is translated)."""
    return person.in_current_language() if person else None


@register.simple_tag(takes_context=True)
def person_json_ld(context, person, expert=False):
    """A ``<script type="application/ld+json">`` describing ``person`` (schema.org Person)."""
    request = context.get("request")
    data = {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": person.name,
    }
    if person.position_label:
        data["jobTitle"] = str(person.position_label)
    if person.unit_id:
        data["worksFor"] = {"@type": "Organization", "name": person.unit.name}
    if person.email:
        data["email"] = f"mailto:{person.email}"
    if person.phone:
        data["telephone"] = person.phone
    if expert:
        data["knowsAbout"] = person.expertise_areas
    url = person_url(context, person)
    if url and request is not None:
        data["url"] = request.build_absolute_uri(url)
    text = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.simple_tag
def unit_of_page(page):
    """The unit whose page ``page`` is (in any language: the unit keeps the Kazakh
    page), or None; one query."""
    from people.units import Unit

    if page is None or not getattr(page, "translation_key", None):
        return None
    units = list(Unit.objects.filter(page__translation_key=page.translation_key))
    own = [unit for unit in units if unit.locale_id == page.locale_id]
    return (own or units or [None])[0]
