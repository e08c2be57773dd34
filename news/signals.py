"""Press releases go to the mailing list when first published (P §10.1)."""

from django.db import transaction
from django.utils import timezone

from news import press_list
from news.models import MediaCornerPage, PressMailing, PressReleasePage, PressSubscriber


def on_press_release_published(sender, instance, revision=None, **kwargs):
    """``page_published``: mail a press release to the confirmed subscribers of its
    language the first time it goes live (a later edit is not news), once the
    publication has committed."""
    if not isinstance(instance, PressReleasePage):
        return
    corner = MediaCornerPage.objects.live().filter(locale_id=instance.locale_id).first()
    if corner is None:
        return
    mailing, created = PressMailing.objects.get_or_create(page=instance)
    if not created:
        return

    def send():
        subscribers = list(
            PressSubscriber.objects.filter(
                language=instance.locale.language_code, confirmed_at__isnull=False
            ).order_by("pk")
        )
        count = press_list.send_release(instance, corner, subscribers)
        PressMailing.objects.filter(pk=mailing.pk).update(sent_at=timezone.now(), count=count)

    transaction.on_commit(send)
