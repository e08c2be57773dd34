"""Shared helpers of the information-request tests: valid form data, real files, and
mail through the real queue (post_office) to a real SMTP server (tests.live)."""

import io
import zipfile
from contextlib import contextmanager

from django.test import override_settings

from PIL import Image

from tests.live import smtp_server

VALID = {
    "kind": "citizen",
    "name": "Гүлнар Серікқызы Әбдірахманова",
    "organisation": "",
    "email": "gulnar.requester@example.org",
    "phone": "+7 (701) 555-12-34",
    "subject": "Учебный план",
    "text": "Прошу предоставить учебный план по специальности «Информационные системы».",
    "urgency": "",
    "own_deadline": "",
    "consent": "on",
    "website": "",
}


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return buffer.getvalue()


def docx_bytes(with_document=True) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        if with_document:
            archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@contextmanager
def queued_mail_to_smtp(**extra):
    """Mail goes through the project's queue (post_office) to a real local SMTP server."""
    with smtp_server() as (mail, email_settings):
        transport = {k: v for k, v in email_settings.items() if k != "EMAIL_BACKEND"}
        with override_settings(
            EMAIL_BACKEND="post_office.EmailBackend",
            POST_OFFICE={
                "BACKENDS": {"default": email_settings["EMAIL_BACKEND"]},
                "MAX_RETRIES": 3,
                "LOG_LEVEL": 1,
            },
            **transport,
            **extra,
        ):
            yield mail
