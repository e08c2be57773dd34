"""A restricted entry used to mean "any signed-in account"; it now names its groups
(DOC4). Every group that exists is given to each restricted entry, so everyone who
could read it before still can; administrators then narrow the list per entry.
Accounts outside any group (none exist but superusers, who see everything) lose nothing
they should keep."""

from django.db import migrations


def give_restricted_entries_every_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    RegisteredDocument = apps.get_model("documents", "RegisteredDocument")
    # Through the link table: ParentalManyToManyField defers .add() until a save.
    Link = RegisteredDocument.groups.through
    Link.objects.bulk_create(
        [
            Link(registereddocument_id=entry_id, group_id=group_id)
            for entry_id in RegisteredDocument.objects.filter(restricted=True).values_list(
                "pk", flat=True
            )
            for group_id in Group.objects.values_list("pk", flat=True)
        ],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [("documents", "0002_registereddocument_groups")]

    operations = [
        migrations.RunPython(give_restricted_entries_every_group, migrations.RunPython.noop),
    ]
