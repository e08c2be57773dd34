"""Blog comments are contributions (``portal.contributions``): the shared form with
its honeypot and the shared per-address limit, refused with the blog's own page."""

import dataclasses

from portal.contributions.forms import CONTRIBUTION_RATE_LIMIT, RATE_LIMIT, ContributionForm

__all__ = ["COMMENT_RATE_LIMIT", "RATE_LIMIT", "CommentForm"]

COMMENT_RATE_LIMIT = dataclasses.replace(
    CONTRIBUTION_RATE_LIMIT, template="news/too_many_requests.html"
)


class CommentForm(ContributionForm):
    rate_limit = COMMENT_RATE_LIMIT
