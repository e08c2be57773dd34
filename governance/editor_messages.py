"""Messages the page editor shows, each once.

The content checks speak when the editor opens a page and after each save. Wagtail
then redirects a saved page back to its editor, which opens it again, and Wagtail 8's
autosave posts the form in the background every few seconds: without care each of
those queued the same warnings again, to be shown all at once (nine banners after one
save) and long after the problem was fixed. A background (JSON) request therefore
queues none, and a message already waiting to be shown is not queued twice.
"""

from django.contrib import messages


def is_background_save(request) -> bool:
    """Autosave and other script requests: Wagtail answers them with JSON, so a
    message queued there would surface on some later page, out of date."""
    return not request.accepts("text/html")


def _waiting(storage) -> list:
    """Messages from earlier requests not shown yet, then this request's. Iterating the
    storage would mark them all shown (Django's ``BaseStorage``), so its two lists are
    read instead."""
    return [*storage._loaded_messages, *storage._queued_messages]


def add_once(request, level: int, text: str) -> None:
    """Queue ``text`` unless the same message already waits to be shown."""
    storage = messages.get_messages(request)
    if str(text) not in {str(message.message) for message in _waiting(storage)}:
        messages.add_message(request, level, text)


def discard_messages(request) -> None:
    """Drop what this request queued: the view's own "page updated" when the next page
    says better what happened (the approver's confirmation)."""
    messages.get_messages(request)._queued_messages.clear()
