"""Renditions now live in ``MEDIA_ROOT/renditions/`` (portal/media.py, DOC2, UP-6).
Rows that point at the old ``images/`` folder are dropped: renditions are derived
files, and Wagtail regenerates each one, without metadata, the next time it is shown."""

from django.db import migrations


def drop_renditions_of_the_old_folder(apps, schema_editor):
    apps.get_model("wagtailimages", "Rendition").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0003_restricted_entries_keep_their_readers"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.RunPython(drop_renditions_of_the_old_folder, migrations.RunPython.noop),
    ]
