"""The models of the participation app: submitted material (E3) and public
discussions with their proposals (E2); each lives in the module named after it."""

from .discussions import DiscussionPage, DiscussionState, DiscussionSubject, Proposal
from .submissions import Purpose, Submission, SubmissionPhoto, SubmissionStatus

__all__ = [
    "DiscussionPage",
    "DiscussionState",
    "DiscussionSubject",
    "Proposal",
    "Purpose",
    "Submission",
    "SubmissionPhoto",
    "SubmissionStatus",
]
