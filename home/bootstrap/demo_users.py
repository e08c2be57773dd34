"""Demo logins for a local run, never for production.

Passwords are generated on first creation and kept in ``var/demo-logins.txt``
(outside git), so no credential is ever committed and reruns print the same ones.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model

LOGINS_FILE = Path(settings.BASE_DIR) / "var" / "demo-logins.txt"


@dataclass(frozen=True)
class DemoUser:
    username: str
    description: str
    is_superuser: bool = False


DEMO_USERS = (DemoUser("admin", "administrator: everything, including the structure", True),)


def _read_logins() -> dict[str, str]:
    if not LOGINS_FILE.exists():
        return {}
    logins = {}
    for line in LOGINS_FILE.read_text(encoding="utf-8").splitlines():
        username, _sep, password = line.partition(" ")
        if password:
            logins[username] = password
    return logins


def _write_logins(logins: dict[str, str]) -> None:
    LOGINS_FILE.parent.mkdir(parents=True, exist_ok=True)
    LOGINS_FILE.write_text(
        "".join(f"{username} {password}\n" for username, password in logins.items()),
        encoding="utf-8",
    )
    LOGINS_FILE.chmod(0o600)


def ensure_demo_users() -> list[str]:
    """Create missing demo users; return the usernames created or given a new password."""
    user_model = get_user_model()
    logins = _read_logins()
    changed = []
    for demo in DEMO_USERS:
        user = user_model.objects.filter(username=demo.username).first()
        if user is not None and demo.username in logins:
            continue
        password = secrets.token_urlsafe(12)
        if user is None:
            user = user_model(username=demo.username, email=f"{demo.username}@example.org")
        user.is_staff = True
        user.is_superuser = demo.is_superuser
        user.set_password(password)
        user.save()
        logins[demo.username] = password
        changed.append(demo.username)
    if changed:
        _write_logins(logins)
    return changed


def demo_logins() -> list[tuple[DemoUser, str]]:
    logins = _read_logins()
    return [(demo, logins[demo.username]) for demo in DEMO_USERS if demo.username in logins]
