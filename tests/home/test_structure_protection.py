"""Pages of the prescribed structure cannot be deleted or moved by accident (S2),
and page types only fit where the regulation puts them (S1)."""

from django.contrib.auth.models import Group, Permission, User
from django.utils import translation
from django.utils.html import escape

from wagtail.models import GroupPagePermission, Locale, Page
from wagtail.test.utils import WagtailTestUtils

import pytest

from home.models import HomePage
from home.structure import REFUSAL_MESSAGE
from news.models import NewsIndexPage, NewsPage
from sections.models import ContactsPage, ExternalLinkPage, SectionPage, SubsectionPage
from tests import factories
from tests.utils import home_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    """A staff member with full page rights on the whole tree but not an administrator."""
    group = Group.objects.create(name="Test editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    root = Page.get_first_root_node()
    for permission in (
        "add_page",
        "change_page",
        "publish_page",
        "delete_page",
        "bulk_delete_page",
    ):
        GroupPagePermission.objects.create(
            group=group, page=root, permission=Permission.objects.get(codename=permission)
        )
    user = User.objects.create_user("editor", password="x" * 16, is_staff=True)
    user.groups.add(group)
    client.force_login(user)
    return user


@pytest.fixture
def administrator(client):
    user = User.objects.create_superuser("root", "root@example.org", "x" * 16)
    client.force_login(user)
    return user


def university():
    """The first S1 section (University), found by type and order, not by title."""
    return factories.sections()[0]


def editors_subsection():
    """A subsection an editor added under University, with its translations (kk page)."""
    return factories.translate_everywhere(factories.SubsectionPageFactory(parent=university()))[
        "kk"
    ]


def test_editor_cannot_delete_a_prescribed_section(client, editor):
    section = university()
    response = client.post(f"/admin/pages/{section.pk}/delete/", follow=True)
    assert Page.objects.filter(pk=section.pk).exists()
    with translation.override("kk"):  # the admin speaks the site's default language
        expected = str(REFUSAL_MESSAGE) % {"title": section.title}
    with translation.override("en"):
        assert expected != str(REFUSAL_MESSAGE) % {"title": section.title}, "untranslated"
    assert escape(expected) in response.content.decode()


def test_editor_cannot_move_a_prescribed_subsection(client, editor):
    subsection = university().get_children().first()
    destination = home_page("kk")
    client.post(f"/admin/pages/{subsection.pk}/move/{destination.pk}/confirm/")
    subsection.refresh_from_db()
    assert subsection.get_parent().pk == university().pk


def test_editor_can_delete_a_page_they_added(client, editor):
    page = SubsectionPage(title="Уақытша бет", slug="uaqytsha")
    university().add_child(instance=page)
    client.post(f"/admin/pages/{page.pk}/delete/")
    assert not Page.objects.filter(pk=page.pk).exists()


def test_administrator_can_change_the_structure(client, administrator):
    section = university()
    client.post(f"/admin/pages/{section.pk}/delete/")
    assert not Page.objects.filter(pk=section.pk).exists()


class TestPageTypeRules(WagtailTestUtils):
    """Mirrors ``WagtailPageTestCase.assertCanCreateAt`` for pytest."""

    @pytest.mark.parametrize(
        ("parent", "child", "allowed"),
        [
            (HomePage, SectionPage, True),
            (HomePage, NewsIndexPage, True),
            (HomePage, ContactsPage, True),
            (SectionPage, SubsectionPage, True),
            (SectionPage, ExternalLinkPage, True),
            (NewsIndexPage, NewsPage, True),
            (SectionPage, NewsPage, False),
            (SectionPage, SectionPage, False),
            (SubsectionPage, SectionPage, False),
            (NewsIndexPage, SubsectionPage, False),
            (ExternalLinkPage, SubsectionPage, False),
            (NewsPage, NewsPage, False),
        ],
    )
    def test_page_type_fits_only_where_the_regulation_puts_it(self, parent, child, allowed):
        assert (child in parent.allowed_subpage_models()) is allowed
        assert (parent in child.allowed_parent_page_models()) is allowed


def assert_admin_refuses_to_create(client, app_model: str, parent: Page):
    """Wagtail answers a page type in the wrong place with "permission denied"
    (a redirect to the dashboard) and creates nothing, whatever is posted."""
    add_url = f"/admin/pages/add/{app_model}/{parent.pk}/"
    pages_before = Page.objects.count()
    shown = client.get(add_url)
    assert shown.status_code in (302, 403)
    assert shown.status_code == 403 or shown["Location"] == "/admin/"
    posted = client.post(
        add_url, {"title": "Бөгде бет", "slug": "bogde-bet", "action-publish": "1"}
    )
    assert posted.status_code in (302, 403)
    assert Page.objects.count() == pages_before


def test_admin_refuses_a_news_item_under_university(client, administrator):
    assert_admin_refuses_to_create(client, "news/newspage", university())


def test_admin_refuses_a_section_under_a_subsection(client, administrator):
    assert_admin_refuses_to_create(
        client, "sections/sectionpage", university().get_children().first()
    )


def test_admin_refuses_a_second_contacts_page(client, administrator):
    assert_admin_refuses_to_create(client, "sections/contactspage", home_page("kk"))


def test_admin_offers_a_subsection_under_a_section(client, administrator):
    response = client.get(f"/admin/pages/add/sections/subsectionpage/{university().pk}/")
    assert response.status_code == 200


def test_editor_cannot_unpublish_a_prescribed_section(client, editor):
    section = university()
    client.post(f"/admin/pages/{section.pk}/unpublish/")
    section.refresh_from_db()
    assert section.live


def test_editor_cannot_bulk_delete_prescribed_pages(client, editor):
    subsection = university().get_children().first()
    client.post(f"/admin/bulk/wagtailcore/page/delete/?id={subsection.pk}")
    assert Page.objects.filter(pk=subsection.pk).exists()


def test_no_page_can_be_created_more_than_three_clicks_from_home():
    faculties = factories.SubsectionPageFactory(parent=home_page("kk"))
    faculty = factories.SubsectionPageFactory(parent=faculties)  # home → faculties → faculty
    assert faculty.depth == 4
    assert SubsectionPage.can_create_at(faculty)
    nested = SubsectionPage(title="Кафедра", slug="kafedra")
    faculty.add_child(instance=nested)
    assert not SubsectionPage.can_create_at(nested)
    assert not ExternalLinkPage.can_create_at(nested)


def test_moving_a_kazakh_page_moves_its_translations(client, administrator):
    subsection = editors_subsection()
    applicant = factories.sections()[1]
    client.post(f"/admin/pages/{subsection.pk}/move/{applicant.pk}/confirm/")
    for moved in Page.objects.filter(translation_key=subsection.translation_key):
        parent = moved.get_parent()
        assert parent.translation_key == applicant.translation_key, moved.locale


def test_deleting_a_kazakh_page_deletes_its_translations(client, administrator):
    subsection = editors_subsection()
    client.post(f"/admin/pages/{subsection.pk}/delete/")
    assert not Page.objects.filter(translation_key=subsection.translation_key).exists()


def test_deleting_a_translation_leaves_the_kazakh_page(client, administrator):
    subsection = editors_subsection()
    russian = subsection.get_translation(Locale.objects.get(language_code="ru"))
    client.post(f"/admin/pages/{russian.pk}/delete/")
    assert Page.objects.filter(pk=subsection.pk).exists()
    assert not Page.objects.filter(pk=russian.pk).exists()
