"""``manage.py show_demo_logins``: print the demo logins made by ``bootstrap_portal``."""

from django.core.management.base import BaseCommand

from home.bootstrap.demo_users import demo_logins


class Command(BaseCommand):
    help = "Print the demo logins created by bootstrap_portal --demo-users."

    def handle(self, *args, **options):
        logins = demo_logins()
        if not logins:
            self.stdout.write("  No demo logins: run `manage.py bootstrap_portal --demo-users`.")
            return
        self.stdout.write("  Demo logins (local only, stored in var/demo-logins.txt):")
        for demo, password in logins:
            self.stdout.write(f"    {demo.username:<18} {password:<20} {demo.description}")
