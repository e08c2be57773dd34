"""A news index's archive months and counts, stored in the database (issue 16).

The month navigation, the paginator's total and the archive's 404 need, for every month
that has news, how many items it has in all and how many are current. Counting reads
every item of the index (about 12 ms at 5,000 items, and growing with them), so the
result is kept here, one row per index: counted on the first view after a change of the
index's items, then read by primary key on every view, with the page cache on or off
(a visitor after a publish, the bench). The change forgets it
(:func:`forget_month_counts`, wired in ``news/archive_signals.py``) inside the
change's own transaction: rolled back, nothing was forgotten.

Each forgetting raises the row's ``version``; a count is stored only if the version it
was started under is still the row's, so a count begun before a change commits (its
snapshot does not hold that change) is served to its own visitor and never stored.
"""

import datetime

from django.db import models

__all__ = ["NewsArchiveCounts", "forget_month_counts", "stored_month_counts"]


class NewsArchiveCounts(models.Model):
    """``months``: ``[[first day of the month (ISO), total, current], …]``, newest first;
    null when it has to be counted again."""

    index = models.OneToOneField(
        "news.NewsIndexPage", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    version = models.PositiveBigIntegerField(default=0)
    months = models.JSONField(null=True)

    #: Derived from the pages, which purge the caches themselves (portal.cache_purge).
    page_cache_neutral = True


def _rows(months) -> list[dict]:
    return [
        {"month": datetime.date.fromisoformat(month), "total": total, "current": current}
        for month, total, current in months
    ]


def stored_month_counts(index_id: int, count) -> list[dict]:
    """The stored months of an index; ``count()`` (rows of ``month``, ``total``,
    ``current``) when there are none, stored unless a change came meanwhile."""
    stored = NewsArchiveCounts.objects.filter(index_id=index_id).values_list("version", "months")
    version, months = next(iter(stored), (None, None))
    if months is not None:
        return _rows(months)
    rows = count()
    months = [[row["month"].isoformat(), row["total"], row["current"]] for row in rows]
    if version is None:
        # A change that commits meanwhile creates the row first: this one is then not
        # written (its count may predate the change).
        NewsArchiveCounts.objects.bulk_create(
            [NewsArchiveCounts(index_id=index_id, months=months)], ignore_conflicts=True
        )
    else:
        NewsArchiveCounts.objects.filter(
            index_id=index_id, version=version, months__isnull=True
        ).update(months=months)
    return rows


def forget_month_counts(index_ids, *, create: bool = True) -> None:
    """Make the indexes' months be counted again on their next view. The row is made to
    exist first, so a count begun before this change cannot be stored after it;
    ``create=False`` only forgets existing rows (during a deletion, whose index may be
    deleted with it later in the same transaction)."""
    index_ids = set(index_ids)
    if not index_ids:
        return
    if create:
        NewsArchiveCounts.objects.bulk_create(
            [NewsArchiveCounts(index_id=pk) for pk in sorted(index_ids)], ignore_conflicts=True
        )
    NewsArchiveCounts.objects.filter(index_id__in=index_ids).update(
        version=models.F("version") + 1, months=None
    )
