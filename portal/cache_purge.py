"""When the caches forget: which changes make stored pages out of date, and for which
locales (``portal.page_cache`` explains why whole locales rather than single URLs).

A page counts when it is live or has just stopped being live: published, unpublished,
moved, deleted. Any other model of an app whose data shows on public pages counts when
it is saved or deleted (a snippet, a unit, a setting, an image, a site), unless it says
``page_cache_neutral = True`` (records of the visitors' own submissions, for example).
The caches forget after the transaction commits, so a page rendered in between cannot
be stored under the new generation with the old content. A purge either cache did not
take is kept as a debt and made good later (``portal.purge_debt``).
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.models import Page
from wagtail.signals import page_unpublished, post_page_move

from portal import front_cache
from portal.languages import LANGUAGE_CODES, SOURCE_LANGUAGE
from portal.page_cache import GLOBAL, renew_generations

__all__ = ["connect", "forget", "scopes_for"]

#: Models of the content apps that never show on a public page: renditions, and the
#: search statistics (a query string and its daily hits, written by ``search.hits``
#: after searches; only the promotions that name a query show).
_NEUTRAL_MODELS = {
    "wagtailimages.rendition",
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.querydailyhits",
}
_WAGTAIL_CORE_PUBLIC = {"wagtailcore.site", "wagtailcore.locale", "wagtailcore.pageviewrestriction"}


def scopes_for(instance) -> set[str]:
    """The page-cache scopes a change to ``instance`` makes stale."""
    locale = getattr(instance, "locale", None)
    code = getattr(locale, "language_code", None) if locale is not None else None
    if code in LANGUAGE_CODES and code != SOURCE_LANGUAGE:
        return {code, GLOBAL}
    # The source language, or something every locale shows.
    return {*LANGUAGE_CODES, GLOBAL}


def forget(scopes) -> None:
    """After the current transaction commits, drop the stored pages of ``scopes``."""
    scopes = set(scopes)

    def run():
        renew_generations(scopes)
        front_cache.purge(scopes)

    transaction.on_commit(run)


def _counts(instance) -> bool:
    label = instance._meta.label_lower
    if label in _NEUTRAL_MODELS or getattr(instance, "page_cache_neutral", False):
        return False
    app_label = instance._meta.app_label
    if app_label == "wagtailcore":
        return label in _WAGTAIL_CORE_PUBLIC
    return app_label in settings.PAGE_CACHE_CONTENT_APPS


def _on_save(sender, instance, **kwargs):
    if isinstance(instance, Page):
        if instance.live:
            forget(scopes_for(instance))
    elif _counts(instance):
        forget(scopes_for(instance))


def _on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) or _counts(instance):
        forget(scopes_for(instance))


def _on_m2m(sender, instance, action, **kwargs):
    if action.startswith("post_") and _counts(instance):
        forget(scopes_for(instance))


def _on_page_gone(sender, instance, **kwargs):
    forget(scopes_for(instance))


def connect() -> None:
    """Called once from the portal's AppConfig.ready()."""
    post_save.connect(_on_save, dispatch_uid="page_cache.save")
    post_delete.connect(_on_delete, dispatch_uid="page_cache.delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="page_cache.m2m")
    page_unpublished.connect(_on_page_gone, dispatch_uid="page_cache.unpublished")
    post_page_move.connect(_on_page_gone, dispatch_uid="page_cache.moved")
