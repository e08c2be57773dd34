"""A refused admin request answers 403 (W1, AC-1).

Wagtail's admin turns ``PermissionDenied`` into a redirect to the dashboard with a
message (``wagtail.admin.auth.permission_denied``), so a crafted request looks like a
success (302) to scripts, monitoring and tests. The portal answers 403 with the same
message on an admin page instead. Wagtail's decorators look the function up in its
module at call time, so replacing it there covers every admin view.
"""

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse, QueryDict
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.datastructures import MultiValueDictKeyError
from django.utils.translation import gettext

from wagtail.admin import auth
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.views.edit_translation import edit_string_translation
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .forms import StringTranslationValueForm
from .translation_sync import overlong_message


def forbidden(request):
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        raise PermissionDenied
    return TemplateResponse(request, "governance/permission_denied.html", status=403)


def answer_forbidden_admin_views_with_403() -> None:
    auth.permission_denied = forbidden


def guarded_submit_page_translation(request, page_id):
    """wagtail-localize's "Translate page", for people who can edit the page (AC-6).

    wagtail-localize checks only the global ``submit_translation`` permission, so a
    section editor could otherwise create translations of another section's pages
    (the class of CVE-2026-54262). This view is registered ahead of it at the same
    admin URL.
    """

    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return SubmitPageTranslationView.as_view()(request, page_id=page_id)


def guarded_update_translations(request, translation_source_id):
    """wagtail-localize's "Sync translated pages", for people who can edit the source (AC-6)."""

    source = get_object_or_404(TranslationSource, pk=translation_source_id)
    page = Page.objects.filter(translation_key=source.object_id, locale_id=source.locale_id).first()
    if page is not None and not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)


def guarded_edit_string_translation(request, translation_id, string_segment_id):
    """wagtail-localize's save-one-string API, refusing bad values with 400 first.

    wagtail-localize reads ``request.POST["value"]`` unchecked (a 500 without one) and
    copies a translated title into the page's 255-character ``draft_title`` in a signal
    (a 500 on PostgreSQL when it is longer). Both are refused here, before anything
    is written, with a message naming the field and its limit.
    """

    if request.method == "PUT":
        form = StringTranslationValueForm(QueryDict(request.body, encoding=request.encoding))
        if not form.is_valid():
            return JsonResponse({"error": gettext("The translated text is missing.")}, status=400)
        translation = get_object_or_404(
            Translation.objects.select_related("source"), pk=translation_id
        )
        segment = get_object_or_404(
            StringSegment.objects.select_related("context"), pk=string_segment_id
        )
        model = translation.source.specific_content_type.model_class()
        message = overlong_message(model, segment.context.path, form.cleaned_data["value"])
        if message:
            return JsonResponse({"error": message}, status=400)
    try:
        return edit_string_translation(
            request, translation_id=translation_id, string_segment_id=string_segment_id
        )
    except MultiValueDictKeyError:
        return JsonResponse({"error": gettext("The translated text is missing.")}, status=400)
