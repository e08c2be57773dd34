"""Admin screens of the governance app."""

from .checks import page_checks
from .freshness import freshness_report, mark_reviewed
from .publications import publication_log, publication_log_results
from .queue import start_translation_view, translation_queue
from .waiting import waiting_list

__all__ = [
    "freshness_report",
    "mark_reviewed",
    "page_checks",
    "publication_log",
    "publication_log_results",
    "start_translation_view",
    "translation_queue",
    "waiting_list",
]
