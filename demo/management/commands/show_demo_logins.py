"""``manage.py show_demo_logins``: print the demo logins made by ``load_demo``."""

from django.core.management.base import BaseCommand

from demo.users import demo_logins


class Command(BaseCommand):
    help = "Print the demo logins created by load_demo."

    def handle(self, *args, **options):
        logins = demo_logins()
        if not logins:
            self.stdout.write("  No demo logins: run `manage.py load_demo`.")
            return
        self.stdout.write("  Demo logins (local only, stored in var/demo-logins.txt):")
        for demo, password in logins:
            self.stdout.write(f"    {demo.username:<18} {password:<20} {demo.description}")
