"""Password guessing on the admin login is stopped by django-axes (AUTH-2): after a
few failures for one account from one address even the right password is refused with
a translated 429 until the cool-off or an administrator's unlock."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse

import pytest
from axes.models import AccessAttempt

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
RIGHT = "the-right-password-2026"
LOCKED_MESSAGES = {
    "kk": "Кірудің сәтсіз әрекеттері тым көп",
    "ru": "Слишком много неудачных попыток входа",
    "en": "Too many failed sign-in attempts",
}


@pytest.fixture
def editor_account(django_user_model):
    return django_user_model.objects.create_superuser("lockout-target", "t@example.com", RIGHT)


@pytest.fixture
def administrator(django_user_model):
    return django_user_model.objects.create_superuser("lockout-admin", "a@example.com", RIGHT)


def sign_in(client, username, password, **headers):
    return client.post(LOGIN, {"username": username, "password": password}, **headers)


def guess(client, username, **headers):
    """Fail as many times as the limit allows: the last failure already locks."""
    for number in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(client, username, f"wrong-{number}", **headers)
        assert response.status_code == 200, "a wrong password is an ordinary form error"
    assert sign_in(client, username, "wrong-last", **headers).status_code == 429


def test_the_right_password_signs_in_before_any_failure(client, editor_account):
    assert sign_in(client, "lockout-target", RIGHT).status_code == 302


def test_after_the_limit_even_the_right_password_is_refused_in_every_language(
    client, editor_account
):
    guess(client, "lockout-target")
    for language, message in LOCKED_MESSAGES.items():
        response = sign_in(client, "lockout-target", RIGHT, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 429, language
        html = response.content.decode()
        assert message in html, language
        assert "15" in html, "the wait is stated"
        assert "_auth_user_id" not in client.session


def test_other_accounts_and_other_addresses_are_not_locked(client, editor_account, administrator):
    guess(client, "lockout-target")
    assert sign_in(client, "lockout-admin", RIGHT).status_code == 302
    client.logout()
    elsewhere = sign_in(client, "lockout-target", RIGHT, REMOTE_ADDR="198.51.100.20")
    assert elsewhere.status_code == 302


def test_behind_a_proxy_the_lockout_follows_the_forwarded_address(client, editor_account, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    guess(client, "lockout-target", **proxy, HTTP_X_FORWARDED_FOR="198.51.100.7")
    spoofed = {**proxy, "HTTP_X_FORWARDED_FOR": "203.0.113.1, 198.51.100.7"}
    assert sign_in(client, "lockout-target", RIGHT, **spoofed).status_code == 429
    other = {**proxy, "HTTP_X_FORWARDED_FOR": "198.51.100.8"}
    assert sign_in(client, "lockout-target", RIGHT, **other).status_code == 302


def test_an_administrator_sees_the_lockout_and_unlocks_it(client, editor_account, administrator):
    guess(client, "lockout-target")
    assert sign_in(client, "lockout-target", RIGHT).status_code == 429

    client.force_login(administrator)
    assert reverse("portal_lockouts") in client.get(reverse("wagtailadmin_home")).content.decode()
    listing = client.get(reverse("portal_lockouts"))
    assert listing.status_code == 200
    assert "lockout-target" in listing.content.decode()
    attempt = AccessAttempt.objects.get(username="lockout-target")
    response = client.post(reverse("portal_lockout_unlock", args=[attempt.pk]))
    assert response.status_code == 302
    client.logout()

    assert sign_in(client, "lockout-target", RIGHT).status_code == 302


def test_a_member_of_the_administrators_group_may_unlock(client, editor_account, django_user_model):
    """Administrators are a group, not only superusers (governance.roles)."""
    member = django_user_model.objects.create_user("lockout-group-admin", "g@example.com", RIGHT)
    member.groups.add(Group.objects.get(name="Administrators"))
    guess(client, "lockout-target")
    client.force_login(member)
    attempt = AccessAttempt.objects.get(username="lockout-target")
    assert client.post(reverse("portal_lockout_unlock", args=[attempt.pk])).status_code == 302
    assert not AccessAttempt.objects.filter(pk=attempt.pk).exists()


def test_a_non_administrator_can_neither_see_nor_lift_a_lockout(
    client, editor_account, django_user_model
):
    editor = django_user_model.objects.create_user("lockout-editor", "e@example.com", RIGHT)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    guess(client, "lockout-target")
    attempt = AccessAttempt.objects.get(username="lockout-target")

    client.force_login(editor)
    assert client.get(reverse("portal_lockouts")).status_code == 403
    assert client.post(reverse("portal_lockout_unlock", args=[attempt.pk])).status_code == 403
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("portal_lockouts") not in dashboard, "no menu entry either"
    client.logout()

    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()
    assert sign_in(client, "lockout-target", RIGHT).status_code == 429


def test_unlocking_is_a_post_and_an_unknown_lockout_is_a_404(client, administrator):
    client.force_login(administrator)
    assert client.get(reverse("portal_lockout_unlock", args=[1])).status_code == 405
    assert client.post(reverse("portal_lockout_unlock", args=[987654])).status_code == 404


def test_axes_reset_command_lifts_every_lockout(client, editor_account):
    guess(client, "lockout-target")
    call_command("axes_reset", verbosity=0)
    assert sign_in(client, "lockout-target", RIGHT).status_code == 302


def test_the_front_end_login_is_guarded_by_the_same_lockout(client, editor_account):
    """Wagtail's login for private pages authenticates the same accounts, so guessing
    there locks the admin login too."""
    front = "/kk/_util/login/"
    for number in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(front, {"username": "lockout-target", "password": f"w{number}"})
        assert response.status_code == 200
    last = client.post(front, {"username": "lockout-target", "password": "w-last"})
    assert last.status_code == 429
    assert LOCKED_MESSAGES["kk"] in last.content.decode()
    assert sign_in(client, "lockout-target", RIGHT).status_code == 429


def test_a_name_longer_than_any_account_is_counted_not_a_server_error(client):
    """Found on PostgreSQL by the fuzz test: on the front-end login axes wrote the whole
    name to its 255-character column and the database refused it (a 500). The admin's
    form refuses such a name itself."""
    for url in ("/kk/_util/login/", "/admin/login/"):
        response = client.post(url, {"username": "u" * 1000, "password": "wrong"})
        assert response.status_code < 500, url
    assert AccessAttempt.objects.filter(username="u" * 255).exists()
