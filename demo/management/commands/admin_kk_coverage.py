"""``manage.py admin_kk_coverage``: the share of the daily admin screens shown in Kazakh."""

from django.core.management.base import BaseCommand

from demo.admin_i18n import measure


class Command(BaseCommand):
    help = (
        "Render the editor's and translator's daily admin screens as the demo roles "
        "(in a rolled-back transaction) and report the share of strings shown in Kazakh."
    )

    def add_arguments(self, parser):
        parser.add_argument("--missing", help="write the untranslated messages to this .pot file")

    def handle(self, *args, **options):
        coverage = measure()
        for name, messages in coverage.screens.items():
            share = coverage.share(messages)
            self.stdout.write(f"  {name:<20} {len(messages):>4} strings  {share:6.1%} in Kazakh")
        total = coverage.messages
        self.stdout.write(
            f"  {'all screens':<20} {len(total):>4} strings  {coverage.share():6.1%} in Kazakh"
        )
        if options["missing"]:
            import polib

            pot = polib.POFile()
            pot.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
            for message in coverage.untranslated():
                pot.append(
                    polib.POEntry(
                        msgctxt=message.context or None,
                        msgid=message.msgid,
                        msgid_plural=message.plural or "",
                        msgstr="",
                        msgstr_plural={0: "", 1: ""} if message.plural else {},
                    )
                )
            pot.save(options["missing"])
            self.stdout.write(f"  {len(pot)} untranslated messages written to {options['missing']}")
