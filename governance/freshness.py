"""Freshness (W4, W §14 "information loses relevance"): every section has a
responsible person and a review interval; pages not reviewed within it are stale.

A page counts as reviewed when it was last published or when its section was last
marked reviewed, whichever is later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.models import Page

from sections import tree

from .models import SectionReview
from .roles import SECTION_EDITORS


@dataclass
class StalePage:
    page: Page
    review: SectionReview
    last_reviewed: date
    due: date
    owners: list


def _source_sections():
    return tree.sections()


def ensure_section_reviews() -> int:
    """One review record per top-level Kazakh section; existing ones are kept."""
    created = 0
    for page in _source_sections():
        _review, was_created = SectionReview.objects.get_or_create(page=page)
        created += was_created
    return created


def owners_of(review: SectionReview) -> list:
    """The responsible person, or, until one is named, the section's editors."""
    if review.owner_id:
        return [review.owner]
    group = SECTION_EDITORS.get(review.page.slug)
    if group is None:
        return []
    return list(get_user_model().objects.filter(groups__name=group, is_active=True))


def stale_pages(today: date | None = None) -> list[StalePage]:
    today = today or timezone.localdate()
    stale = []
    reviews = SectionReview.objects.select_related("page", "owner")
    for review in reviews:
        owners = owners_of(review)  # once per section, not once per stale page
        pages = Page.objects.descendant_of(review.page, inclusive=True).live().order_by("path")
        for page in pages:
            published = (
                timezone.localdate(page.last_published_at) if page.last_published_at else None
            )
            last = max(filter(None, [published, review.last_reviewed]))
            due = date.fromordinal(last.toordinal() + review.interval_days)
            if due < today:
                stale.append(StalePage(page, review, last, due, owners))
    return stale


def overdue_regulations(today: date | None = None) -> list:
    """In-force regulations past their review date (DOC4: reviewed at least every
    3 years); the register is asked by name, documents being a sibling app."""
    register = apps.get_model("documents", "RegisteredDocument")
    return register.objects.overdue_for_review(today)
