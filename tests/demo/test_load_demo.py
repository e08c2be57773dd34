"""``load_demo``: idempotent, never overwrites an edit, and its items belong to editors.

The session database has the prescribed tree and the demo (tests/conftest.py), so these
tests run ``load_demo`` a second time, after edits, as a real local run would.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

import pytest

from demo.content import SITE_TREE
from documents.programmes import Programme
from documents.register import DocumentVersion, RegisteredDocument
from governance.roles import ADMINISTRATORS, NEWS_EDITORS
from news.models import BlogComment, BlogPostPage, EventPage, NewsPage, PressReleasePage
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

ITEM_MODELS = (NewsPage, BlogPostPage, EventPage, PressReleasePage)


def snapshot() -> dict:
    """What a second run could change: rows, revisions, translations, files, users."""
    return {
        "pages": list(
            Page.objects.order_by("path").values_list(
                "path", "title", "slug", "live", "latest_revision_id", "locale_id"
            )
        ),
        "revisions": Revision.objects.count(),
        "translations": Translation.objects.count(),
        "string translations": list(
            StringTranslation.objects.order_by("pk").values_list("pk", "data")
        ),
        "register": RegisteredDocument.objects.count(),
        "versions": DocumentVersion.objects.count(),
        "documents": get_document_model().objects.count(),
        "images": get_image_model().objects.count(),
        "programmes": Programme.objects.count(),
        "comments": BlogComment.objects.count(),
        "users": get_user_model().objects.count(),
    }


def kk_page(slug: str) -> Page:
    return Page.objects.get(locale__language_code="kk", slug=slug).specific


def editor():
    user = get_user_model().objects.create_user("news-desk", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=NEWS_EDITORS))
    return user


def test_running_load_demo_again_changes_nothing():
    before = snapshot()
    call_command("load_demo", verbosity=0)
    assert snapshot() == before


def test_load_demo_keeps_an_editors_title_and_body_on_a_demo_page():
    item = NewsPage.objects.filter(locale__language_code="kk").first()
    item.title = "Редактор өзгерткен тақырып"
    item.body = [("paragraph", "<p>Редактордың мәтіні</p>")]
    item.save_revision(user=editor()).publish()

    call_command("load_demo", verbosity=0)

    item = NewsPage.objects.get(pk=item.pk)
    assert item.title == "Редактор өзгерткен тақырып"
    assert [block.block_type for block in item.body] == ["paragraph"]
    assert "Редактордың мәтіні" in str(item.body[0].value)


def test_load_demo_does_not_refill_a_prescribed_page_an_editor_emptied():
    """An empty intro and body that a person saved are an edit too."""
    university = kk_page("universitet")
    university.intro = ""
    university.body = []
    university.save_revision(user=editor()).publish()

    call_command("load_demo", verbosity=0)

    university = kk_page("universitet")
    assert university.intro == ""
    assert len(university.body) == 0


def test_load_demo_adds_back_only_what_is_missing():
    """On a database with editors' content, a missing demo item is added; the rest is
    left exactly as it was."""
    deleted = EventPage.objects.filter(locale__language_code="kk").first()
    slug = deleted.slug
    for translation in deleted.get_translations(inclusive=True):
        translation.delete()
    before = snapshot()

    call_command("load_demo", verbosity=0)

    restored = kk_page(slug)
    assert {p.locale.language_code for p in restored.get_translations(inclusive=True)} == set(
        LANGUAGE_CODES
    )
    after = snapshot()
    assert all(row in after["pages"] for row in before["pages"])
    assert len(after["pages"]) == len(before["pages"]) + len(LANGUAGE_CODES)


def test_demo_items_are_not_prescribed_so_editors_may_manage_them():
    for model in ITEM_MODELS:
        assert model.objects.exists(), model
        assert not model.objects.filter(is_prescribed=True).exists(), model


def test_a_demo_news_item_can_be_taken_down_and_then_deleted_by_the_news_editors(client):
    """Demo items are not prescribed, so the structure guard (S2) does not stop the real
    roles (it used to refuse both steps for every demo item). Under W2 a live page comes
    down only by an administrator giving a reason; the News editors then delete it."""
    item = NewsPage.objects.filter(locale__language_code="kk", live=True).first()
    administrator = get_user_model().objects.create_user("administrator", is_staff=True)
    administrator.groups.add(Group.objects.get(name=ADMINISTRATORS))

    client.force_login(administrator)
    response = client.post(
        reverse("wagtailadmin_pages:unpublish", args=[item.pk]), {"reason": "Ескірген демо."}
    )
    assert response.status_code == 302
    assert not Page.objects.get(pk=item.pk).live

    client.force_login(editor())
    response = client.post(reverse("wagtailadmin_pages:delete", args=[item.pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=item.pk).exists()


def test_the_news_index_itself_stays_protected_from_the_news_editors(client):
    news_index = kk_page("zhanalyktar")
    client.force_login(editor())
    client.post(reverse("wagtailadmin_pages:delete", args=[news_index.pk]))
    assert Page.objects.filter(pk=news_index.pk).exists()


def test_every_demo_spec_page_exists_in_every_language():
    for page_spec in SITE_TREE.walk():
        for code in LANGUAGE_CODES:
            assert Page.objects.filter(
                locale__language_code=code, slug=page_spec.slug[code]
            ).exists(), (code, page_spec.slug[code])
