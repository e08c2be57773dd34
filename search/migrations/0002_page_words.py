"""The table of each page's ranked words and the triggers that keep it in step with
Wagtail's index (``search.page_words``); PostgreSQL only."""

from django.db import migrations


def install(apps, schema_editor):
    from search import page_words

    page_words.install(schema_editor.connection)


def remove(apps, schema_editor):
    from search import page_words

    page_words.remove(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(install, remove, elidable=False)]
