"""Demo logins for a local run, never for production.

Passwords are generated on first creation and kept in ``var/demo-logins.txt``
(outside git), so no credential is ever committed and reruns print the same ones.

One user per role (W1): each joins its group by name. The groups themselves are made
by the governance app's ``setup_roles`` (run by ``bootstrap_portal``, before ``load_demo``);
a group that does not exist yet is simply skipped, and joined on the next run.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

LOGINS_FILE = Path(settings.BASE_DIR) / "var" / "demo-logins.txt"


@dataclass(frozen=True)
class DemoUser:
    username: str
    description: str
    is_superuser: bool = False
    groups: tuple[str, ...] = ()
    # The Wagtail admin language chosen in the user's account (Kazakh unless they
    # translate into another language); anyone can change it under Account.
    admin_language: str = "kk"


DEMO_USERS = (
    DemoUser(
        "admin", "administrator: everything, including the structure", True, ("Administrators",)
    ),
    DemoUser(
        "editor-university", "section editor: University", groups=("Section editors: University",)
    ),
    DemoUser(
        "editor-applicant", "section editor: Applicant", groups=("Section editors: Applicant",)
    ),
    DemoUser("editor-student", "section editor: Student", groups=("Section editors: Student",)),
    DemoUser("editor-graduate", "section editor: Graduate", groups=("Section editors: Graduate",)),
    DemoUser(
        "editor-education", "section editor: Education", groups=("Section editors: Education",)
    ),
    DemoUser(
        "editor-news", "section editor: News (press service)", groups=("Section editors: News",)
    ),
    DemoUser(
        "approver", "section approver (vice-rector): first approval", groups=("Section approvers",)
    ),
    DemoUser("marketing", "head of marketing: final approval", groups=("Marketing head",)),
    DemoUser(
        "translator-ru", "translator kk → ru", groups=("Translators ru",), admin_language="ru"
    ),
    DemoUser(
        "translator-en", "translator kk → en", groups=("Translators en",), admin_language="en"
    ),
    DemoUser("rector", "rector: writes the Rector's blog", groups=("Rector",)),
    DemoUser("quality", "quality office: regulatory documents", groups=("Quality office",)),
    DemoUser("unit-staff", "unit staff: submits material (W §11.6)", groups=("Unit staff",)),
    DemoUser("unit-head", "head of a unit: signs submitted material", groups=("Unit staff",)),
    DemoUser(
        "unit-editor", "unit editor: the engineering faculty's pages", groups=("Unit editors",)
    ),
    DemoUser(
        "marketing-office",
        "marketing office: accepts submitted material",
        groups=("Marketing office",),
    ),
    DemoUser("requests", "requests office: information requests", groups=("Requests office",)),
)


def _read_logins(logins_file: Path = LOGINS_FILE) -> dict[str, str]:
    if not logins_file.exists():
        return {}
    logins = {}
    for line in logins_file.read_text(encoding="utf-8").splitlines():
        username, _sep, password = line.partition(" ")
        if password:
            logins[username] = password
    return logins


def _write_logins(logins: dict[str, str], logins_file: Path = LOGINS_FILE) -> None:
    logins_file.parent.mkdir(parents=True, exist_ok=True)
    logins_file.write_text(
        "".join(f"{username} {password}\n" for username, password in logins.items()),
        encoding="utf-8",
    )
    logins_file.chmod(0o600)


def _join_groups(user, demo: DemoUser) -> None:
    groups = Group.objects.filter(name__in=demo.groups).exclude(user=user)
    if groups:
        user.groups.add(*groups)


def _set_admin_language(user, demo: DemoUser) -> None:
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    if not profile.preferred_language:
        profile.preferred_language = demo.admin_language
        profile.save(update_fields=["preferred_language"])


def ensure_demo_users(logins_file: Path = LOGINS_FILE) -> list[str]:
    """Create missing demo users and put each in its role's group; return the
    usernames created or given a new password."""
    user_model = get_user_model()
    logins = _read_logins(logins_file)
    changed = []
    for demo in DEMO_USERS:
        user = user_model.objects.filter(username=demo.username).first()
        if user is not None and demo.username in logins:
            _join_groups(user, demo)
            _set_admin_language(user, demo)
            continue
        password = secrets.token_urlsafe(12)
        if user is None:
            user = user_model(username=demo.username, email=f"{demo.username}@example.org")
        user.is_staff = True
        user.is_superuser = demo.is_superuser
        user.set_password(password)
        user.save()
        _join_groups(user, demo)
        _set_admin_language(user, demo)
        logins[demo.username] = password
        changed.append(demo.username)
    if changed:
        _write_logins(logins, logins_file)
    return changed


def demo_logins(logins_file: Path = LOGINS_FILE) -> list[tuple[DemoUser, str]]:
    logins = _read_logins(logins_file)
    return [(demo, logins[demo.username]) for demo in DEMO_USERS if demo.username in logins]
