"""How an event's time reads wherever it is shown: the events list, the event's page and
the home page."""

from django import template
from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import gettext

from news.ical import EVENT_TIME_ZONE

register = template.Library()


@register.simple_tag
def event_when(event) -> str:
    """Start and end in Astana time, each in a ``<time>`` element, the end as a time
    alone when the event ends the day it starts. One call rather than an included
    template with a filter per part: a list shows ten events."""
    if event.start is None or event.end is None:
        return ""
    start = event.start.astimezone(EVENT_TIME_ZONE)
    end = event.end.astimezone(EVENT_TIME_ZONE)
    if end.date() == start.date():
        end_text = formats.time_format(end, "TIME_FORMAT")
    else:
        end_text = formats.date_format(end, "DATETIME_FORMAT")
    return format_html(
        '<time datetime="{}">{}</time>&nbsp;– <time datetime="{}">{}</time> '
        '<span class="muted">({})</span>',
        start.isoformat(),
        formats.date_format(start, "DATETIME_FORMAT"),
        end.isoformat(),
        end_text,
        gettext("Astana time"),
    )
