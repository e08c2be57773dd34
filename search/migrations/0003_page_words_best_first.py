"""Each word's rows of ``search_page_word`` indexed best first, for a results page
that reads only the best of them (``search.postgres``); PostgreSQL only."""

from django.db import migrations


def add(apps, schema_editor):
    from search import page_words

    page_words.add_best_first_index(schema_editor.connection)


def drop(apps, schema_editor):
    from search import page_words

    page_words.drop_best_first_index(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_page_words")]

    operations = [migrations.RunPython(add, drop, elidable=False)]
