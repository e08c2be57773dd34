"""Editors who work in Kazakh: the admin's daily path is in Kazakh, though Wagtail
and wagtail-localize ship no kk catalogue (governance/admin_locale/kk)."""

import json
import re

from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest

from demo.admin_i18n import measure
from tests.governance.conftest import section

pytestmark = pytest.mark.django_db


def test_editor_sees_the_dashboard_and_page_editor_in_kazakh(login):
    """The editor's admin language is Kazakh (Account → Preferred language)."""
    assert UserProfile.get_for_user(_user("editor-university")).preferred_language == "kk"
    editor = login("editor-university")
    dashboard = editor.get(reverse("wagtailadmin_home")).content.decode()
    assert "Сайт бойынша қорытынды" in dashboard  # "Site summary"
    page = section("universitet").get_children().first()
    editor_view = editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    for kazakh in ("Жобаны сақтау", "Жылжыту", "Алдын ала қарау"):  # Save draft, Promote, Preview
        assert kazakh in editor_view
    assert "Save draft" not in editor_view


def _user(username):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username=username)


def test_login_page_is_in_kazakh(client):
    html = client.get(reverse("wagtailadmin_login")).content.decode()
    assert "Wagtail жүйесіне кіру" in html and "Құпиясөзді ұмыттыңыз ба?" in html
    assert "Құпиясөз<span" in html and "Password<" not in html


def test_kazakh_is_a_selectable_admin_language_and_a_choice_is_honoured(login):
    editor = login("editor-university")
    profile_page = editor.get(reverse("wagtailadmin_account")).content.decode()
    assert re.search(r'<option value="kk"[^>]*>Қазақ</option>', profile_page)
    profile = UserProfile.get_for_user(_user("editor-university"))
    profile.preferred_language = "ru"
    profile.save()
    dashboard = editor.get(reverse("wagtailadmin_home")).content.decode()
    assert "Сайт бойынша қорытынды" not in dashboard


def test_javascript_catalogues_of_the_admin_and_translation_editor_are_in_kazakh(login):
    editor = login("editor-university")
    admin_js = editor.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    localize_js = editor.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    assert json.dumps("Басты мәзір")[1:-1] in admin_js or "Басты мәзір" in admin_js
    assert json.dumps("Аударылмаған")[1:-1] in localize_js or "Аударылмаған" in localize_js


def test_every_daily_admin_screen_is_shown_in_kazakh(subtests):
    """The measured share of server-rendered strings on the editor's, approver's and
    translator's daily screens that come out in Kazakh (also `manage.py admin_kk_coverage`)."""
    coverage = measure()
    assert len(coverage.screens) >= 30
    for name, messages in coverage.screens.items():
        with subtests.test(screen=name):
            assert coverage.share(messages) >= 0.95, sorted(
                m.msgid for m in messages if not coverage.is_translated(m)
            )[:20]
