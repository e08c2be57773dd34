"""A requester's attachment is accepted by what it is, not by what it is called: its
first bytes must be those of a PDF, JPEG, PNG or DOCX file, and agree with its name's
extension; anything else, or anything over the size cap, is refused (UP-3)."""

import zipfile

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

ALLOWED = {
    "pdf": ("pdf",),
    "jpeg": ("jpg", "jpeg"),
    "png": ("png",),
    "docx": ("docx",),
}


def sniff(upload) -> str | None:
    """The real type of ``upload`` from its content, or None."""
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(upload) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        finally:
            upload.seek(0)
        if "[Content_Types].xml" in names and "word/document.xml" in names:
            return "docx"
    return None


def check_attachment(upload) -> str:
    """Validate ``upload``; return its real type (``pdf``, ``jpeg``, ``png``, ``docx``)."""
    limit = settings.INFORMATION_REQUESTS_MAX_ATTACHMENT
    if upload.size > limit:
        raise forms.ValidationError(
            _("The file is too large: at most %(limit)s."),
            code="file_too_large",
            params={"limit": filesizeformat(limit)},
        )
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    kind = sniff(upload)
    if kind is None or extension not in ALLOWED[kind]:
        raise forms.ValidationError(
            _("Attach a PDF, JPEG, PNG or DOCX file whose content matches its name."),
            code="file_type",
        )
    return kind
