"""Receivers: a published Kazakh page re-syncs its translation source (L2)."""

from django.dispatch import receiver

from wagtail.signals import page_published

from portal.languages import SOURCE_LANGUAGE

from .translation_sync import sync_source


@receiver(page_published)
def mark_translations_outdated(sender, instance, **kwargs):
    """Runs inside the publish transaction, so the queue shows ru/en as outdated as
    soon as the Kazakh change is live, never later."""
    if instance.locale.language_code == SOURCE_LANGUAGE:
        sync_source(instance)
