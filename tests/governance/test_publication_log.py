"""The publication log (W2) is Wagtail's report view over the audit log."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.log_actions import registry

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def fresh_action_registry():
    """The audit-log action registry as a newly started worker has it: not yet scanned."""
    saved = (registry.has_scanned_for_actions, registry.formatters, registry.choices)
    registry.has_scanned_for_actions, registry.formatters, registry.choices = False, {}, []
    yield registry
    registry.has_scanned_for_actions, registry.formatters, registry.choices = saved


def test_the_log_opens_in_a_fresh_worker_with_its_action_filter(client, fresh_action_registry):
    admin = get_user_model().objects.create_superuser("log-reader", "", "x" * 16)
    client.force_login(admin)
    response = client.get(reverse("governance:publications"))
    assert response.status_code == 200
    assert 'value="wagtail.publish"' in response.content.decode()


def test_the_log_filters_by_action_and_exports_csv(client):
    admin = get_user_model().objects.create_superuser("log-exporter", "", "x" * 16)
    client.force_login(admin)
    url = reverse("governance:publications")
    assert client.get(url, {"action": "wagtail.unpublish"}).status_code == 200
    assert client.get(url, {"action": "not-an-action"}).status_code == 200
    export = client.get(url, {"export": "csv"})
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
