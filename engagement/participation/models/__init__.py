"""The models of the participation app: submitted material (E3) and public
discussions with their proposals (E2); each lives in the module named after it."""

from .submissions import Purpose, Submission, SubmissionPhoto, SubmissionStatus

__all__ = ["Purpose", "Submission", "SubmissionPhoto", "SubmissionStatus"]
