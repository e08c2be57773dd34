"""The move of the press centre's public persons onto the directory (news 0003–0005)
keeps every press release's speaker: the live row, its revisions (drafts still waiting
to be published) and its translation sources, and it can be undone.

The migrations run for real, on a database of their own (an SQLite file, outside the
test transaction): unapplying migrations on the session database would take the
prescribed tree the other tests share with it.
"""

import json

from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.db.utils import load_backend
from django.utils import timezone

import pytest

BEFORE = [("news", "0003_speaker_from_directory")]
AFTER = [("news", "0005_drop_public_person")]
PEOPLE = [
    ("Нұрлан Серікұлы Әбдібеков", "Nurlan Abdibekov", "rector", True),
    ("Дана Ерланқызы Омарова", "Dana Omarova", "dean", False),
    ("Мадина Ахметова", "", "other", True),
]


@pytest.fixture
def connection(tmp_path, django_db_setup, django_db_blocker):
    """A fresh database of the session's own engine standing in as ``default`` for the
    test's duration: an SQLite file, or a PostgreSQL database made and dropped here (a
    migration module loaded under another engine keeps that engine's operations).

    Wagtail's own first migration writes through the default connection whatever the
    alias being migrated, so the throwaway database takes the default's place (outside
    any test transaction) and the session's connection is put back afterwards.
    """
    session_connection = connections[DEFAULT_DB_ALIAS]
    on_postgresql = session_connection.vendor == "postgresql"
    if on_postgresql:
        name = f"{session_connection.settings_dict['NAME']}_migrations"[:63]
        database = {**session_connection.settings_dict, "NAME": name}
        with django_db_blocker.unblock(), session_connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}"')
    else:
        database = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "m.sqlite3")}
    # configure_settings fills in Django's defaults for the new database.
    settings_dict = connections.configure_settings({DEFAULT_DB_ALIAS: database})[DEFAULT_DB_ALIAS]
    backend = load_backend(settings_dict["ENGINE"])
    throwaway = backend.DatabaseWrapper(settings_dict, DEFAULT_DB_ALIAS)
    ContentType.objects.clear_cache()
    connections[DEFAULT_DB_ALIAS] = throwaway
    try:
        with django_db_blocker.unblock():
            yield throwaway
    finally:
        throwaway.close()
        connections[DEFAULT_DB_ALIAS] = session_connection
        ContentType.objects.clear_cache()
        if on_postgresql:
            with django_db_blocker.unblock(), session_connection.cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')


def migrate(connection, targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def press_releases_before_the_move(apps):
    """Three public persons and four releases (one speaker twice), each with a revision,
    written with the models as they were before the move."""
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    PublicPerson = apps.get_model("news", "PublicPerson")
    PressReleasePage = apps.get_model("news", "PressReleasePage")
    kk = Locale.objects.get_or_create(language_code="kk")[0]
    Locale.objects.get_or_create(language_code="en")
    page_type = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")[0]
    release_type = ContentType.objects.get_or_create(app_label="news", model="pressreleasepage")[0]
    root = Page.objects.get(depth=1)
    persons = [
        PublicPerson.objects.create(name=name, name_latin=latin, position=position, active=active)
        for name, latin, position, active in PEOPLE
    ]
    speakers = {}
    for number, person in enumerate([*persons, persons[0]], start=1):
        page = PressReleasePage.objects.create(
            title=f"Релиз {number}",
            draft_title=f"Релиз {number}",
            slug=f"release-{number}",
            path=f"{root.path}{9000 + number:04d}",
            depth=2,
            url_path=f"/release-{number}/",
            content_type=release_type,
            locale=kk,
            date="2026-11-23",
            kind="release",
            speaker=person,
            body="[]",
        )
        Revision.objects.create(
            content_type=release_type,
            base_content_type=page_type,
            object_id=str(page.pk),
            object_str=page.title,
            created_at=timezone.now(),
            content={"title": page.title, "speaker": person.pk},
        )
        speakers[page.pk] = person
    return speakers


def test_every_press_release_keeps_its_speaker_through_the_move_and_back(connection):
    apps = migrate(connection, BEFORE)
    speakers = press_releases_before_the_move(apps)

    apps = migrate(connection, AFTER)
    PressReleasePage = apps.get_model("news", "PressReleasePage")
    Person = apps.get_model("people", "Person")
    Revision = apps.get_model("wagtailcore", "Revision")
    assert PressReleasePage.objects.count() == len(speakers)
    for page in PressReleasePage.objects.select_related("speaker__locale"):
        old = speakers[page.pk]
        assert page.speaker.name == old.name
        assert page.speaker.locale.language_code == "kk"
        assert page.speaker.in_office == old.active
        expected_position = "" if old.position == "other" else old.position
        assert page.speaker.public_position == expected_position
        revision = Revision.objects.get(object_id=str(page.pk))
        assert revision.content["speaker"] == page.speaker_id
    # One directory person per public person (the rector spoke twice), the Latin name
    # being the English translation.
    assert Person.objects.filter(locale__language_code="kk").count() == len(PEOPLE)
    rector = Person.objects.get(name=PEOPLE[0][0])
    english = Person.objects.get(translation_key=rector.translation_key, locale__language_code="en")
    assert english.name == "Nurlan Abdibekov"
    assert english.name_key == "nurlan abdibekov"
    assert not Person.objects.filter(locale__language_code="en", name="").exists()

    apps = migrate(connection, BEFORE)
    PressReleasePage = apps.get_model("news", "PressReleasePage")
    Revision = apps.get_model("wagtailcore", "Revision")
    for page in PressReleasePage.objects.select_related("speaker"):
        assert page.speaker.name == speakers[page.pk].name
        revision = Revision.objects.get(object_id=str(page.pk))
        assert json.loads(json.dumps(revision.content))["speaker"] == page.speaker_id
