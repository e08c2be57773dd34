"""Editors can open every page type in the admin in every locale, and create,
preview and publish a page with a StreamField body through the real forms."""

from django.apps import apps
from django.utils.html import escape

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from tests.home.test_rendering import PAGE_TYPES
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


def first_page(label, code):
    model = apps.get_model(label)
    return model.objects.filter(locale__language_code=code).order_by("path").first()


@pytest.mark.parametrize("label", PAGE_TYPES)
def test_every_page_type_opens_in_the_editor_in_every_locale(admin_client, label, subtests):
    """kk pages open in Wagtail's editor, ru/en in wagtail-localize's translation editor."""
    for code in LANGUAGE_CODES:
        with subtests.test(language=code):
            page = first_page(label, code)
            response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
            assert response.status_code == 200
            assert escape(page.title) in response.content.decode()


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
    section = first_page("sections.SectionPage", "kk")
    preview_url = f"/admin/pages/add/sections/subsectionpage/{section.pk}/preview/"
    response = admin_client.post(preview_url, new_subsection_data())
    assert response.json() == {"is_valid": True, "is_available": True}
    content = admin_client.get(preview_url).content.decode()
    assert "Бөлімшенің мәтіні." in content
    assert section.title in content  # breadcrumbs already place it in its section


def test_editor_publishes_a_new_subsection_with_a_body(admin_client, client):
    section = first_page("sections.SectionPage", "kk")
    add_url = f"/admin/pages/add/sections/subsectionpage/{section.pk}/"
    form = admin_client.get(add_url).content.decode()
    checkbox = form.split('name="show_in_menus"', 1)[1].split(">", 1)[0]
    assert "checked" in checkbox, "a new subsection should be offered for the menus"
    response = admin_client.post(
        add_url,
        new_subsection_data(**{"show_in_menus": "on", "action-publish": "action-publish"}),
    )
    assert response.status_code == 302
    page = Page.objects.get(slug="zhana-bolimshe").specific
    assert page.live and page.get_parent().pk == section.pk
    visitor_view = client.get(page.url).content.decode()
    assert "Бөлімше туралы" in visitor_view and "Бөлімшенің мәтіні." in visitor_view
    assert "Жаңа бөлімше" in client.get(section.url).content.decode()


def test_contacts_page_refuses_a_malformed_phone_or_email_line():
    from django.core.exceptions import ValidationError

    contacts = first_page("sections.ContactsPage", "kk")
    contacts.phones = "+7 7172 72 63 14\nзвоните нам"
    contacts.emails = "info@kazutb.edu.kz\nnot-an-address"
    with pytest.raises(ValidationError) as refused:
        contacts.full_clean()
    assert {"phones", "emails"} <= set(refused.value.message_dict)
