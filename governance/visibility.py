"""Whose page titles a user may see on governance screens (W1, AC-1).

A draft's or a private page's title is not public: the translation queue and the
bulk-action confirmations show it only to those who may edit the page (or, for a
translator, its translation). Everyone else sees live, public pages only.
Administrators see everything. Answers come from the user's page permissions and
the view restrictions, read once, so a listing costs a fixed number of queries.
"""

from __future__ import annotations

from wagtail.models import PageViewRestriction
from wagtail.permissions import page_permission_policy

from .publishing import may_publish_directly


class PageVisibility:
    def __init__(self, user):
        self.user = user
        self.sees_everything = may_publish_directly(user)
        if self.sees_everything:
            return
        self.change_paths = []
        self.add_paths = []
        if user.is_active:
            for grant in page_permission_policy.get_cached_permissions_for_user(user):
                codename = grant.permission.codename
                if codename == "change_page":
                    self.change_paths.append(grant.page.path)
                elif codename == "add_page":
                    self.add_paths.append(grant.page.path)
        self.private_paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))

    def may_edit(self, page) -> bool:
        """Edit rights from the user's groups; an "add" grant covers their own pages."""
        if self.sees_everything:
            return True
        if any(page.path.startswith(path) for path in self.change_paths):
            return True
        return page.owner_id == self.user.pk and any(
            page.path.startswith(path) for path in self.add_paths
        )

    def is_public(self, page) -> bool:
        return page.live and not any(page.path.startswith(path) for path in self.private_paths)

    def may_see(self, page) -> bool:
        return self.sees_everything or self.may_edit(page) or self.is_public(page)
