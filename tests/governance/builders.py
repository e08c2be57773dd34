"""Test data built in the test: users in the real ``setup_roles`` groups, pages made
with the ORM under the prescribed sections."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission, Page

from sections.models import SubsectionPage

HAND_PUBLISHERS = "Publishers by hand"


def user_in(group_name, username):
    """A staff user in a group made by ``setup_roles`` (not a superuser)."""
    if group_name == HAND_PUBLISHERS and not Group.objects.filter(name=group_name).exists():
        group = Group.objects.create(name=group_name)
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        for codename in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.create(
                group=group,
                page=Page.get_first_root_node(),
                permission=Permission.objects.get(codename=codename),
            )
    user = get_user_model().objects.create_user(username, password="x" * 20, is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def client_for(client, user):
    client.force_login(user)
    return client


def make_page(parent, slug, *, live, title=None):
    """A subsection built for the test; a live one was published by setup code."""
    page = SubsectionPage(title=title or f"Сынақ {slug}", slug=slug, intro="Кіріспе.", live=False)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    return Page.objects.get(pk=page.pk).specific
