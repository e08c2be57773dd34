"""Stable download URLs of registered versions and the completeness report (D4)."""

import mimetypes
import os

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .completeness import completeness_report
from .register import DocumentVersion

INLINE_TYPES = set(getattr(settings, "WAGTAILDOCS_INLINE_CONTENT_TYPES", ["application/pdf"]))


def download(request, pk, number, language):
    """``/register/<entry>/v<number>/<language>/``: one file of one version, forever.
    A restricted entry, a deleted entry or a missing language is a 404 for anyone
    who may not see it, so the URL reveals nothing."""
    version = get_object_or_404(
        DocumentVersion.objects.select_related("document", f"file_{language}"),
        document_id=pk,
        number=number,
    )
    if not version.document.is_visible_to(request.user):
        raise Http404
    document = getattr(version, f"file_{language}")
    if document is None:
        raise Http404
    try:
        handle = document.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    extension = os.path.splitext(document.file.name)[1].lower()
    content_type = mimetypes.guess_type(document.file.name)[0] or "application/octet-stream"
    filename = f"{version.document.code}-v{version.number}-{language}{extension}"
    response = FileResponse(
        handle,
        as_attachment=content_type not in INLINE_TYPES,
        filename=filename,
        content_type=content_type,
    )
    response["Cache-Control"] = (
        "private, no-store" if version.document.restricted else "public, no-cache"
    )
    return response


def completeness(request):
    """The disclosure-completeness report: administrators and the quality office."""
    user = request.user
    if not (user.is_superuser or user.has_perm("documents.change_registereddocument")):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "documents/admin/completeness.html",
        {"report": completeness_report(), "header_title": _("Disclosure completeness")},
    )
