"""The demo content, for the checks of the demo itself (the product tests never use it).

Today ``bootstrap_portal`` still loads the demo with the prescribed structure, so the
session database has it; once the demo has its own ``load_demo`` command, each demo
check loads it inside its own transaction.
"""

from django.core.management import call_command, get_commands

import pytest


@pytest.fixture
def demo(db):
    if "load_demo" in get_commands():
        call_command("load_demo", verbosity=0)


@pytest.fixture
def demo_logins_file(demo, tmp_path):
    """Demo users with their passwords in a temporary file, never the developer's var/."""
    from home.bootstrap.demo_users import ensure_demo_users

    logins_file = tmp_path / "demo-logins.txt"
    ensure_demo_users(logins_file)
    return logins_file
