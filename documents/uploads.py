"""Checks an uploaded document by its content, not only by its name (design.md §6).

Wagtail checks the extension against ``WAGTAILDOCS_EXTENSIONS``; this module makes
sure the bytes are what the extension claims, so an HTML page or a script renamed
``report.pdf`` is refused, and enforces ``WAGTAILDOCS_MAX_UPLOAD_SIZE``.
"""

import os
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

# Office Open XML and OpenDocument files are zip containers with a known member.
_ZIP_MEMBERS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
    "odt": "mimetype",
    "zip": None,
}
_TEXT_EXTENSIONS = {"txt", "csv"}


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    lowered = head.lower()
    if b"<script" in lowered or b"<html" in lowered or b"<svg" in lowered:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        return error.start >= len(head) - 3
    return True


def _content_matches(extension: str, uploaded) -> bool:
    uploaded.seek(0)
    head = uploaded.read(4096)
    uploaded.seek(0)
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if extension == "rtf":
        return head.startswith(b"{\\rtf")
    if extension in _TEXT_EXTENSIONS:
        return _looks_like_text(head)
    if extension in _ZIP_MEMBERS:
        if not head.startswith(b"PK\x03\x04"):
            return False
        member = _ZIP_MEMBERS[extension]
        if member is None:
            return True
        try:
            with zipfile.ZipFile(uploaded) as archive:
                return member in archive.namelist()
        except zipfile.BadZipFile:
            return False
        finally:
            uploaded.seek(0)
    return False


def validate_document_upload(uploaded) -> None:
    """Refuse oversized files and files whose content is not their declared type."""
    limit = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)
    if limit is not None and uploaded.size > limit:
        raise ValidationError(
            _("This file is %(size)s; documents may be at most %(limit)s."),
            code="file_too_large",
            params={"size": filesizeformat(uploaded.size), "limit": filesizeformat(limit)},
        )
    extension = os.path.splitext(uploaded.name)[1].lower().lstrip(".")
    if not _content_matches(extension, uploaded):
        raise ValidationError(
            _(
                "The content of this file is not a valid %(type)s document. Upload a PDF, "
                "Word, Excel, PowerPoint, OpenDocument, RTF, plain-text, CSV or ZIP file."
            ),
            code="invalid_content",
            params={"type": extension.upper() or "?"},
        )
