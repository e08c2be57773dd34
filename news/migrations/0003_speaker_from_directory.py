"""Step 1 of 3 moving press releases' speakers onto the directory (people.Person): a
second, nullable speaker column; the old one becomes nullable so the move can be undone."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models

import people.directory


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0002_eventindexpage_eventpage_pressindexpage_publicperson_and_more"),
        ("people", "0002_directory"),
    ]

    operations = [
        migrations.AlterField(
            model_name="pressreleasepage",
            name="speaker",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="press_releases",
                to="news.publicperson",
                verbose_name="attributed to",
            ),
        ),
        migrations.AddField(
            model_name="pressreleasepage",
            name="new_speaker",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="people.person",
            ),
        ),
        migrations.AddField(
            model_name="newspage",
            name="experts",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                help_text="University experts quoted in this item; only approved experts are listed.",
                related_name="news_items",
                limit_choices_to=people.directory.approved_expert_choices,
                to="people.person",
                verbose_name="experts who spoke",
            ),
        ),
    ]
