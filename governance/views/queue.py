"""The translation queue (L2): every page × kk/ru/en with its state."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from wagtail.models import Locale, Page

from ..forms import (
    QueueFilterForm,
    QueuePageForm,
    StartTranslationForm,
    SubmitTranslationForm,
)
from ..permissions import can_use_translation_queue, translator_languages
from ..translation_queue import TranslationQueue
from ..translation_sync import start_translation, submit_translation
from ..visibility import PageVisibility


def _languages_for(user, only: str = "") -> list[str]:
    """All languages, the user's own translation languages first."""
    codes = [code for code, _name in settings.LANGUAGES]
    own = translator_languages(user)
    ordered = own + [code for code in codes if code not in own]
    return [only] if only else ordered


def _render(request, filters, *, submit_form=None, status=200):
    cleaned = filters.cleaned_data if filters.is_valid() else {}
    languages = _languages_for(request.user, cleaned.get("language") or "")
    state = cleaned.get("state") or ""
    queue = TranslationQueue(
        user=request.user, languages=languages, section_id=cleaned.get("section"), state=state
    )
    paging = QueuePageForm(request.GET)
    number = paging.page_number(queue.paginator.num_pages) if paging.is_valid() else 1
    if paging.errors and status == 200:
        status = 400
    names = dict(settings.LANGUAGES)
    page = queue.page(number)
    return TemplateResponse(
        request,
        "governance/translation_queue.html",
        {
            "filters": filters,
            "paging": paging,
            "page_obj": page,
            "rows": page.object_list,
            "count": queue.count,
            "state": state,
            "languages": [(code, names[code]) for code in languages],
            "submit_form": submit_form,
            "can_start_translations": request.user.has_perm("wagtail_localize.submit_translation"),
            "own_languages": translator_languages(request.user),
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
        if form.cleaned_data["from_editor"]:
            for message in error.messages:
                messages.error(request, message)
            return redirect("wagtailadmin_pages:edit", target.pk)
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


@require_POST
def start_translation_view(request):
    """A translator starts the translation of a Kazakh page into their own language
    from the queue and lands in the translation editor.

    wagtail-localize lets only holders of its global "submit translation" permission
    start one (section editors, for their own pages); a translator may start one into
    a language they translate, for a page they may see (AC-1: a live public page, or
    one of their own), and nothing else.
    """
    if not can_use_translation_queue(request.user):
        raise PermissionDenied
    form = StartTranslationForm(request.POST)
    if not form.is_valid():
        return _render(request, QueueFilterForm(), submit_form=form, status=400)
    source, language = form.cleaned_data["page"], form.cleaned_data["language"]
    if language not in translator_languages(request.user) or not PageVisibility(
        request.user
    ).may_see(source):
        raise PermissionDenied
    locale = get_object_or_404(Locale, language_code=language)
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        messages.info(request, _("This page is already being translated."))
        return redirect("wagtailadmin_pages:edit", existing.pk)
    target = start_translation(source, locale, request.user)
    messages.success(
        request,
        _("The translation of “%(title)s” into %(language)s has started.")
        % {"title": source.title, "language": locale.get_display_name()},
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[target.pk]))
