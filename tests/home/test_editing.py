"""Editors can open every page type in the admin in every locale, and create,
preview and publish a page with a StreamField body through the real forms."""

from django.utils.html import escape

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from home.models import HomePage
from news.models import NewsIndexPage
from sections.models import SectionPage, SubsectionPage
from tests import factories
from tests.home.test_rendering import PAGE_MODELS, page_model_id
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", PAGE_MODELS, ids=page_model_id)
def test_every_page_type_opens_in_the_editor_in_every_locale(admin_client, model, subtests):
    """kk pages open in Wagtail's editor, ru/en in wagtail-localize's translation editor."""
    pages = factories.page_in_every_language(model)
    for code in LANGUAGE_CODES:
        with subtests.test(language=code):
            page = pages[code]
            response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
            assert response.status_code == 200
            assert escape(page.title) in response.content.decode()


def parent_with_room(model):
    """A parent where one more page of ``model`` may go, or None for the singletons under
    the home page (the home page itself, News, the Rector's blog, Contacts)."""
    parent = factories.place_for(model).specific
    limit = model.max_count_per_parent
    if model is HomePage or not limit or model.objects.child_of(parent).count() < limit:
        return None if model is HomePage else parent
    if isinstance(parent, SectionPage | SubsectionPage):
        return factories.SubsectionPageFactory(parent=parent)
    if isinstance(parent, NewsIndexPage):
        return factories.NewsIndexPageFactory(parent=factories.home_page())
    return None


@pytest.mark.parametrize("model", PAGE_MODELS, ids=page_model_id)
def test_every_page_type_can_be_added_in_the_admin_where_the_tree_allows(admin_client, model):
    """The add form opens under a parent the page type may have; a type the tree holds
    once per locale (home, News, the Rector's blog, Contacts) is not offered again."""
    parent = parent_with_room(model)
    if parent is None:
        existing = factories.place_for(model)
        if model is HomePage:
            assert not model.can_create_at(existing.get_parent())
        else:
            assert model.objects.child_of(existing).exists()
            assert not model.can_create_at(existing)
        return
    assert model.can_create_at(parent), parent.specific_class
    label = model._meta.label_lower.replace(".", "/")
    response = admin_client.get(f"/admin/pages/add/{label}/{parent.pk}/")
    assert response.status_code == 200
    assert 'name="title"' in response.content.decode()


def new_subsection_data(**extra):
    return nested_form_data(
        {
            "title": "Жаңа бөлімше",
            "slug": "zhana-bolimshe",
            "intro": "Жаңа бөлімшенің кіріспесі.",
            "body": streamfield(
                [
                    ("heading", {"text": "Бөлімше туралы", "level": "h2"}),
                    ("paragraph", rich_text("<p>Бөлімшенің мәтіні.</p>")),
                ]
            ),
            **extra,
        }
    )


def test_editor_previews_a_new_subsection_before_saving_it(admin_client):
    section = factories.sections()[0]
    preview_url = f"/admin/pages/add/sections/subsectionpage/{section.pk}/preview/"
    response = admin_client.post(preview_url, new_subsection_data())
    assert response.json() == {"is_valid": True, "is_available": True}
    content = admin_client.get(preview_url).content.decode()
    assert "Бөлімшенің мәтіні." in content
    assert section.title in content  # breadcrumbs already place it in its section


def test_editor_publishes_a_new_subsection_with_a_body(admin_client, client):
    section = factories.sections()[0]
    add_url = f"/admin/pages/add/sections/subsectionpage/{section.pk}/"
    form = admin_client.get(add_url).content.decode()
    checkbox = form.split('name="show_in_menus"', 1)[1].split(">", 1)[0]
    assert "checked" in checkbox, "a new subsection should be offered for the menus"
    response = admin_client.post(
        add_url,
        new_subsection_data(**{"show_in_menus": "on", "action-publish": "action-publish"}),
    )
    assert response.status_code == 302
    page = Page.objects.get(slug="zhana-bolimshe", locale=section.locale).specific
    assert page.live and page.get_parent().pk == section.pk
    visitor_view = client.get(page.url).content.decode()
    assert "Бөлімше туралы" in visitor_view and "Бөлімшенің мәтіні." in visitor_view
    assert "Жаңа бөлімше" in client.get(section.url).content.decode()


def test_contacts_page_refuses_a_malformed_phone_or_email_line():
    from django.core.exceptions import ValidationError

    contacts = factories.ContactsPageFactory(parent=factories.home_page())
    contacts.phones = "+7 7172 72 63 14\nзвоните нам"
    contacts.emails = "info@kazutb.edu.kz\nnot-an-address"
    with pytest.raises(ValidationError) as refused:
        contacts.full_clean()
    assert {"phones", "emails"} <= set(refused.value.message_dict)
