"""``manage.py anonymise_information_requests``: erase the personal data of requests
closed longer ago than INFORMATION_REQUESTS_RETENTION_DAYS (E7). Run nightly."""

from django.core.management.base import BaseCommand

from engagement.information_requests.services import anonymise_expired


class Command(BaseCommand):
    help = "Erase requesters' personal data after the retention period."

    def handle(self, *args, **options):
        count = anonymise_expired()
        if options["verbosity"]:
            self.stdout.write(f"Personal data erased from {count} closed request(s).")
