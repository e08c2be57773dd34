"""The translation queue (L2): every page × kk/ru/en with its state."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.models import Page

from ..forms import QueueFilterForm, SubmitTranslationForm
from ..permissions import can_use_translation_queue, translator_languages
from ..translation_queue import queue_rows
from ..translation_sync import submit_translation


def _languages_for(user, only: str = "") -> list[str]:
    """All languages, the user's own translation languages first."""
    codes = [code for code, _name in settings.LANGUAGES]
    own = translator_languages(user)
    ordered = own + [code for code in codes if code not in own]
    return [only] if only else ordered


def _render(request, filters, *, submit_form=None, status=200):
    cleaned = filters.cleaned_data if filters.is_valid() else {}
    languages = _languages_for(request.user, cleaned.get("language") or "")
    rows = queue_rows(user=request.user, languages=languages, section_id=cleaned.get("section"))
    state = cleaned.get("state")
    if state:
        rows = [row for row in rows if any(cell.state == state for cell in row.cells)]
    names = dict(settings.LANGUAGES)
    return TemplateResponse(
        request,
        "governance/translation_queue.html",
        {
            "filters": filters,
            "rows": rows,
            "state": state,
            "languages": [(code, names[code]) for code in languages],
            "submit_form": submit_form,
            "can_start_translations": request.user.has_perm("wagtail_localize.submit_translation"),
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
def translation_queue(request):
    if not can_use_translation_queue(request.user):
        raise PermissionDenied
    filters = QueueFilterForm(request.GET or None)
    if request.GET and not filters.is_valid():
        return _render(request, filters, status=400)
    if request.method != "POST":
        return _render(request, filters)

    form = SubmitTranslationForm(request.POST)
    if not form.is_valid():
        return _render(request, filters, submit_form=form, status=400)
    translation = form.cleaned_data["translation"]
    target = translation.get_target_instance()
    if not isinstance(target, Page) or not target.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    try:
        page = submit_translation(translation, request.user)
    except ValidationError as error:
        for message in error.messages:
            form.add_error(None, message)
        form.add_error(
            None,
            _("“%(title)s” was not submitted: correct the translation first.")
            % {"title": target.title},
        )
        return _render(request, filters, submit_form=form, status=400)
    messages.success(
        request,
        _("“%(title)s” (%(language)s) was submitted for approval.")
        % {"title": page.title, "language": page.locale.get_display_name()},
    )
    return redirect(request.get_full_path())
