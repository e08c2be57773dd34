"""W2: nothing goes public and nothing comes down without approval.

Every role made by ``setup_roles`` (plus a group that holds Wagtail's *publish* by a
grant made by hand) tries every way the admin offers to publish or unpublish outside
a workflow, through the real admin URLs. Only administrators succeed, and the
workflow still publishes when its last approver approves.
"""

import datetime

from django.contrib.auth.models import Group, Permission
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from wagtail.models import GroupPagePermission, Locale, Page, PageLogEntry
from wagtail_localize.models import Translation, TranslationSource

import pytest

from governance import roles
from governance.publishing import UNPUBLISH_REASON_LOG_ACTION
from tests.governance.builders import HAND_PUBLISHERS, client_for, make_page, user_in
from tests.governance.conftest import section
from tests.governance.flows import approve, in_kazakh, subsection_data

pytestmark = pytest.mark.django_db

ROLE_GROUPS = {
    "administrator": roles.ADMINISTRATORS,
    "section editor": roles.SECTION_EDITORS["universitet"],
    "section approver": roles.SECTION_APPROVERS,
    "marketing head": roles.MARKETING_HEAD,
    "translator": roles.TRANSLATORS["ru"],
    "rector": roles.RECTOR,
    "quality office": roles.QUALITY_OFFICE,
    "hand-granted publisher": HAND_PUBLISHERS,
}


def ru_translation_draft(source):
    """The Russian translation of ``source`` as a draft, made by wagtail-localize."""
    locale = Locale.objects.get(language_code="ru")
    translation_source, _created = TranslationSource.get_or_create_from_instance(source)
    translation = Translation.objects.create(source=translation_source, target_locale=locale)
    translation.save_target(publish=False)
    return source.get_translation(locale).specific


def reload(page):
    return Page.objects.get(pk=page.pk).specific


BULK = "/admin/bulk/wagtailcore/page/{action}/?id={id}&next=/admin/"


# Each action: (do it as ``client`` on fresh pages named by ``tag``) -> (went_through).


def publish_button(client, tag):
    draft = make_page(section("universitet"), f"button-{tag}", live=False)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        subsection_data(title=draft.title, slug=draft.slug, **{"action-publish": "1"}),
    )
    return reload(draft).live


def scheduled_publish(client, tag):
    draft = make_page(section("universitet"), f"schedule-{tag}", live=False)
    tomorrow = (timezone.now() + datetime.timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        subsection_data(
            title=draft.title, slug=draft.slug, go_live_at=tomorrow, **{"action-publish": "1"}
        ),
    )
    return draft.revisions.filter(approved_go_live_at__isnull=False).exists()


def unpublish(client, tag):
    live = make_page(section("universitet"), f"down-{tag}", live=True)
    client.post(
        reverse("wagtailadmin_pages:unpublish", args=[live.pk]),
        {"reason": "Мерзімі өтті."},
    )
    return not reload(live).live


def bulk_publish(client, tag):
    draft = make_page(section("universitet"), f"bulk-{tag}", live=False)
    client.post(BULK.format(action="publish", id=draft.pk), {"include_descendants": ""})
    return reload(draft).live


def bulk_unpublish(client, tag):
    live = make_page(section("universitet"), f"bulk-down-{tag}", live=True)
    client.post(BULK.format(action="unpublish", id=live.pk), {"reason": "Мерзімі өтті."})
    return not reload(live).live


def copy_and_publish(client, tag):
    live = make_page(section("universitet"), f"original-{tag}", live=True)
    client.post(
        reverse("wagtailadmin_pages:copy", args=[live.pk]),
        {
            "new_title": "Көшірме",
            "new_slug": f"koshirme-{tag}",
            "new_parent_page": live.get_parent().pk,
            "publish_copies": "on",
        },
    )
    return Page.objects.filter(slug=f"koshirme-{tag}", live=True).exists()


def revert_and_publish(client, tag):
    live = make_page(section("universitet"), f"revert-{tag}", live=True, title="Бірінші нұсқа")
    first = live.live_revision
    live.title = "Екінші нұсқа"
    live.save_revision().publish()
    client.post(
        reverse("wagtailadmin_pages:revisions_revert", args=[live.pk, first.pk]),
        subsection_data(title="Бірінші нұсқа", slug=live.slug, **{"action-publish": "1"}),
    )
    return reload(live).title == "Бірінші нұсқа"


def translation_editor_publish(client, tag):
    source = make_page(section("universitet"), f"source-{tag}", live=True)
    target = ru_translation_draft(source)
    # wagtail-localize publishes when the transaction commits; run that here too.
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"})
    return reload(target).live


ACTIONS = [
    publish_button,
    scheduled_publish,
    unpublish,
    bulk_publish,
    bulk_unpublish,
    copy_and_publish,
    revert_and_publish,
    translation_editor_publish,
]


@pytest.mark.parametrize("role", [role for role in ROLE_GROUPS if role != "administrator"])
def test_no_role_but_administrators_publishes_or_unpublishes_outside_a_workflow(
    client, role, subtests
):
    user = user_in(ROLE_GROUPS[role], "tester")
    client_for(client, user)
    for action in ACTIONS:
        with subtests.test(action=action.__name__):
            assert not action(client, action.__name__), f"{role} got through"


def test_administrators_may_publish_and_unpublish_directly(client, subtests):
    """The same requests do go through for an administrator: the refusals above are
    the rules, not broken requests."""
    client_for(client, user_in(roles.ADMINISTRATORS, "head-admin"))
    for action in ACTIONS:
        with subtests.test(action=action.__name__):
            assert action(client, action.__name__)


def test_refusal_to_a_publisher_by_hand_is_a_403_with_the_reason(client):
    client_for(client, user_in(HAND_PUBLISHERS, "moderator"))
    draft = make_page(section("universitet"), "refused", live=False)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        subsection_data(title=draft.title, slug=draft.slug, **{"action-publish": "1"}),
    )
    assert response.status_code == 403
    assert (
        in_kazakh(
            "Pages are published only through approval: submit the page for approval, and it "
            "goes live when the last approver accepts it."
        )
        in response.content.decode()
    )
    bulk = client.post(BULK.format(action="publish", id=draft.pk), {"include_descendants": ""})
    assert bulk.status_code == 403
    assert not reload(draft).live


def test_the_publish_and_unpublish_buttons_are_offered_to_administrators_only(client):
    live = make_page(section("universitet"), "buttons", live=True)
    edit_url = reverse("wagtailadmin_pages:edit", args=[live.pk])
    client_for(client, user_in(HAND_PUBLISHERS, "moderator"))
    html = client.get(edit_url).content.decode()
    assert 'name="action-publish"' not in html
    client_for(client, user_in(roles.ADMINISTRATORS, "head-admin"))
    assert 'name="action-publish"' in client.get(edit_url).content.decode()


def test_the_workflow_publishes_though_no_approver_holds_publish(client):
    editor = user_in(roles.SECTION_EDITORS["universitet"], "w-editor")
    approver = user_in(roles.SECTION_APPROVERS, "w-approver")
    marketing = user_in(roles.MARKETING_HEAD, "w-marketing")
    parent = section("universitet")
    client_for(client, editor)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["sections", "subsectionpage", parent.pk]),
        subsection_data(slug="through-approval", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    page = Page.objects.get(slug="through-approval")
    assert not page.live

    approve(client_for(client, approver), page)
    assert not reload(page).live
    assert not page.permissions_for_user(marketing).can_publish()
    approve(client_for(client, marketing), page)

    page = reload(page)
    assert page.live
    published = PageLogEntry.objects.get(page=page, action="wagtail.publish")
    assert published.user == marketing


def test_scheduled_publishing_waits_for_approval_then_keeps_the_date(client):
    editor = user_in(roles.SECTION_EDITORS["universitet"], "s-editor")
    approver = user_in(roles.SECTION_APPROVERS, "s-approver")
    marketing = user_in(roles.MARKETING_HEAD, "s-marketing")
    parent = section("universitet")
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    client_for(client, editor)
    client.post(
        reverse("wagtailadmin_pages:add", args=["sections", "subsectionpage", parent.pk]),
        subsection_data(
            slug="scheduled",
            go_live_at=tomorrow.strftime("%Y-%m-%d %H:%M"),
            **{"action-submit": "1"},
        ),
    )
    page = Page.objects.get(slug="scheduled")
    assert not page.revisions.filter(approved_go_live_at__isnull=False).exists()
    approve(client_for(client, approver), page)
    approve(client_for(client, marketing), page)
    page = reload(page)
    assert not page.live  # approved, and waits for its date
    assert page.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_an_administrator_unpublishes_only_with_a_reason_kept_in_the_audit_log(client):
    admin = user_in(roles.ADMINISTRATORS, "head-admin")
    client_for(client, admin)
    live = make_page(section("universitet"), "with-reason", live=True)
    url = reverse("wagtailadmin_pages:unpublish", args=[live.pk])

    assert 'name="reason"' in client.get(url).content.decode()
    refused = client.post(url, {"reason": "   "})
    assert refused.status_code == 400
    assert (
        in_kazakh("Give the reason for unpublishing: it is kept in the audit log.")
        in refused.content.decode()
    )
    assert reload(live).live
    assert not PageLogEntry.objects.filter(page=live, action="wagtail.unpublish").exists()

    reason = "Бұйрық күшін жойды."
    assert client.post(url, {"reason": reason}).status_code == 302
    assert not reload(live).live
    entry = PageLogEntry.objects.get(page=live, action=UNPUBLISH_REASON_LOG_ACTION)
    assert (entry.user, entry.data["reason"]) == (admin, reason)
    history = client.get(reverse("wagtailadmin_pages:history", args=[live.pk])).content.decode()
    assert reason in history


def test_bulk_unpublish_asks_an_administrator_for_the_reason(client):
    admin = user_in(roles.ADMINISTRATORS, "head-admin")
    client_for(client, admin)
    live = make_page(section("universitet"), "bulk-reason", live=True)
    url = BULK.format(action="unpublish", id=live.pk)
    assert 'name="reason"' in client.get(url).content.decode()
    assert client.post(url, {}).status_code == 400
    assert reload(live).live
    client.post(url, {"reason": "Қайта ұйымдастыру."})
    assert not reload(live).live
    entry = PageLogEntry.objects.get(page=live, action=UNPUBLISH_REASON_LOG_ACTION)
    assert entry.data["reason"] == "Қайта ұйымдастыру."


def test_the_pages_api_changes_nothing(client, subtests):
    draft = make_page(section("universitet"), "api-draft", live=False)
    client_for(client, user_in(roles.MARKETING_HEAD, "api-marketing"))
    url = reverse("wagtailadmin_api:pages:detail", args=[draft.pk])
    for method in ("post", "put", "patch", "delete"):
        with subtests.test(method=method):
            response = getattr(client, method)(
                url, data='{"live": true}', content_type="application/json"
            )
            assert response.status_code in (403, 405)
            assert not reload(draft).live


def test_setup_roles_withdraws_the_publish_grant_it_gave_the_marketing_head():
    """Existing installs: an earlier ``setup_roles`` granted the marketing head
    *publish* on the root; running it again takes that grant back, once, and leaves
    other grants alone."""
    root = Page.get_first_root_node()
    publish = Permission.objects.get(codename="publish_page")
    marketing = Group.objects.get(name=roles.MARKETING_HEAD)
    GroupPagePermission.objects.create(group=marketing, page=root, permission=publish)
    approvers = Group.objects.get(name=roles.SECTION_APPROVERS)
    GroupPagePermission.objects.create(group=approvers, page=root, permission=publish)

    report = roles.setup_roles()
    assert any("withdrew publish_page" in line for line in report.created)
    assert not GroupPagePermission.objects.filter(group=marketing, permission=publish).exists()
    assert GroupPagePermission.objects.filter(group=approvers, permission=publish).exists()
    assert roles.setup_roles().created == []
