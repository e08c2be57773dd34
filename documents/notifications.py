"""A new version reaches the units it concerns (DOC4, W §13): when a version is
registered, the responsible person of each unit the entry names gets an e-mail saying
which version is now current.

Sent after the transaction commits, when the entry's units and files are saved too
(the admin saves the entry's many-to-many fields after its versions). A restricted
entry is announced only to people who may see it. Mail goes through Django's mail API,
so the project's mail backend (queue, retries) applies.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import gettext as _

from .register import DocumentVersion


def recipients(version: DocumentVersion) -> list[str]:
    document = version.document
    addresses = set()
    for unit in document.units.select_related("site_editor"):
        person = unit.site_editor
        if person is None or not person.is_active or not person.email:
            continue
        if document.is_visible_to(person):
            addresses.add(person.email)
    return sorted(addresses)


def notify_units(version_id: int) -> int:
    """E-mail the units' responsible persons; returns how many were written to."""
    version = DocumentVersion.objects.select_related("document").filter(pk=version_id).first()
    if version is None:
        return 0
    document = version.document
    current = document.current_version
    if current is None or current.pk != version.pk:
        return 0
    addresses = recipients(version)
    if not addresses:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("%(code)s: version %(number)s is now current") % {
            "code": document.code,
            "number": version.number,
        }
        body = _(
            "A new version of a document that concerns your unit was registered.\n\n"
            "%(title)s\n%(code)s\nCurrent version: %(number)s, in force from %(date)s.\n"
            "What changed: %(note)s\n"
        ) % {
            "title": document.title_kk,
            "code": document.code,
            "number": version.number,
            "date": version.effective_date.isoformat(),
            "note": version.note or "—",
        }
    for address in addresses:
        send_mail(subject, body, None, [address])
    return len(addresses)


@receiver(post_save, sender=DocumentVersion, dispatch_uid="documents.notify_units")
def version_registered(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        version_id = instance.pk
        transaction.on_commit(lambda: notify_units(version_id))
