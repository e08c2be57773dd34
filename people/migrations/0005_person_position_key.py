"""The stored, folded position the site search matches words against."""

import unicodedata

from django.db import migrations, models


def fill_position_keys(apps, schema_editor):
    # The same folding as people.directory.position_key, frozen here as migrations are.
    Person = apps.get_model("people", "Person")
    people = list(Person.objects.exclude(position="").only("pk", "position"))
    for person in people:
        person.position_key = (
            unicodedata.normalize("NFC", person.position).casefold().replace("ё", "е")
        )
    Person.objects.bulk_update(people, ["position_key"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0004_body_image_credit"),
    ]

    operations = [
        migrations.AddField(
            model_name="person",
            name="position_key",
            field=models.CharField(default="", editable=False, max_length=400),
        ),
        migrations.RunPython(fill_position_keys, migrations.RunPython.noop),
    ]
