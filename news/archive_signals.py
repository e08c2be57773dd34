"""Which changes make a news index's stored archive counts out of date
(``news.models.archive``): its items saved (published, unpublished, withdrawn, redated,
created, copied), deleted or moved in or out, and view restrictions on it, above it or
on an item. A count left stale would show a visitor a wrong page total or a month that
has no news, so every way Wagtail changes these goes through here."""

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move

from news.models import NewsIndexPage, NewsPage
from news.models.archive import forget_month_counts

__all__ = ["connect"]


def _is_news_item(page: Page) -> bool:
    # A move or an unpublication may save the plain page row, not the NewsPage.
    return issubclass(page.specific_class or type(page), NewsPage)


def _forget_indexes(where: Q) -> None:
    forget_month_counts(NewsIndexPage.objects.filter(where).values_list("pk", flat=True))


def _forget_indexes_on_deletion(where: Q) -> None:
    """A deletion may take the index with it later in the same transaction, so a row for
    it is not created now, only an existing one forgotten; once committed, the indexes
    still there are forgotten in full (against a count begun before the deletion)."""
    ids = NewsIndexPage.objects.filter(where).values_list("pk", flat=True)
    forget_month_counts(ids, create=False)
    transaction.on_commit(lambda: _forget_indexes(where))


def _parent_path(page: Page) -> str:
    return page.path[: -Page.steplen]


def _on_item_saved(sender, instance, **kwargs):
    if isinstance(instance, Page) and _is_news_item(instance):
        _forget_indexes(Q(path=_parent_path(instance)))


def _on_item_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and _is_news_item(instance):
        _forget_indexes_on_deletion(Q(path=_parent_path(instance)))


def _on_page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """An item in or out of an index, or an index moved (under a restriction, say)."""
    _forget_indexes(
        Q(path__in=[parent_page_before.path, parent_page_after.path])
        | Q(path__startswith=instance.path)
    )


def _restricted_indexes(restriction) -> Q | None:
    """A restriction hides the items below it: on an item, its index's; on the index or
    above, all of the index's items."""
    path = Page.objects.filter(pk=restriction.page_id).values_list("path", flat=True).first()
    if path is None:
        return None
    ancestors = [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]
    return Q(path__in=ancestors) | Q(path__startswith=path)


def _on_restriction_saved(sender, instance, **kwargs):
    if (where := _restricted_indexes(instance)) is not None:
        _forget_indexes(where)


def _on_restriction_deleted(sender, instance, **kwargs):
    # Also when its page is being deleted, with perhaps an index below it.
    if (where := _restricted_indexes(instance)) is not None:
        _forget_indexes_on_deletion(where)


def connect() -> None:
    """Called once from the news app's ``ready()``."""
    post_save.connect(_on_item_saved, dispatch_uid="news.archive_counts.save")
    post_delete.connect(_on_item_deleted, dispatch_uid="news.archive_counts.delete")
    post_page_move.connect(_on_page_moved, dispatch_uid="news.archive_counts.move")
    post_save.connect(
        _on_restriction_saved,
        sender=PageViewRestriction,
        dispatch_uid="news.archive_counts.restriction_save",
    )
    post_delete.connect(
        _on_restriction_deleted,
        sender=PageViewRestriction,
        dispatch_uid="news.archive_counts.restriction_delete",
    )
