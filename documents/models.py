"""Models of the documents app, defined in their own modules (one concern each)."""

from .pages import DisclosurePage, DocumentLibraryPage
from .programmes import Level, Programme, StudyForm
from .register import Category, DocumentVersion, RegisteredDocument, Status

__all__ = [
    "Category",
    "DisclosurePage",
    "DocumentLibraryPage",
    "DocumentVersion",
    "Level",
    "Programme",
    "RegisteredDocument",
    "Status",
    "StudyForm",
]
