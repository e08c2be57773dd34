"""What the backup drill adds to a copy of the bootstrapped site, and what it compares
after the restore: rows of every kind a site must not lose, and the files' hashes."""

import datetime
import hashlib
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    CollectionViewRestriction,
    Locale,
    Page,
    PageLogEntry,
    Revision,
    TaskState,
    WorkflowState,
)
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

import wagtail_factories

from documents.register import DocumentVersion, RegisteredDocument, register_collection
from news.models import BlogComment
from sections.models import SectionPage, SubsectionPage
from tests.factories import BlogPostPageFactory, blog_index, pdf_bytes, translate_everywhere

PASSWORD = "correct-horse-battery-staple-42"
PAGE_TITLE = "Сақтық көшірме жаттығуы"
DOCUMENT_CODE = "ҚазТБУ–СҚЕжАБ–ҚП–7.5–2026–09"
COMMENT_TEXT = "Backup drill: this comment must survive a restore."
IMAGE_TITLE = "Backup drill photo"
DRILL_ADMIN = "backup-drill-admin"


def add_drill_content() -> dict:
    """Items in every area the archive must carry, made through the same model code
    the admin uses; returns what the test later looks for."""
    admin = get_user_model().objects.create_superuser(DRILL_ADMIN, "drill@example.com", PASSWORD)
    kk = Locale.objects.get(language_code="kk")
    section = SectionPage.objects.filter(locale=kk).first()
    page = SubsectionPage(
        title=PAGE_TITLE, slug="saqtyq-koshirme-zhattyghuy", intro="Кіріспе.", locale=kk
    )
    section.add_child(instance=page)
    page.save_revision(user=admin, log_action=True).publish(user=admin)
    page.intro = "Жаңартылған кіріспе."
    page.save_revision(user=admin, log_action=True)

    source, _created = TranslationSource.get_or_create_from_instance(page)
    for language in ("ru", "en"):
        locale = Locale.objects.get(language_code=language)
        translation = Translation.objects.create(source=source, target_locale=locale)
        for segment in StringSegment.objects.filter(source=source).select_related("string"):
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=f"[{language}] {segment.string.data}",
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
        translation.save_target(user=admin, publish=False)
        page.get_translation(locale).get_latest_revision().publish(user=admin)

    workflow = page.get_workflow()
    state = workflow.start(page, admin)
    state.current_task_state.approve(user=admin)

    files = []
    for edition in ("first", "second"):
        document = get_document_model()(
            title=f"Backup drill, {edition} edition", collection=register_collection()
        )
        document.file.save(
            f"backup-drill-{edition}.pdf", ContentFile(pdf_bytes(edition)), save=False
        )
        document.save()
        files.append(document)
    entry = RegisteredDocument.objects.create(
        code=DOCUMENT_CODE, title_kk="Сақтық көшірме ережесі", category="regulation"
    )
    for number, document in enumerate(files, start=1):
        DocumentVersion.objects.create(
            document=entry, effective_date=datetime.date(2026, number, 1), file_kk=document
        )
    entry.restricted = True
    entry.save()  # moves both files to the staff-only collection

    image = wagtail_factories.ImageFactory(title=IMAGE_TITLE)
    image.get_rendition("fill-120x80")

    post = translate_everywhere(BlogPostPageFactory(parent=blog_index()))["en"]
    BlogComment.objects.create(
        post=post,
        name="Drill",
        email="drill@example.com",
        text=COMMENT_TEXT,
        status=BlogComment.Status.APPROVED,
        moderated_by=admin,
    )
    return {"translation_key": page.translation_key, "workflow_state": state.pk}


# Every kind of row the brief names; compared field by field, ordered by key.
COMPARED = {
    "pages": Page,
    "revisions": Revision,
    "audit log": PageLogEntry,
    "workflow states": WorkflowState,
    "task states": TaskState,
    "translation sources": TranslationSource,
    "translations": Translation,
    "string translations": StringTranslation,
    "documents": get_document_model(),
    "collection restrictions": CollectionViewRestriction,
    "register entries": RegisteredDocument,
    "register versions": DocumentVersion,
    "images": get_image_model(),
    "renditions": get_image_model().get_rendition_model(),
    "blog comments": BlogComment,
    "users": get_user_model(),
    "groups": Group,
}


def _sha256(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def snapshot() -> dict:
    """The active install as the comparison sees it."""
    rows = {label: list(model.objects.order_by("pk").values()) for label, model in COMPARED.items()}
    files = {}
    for model in (get_document_model(), get_image_model(), COMPARED["renditions"]):
        # Each model's own storage: renditions live in their own folder (portal.media).
        storage = model._meta.get_field("file").storage
        for name in model.objects.values_list("file", flat=True):
            files[name] = _sha256(Path(storage.path(name)))
    rows["user groups"] = sorted(
        get_user_model().groups.through.objects.values_list("user_id", "group_id")
    )
    return {"rows": rows, "files": files}
