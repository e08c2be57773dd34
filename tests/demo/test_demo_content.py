"""The demo shows the portal as it is meant to be used: every news item has a proper
hero photo, the press list has every public position, blog posts have comments in both
states, every demo download is a real PDF, and each role has a demo login."""

from django.contrib.auth import get_user_model
from django.core.management import call_command

import pytest

from demo import users as demo_users
from demo.users import DEMO_USERS
from documents.programmes import Programme
from documents.register import DocumentVersion, RegisteredDocument
from news.models import BlogPostPage, NewsPage
from people.models import Person

pytestmark = pytest.mark.django_db


def test_every_demo_item_has_a_hero_photo_with_alt_text_at_least_1200_by_800(demo, subtests):
    items = NewsPage.objects.live()
    assert items.filter(locale__language_code="kk").count() >= 12
    for item in items:
        with subtests.test(item=item.url_path):
            assert item.hero_image.width >= 1200 and item.hero_image.height >= 800
            assert item.hero_alt.strip()


def test_the_demo_directory_holds_every_public_position(demo):
    positions = set(Person.objects.public_persons().values_list("public_position", flat=True))
    assert {"president", "rector", "vice_rector", "dean", "marketing_head"} <= positions


def test_demo_posts_have_approved_and_pending_comments(demo, client):
    posts = BlogPostPage.objects.live()
    assert posts.exists()
    for post in posts:
        statuses = set(post.comments.values_list("status", flat=True))
        assert statuses == {"approved", "pending"}
        html = client.get(post.url).content.decode()
        for comment in post.comments.all():
            assert (comment.text in html) == (comment.status == "approved")


def test_every_public_download_of_the_demo_register_works(demo, client):
    entries = RegisteredDocument.objects.public().prefetch_related("versions")
    assert entries.exists()
    for entry in entries:
        for version in entry.versions.all():
            for _language, url in version.downloads():
                response = client.get(url)
                assert response.status_code == 200, url
                assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_loading_the_demo_again_registers_nothing_twice(demo):
    from wagtail.documents import get_document_model

    def counts():
        return (
            RegisteredDocument.objects.count(),
            DocumentVersion.objects.count(),
            get_document_model().objects.count(),
            Programme.objects.count(),
        )

    before = counts()
    call_command("load_demo", verbosity=0)
    assert counts() == before


def test_each_demo_user_belongs_to_its_role_group(demo_logins_file, subtests):
    users = get_user_model().objects
    for demo_user in DEMO_USERS:
        with subtests.test(user=demo_user.username):
            user = users.get(username=demo_user.username)
            assert user.is_staff
            assert set(user.groups.values_list("name", flat=True)) >= set(demo_user.groups)


def test_show_demo_logins_lists_every_user_with_their_role(demo_logins_file, capsys):
    original = demo_users.LOGINS_FILE
    try:
        # The command reads the default file; point it at this test's logins.
        demo_users.demo_logins.__defaults__ = (demo_logins_file,)
        call_command("show_demo_logins")
    finally:
        demo_users.demo_logins.__defaults__ = (original,)
    out = capsys.readouterr().out
    for demo_user in DEMO_USERS:
        line = next(line for line in out.splitlines() if line.split()[:1] == [demo_user.username])
        assert demo_user.description in line
