"""Step 3 of 3: the directory's person is the speaker; the old list is gone."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0004_public_persons_to_people"),
    ]

    operations = [
        migrations.RemoveField(model_name="pressreleasepage", name="speaker"),
        migrations.RenameField(
            model_name="pressreleasepage", old_name="new_speaker", new_name="speaker"
        ),
        migrations.AlterField(
            model_name="pressreleasepage",
            name="speaker",
            field=models.ForeignKey(
                help_text="Only a public person in office may speak for the university (P §8.3–8.4).",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="press_releases",
                to="people.person",
                verbose_name="attributed to",
            ),
        ),
        migrations.DeleteModel(name="PublicPerson"),
    ]
