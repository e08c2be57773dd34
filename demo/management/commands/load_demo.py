"""``manage.py load_demo``: the demo content, users and documents, on top of
``bootstrap_portal``'s prescribed structure. Never for a deployment.

Idempotent (run it twice: nothing changes) and safe on a database with editors'
content: it adds only what is missing and never overwrites an edit (see
``demo.builder``). Everything is written in one transaction: a failure leaves nothing.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.models import Locale

from demo.builder import DemoBuilder, DemoError
from demo.content import SITE_TREE
from demo.documents import ensure_programmes, ensure_register
from demo.home_page import ensure_home_blocks
from demo.information_requests import ensure_information_requests
from demo.news import ensure_comments
from demo.participation import ensure_participation
from demo.persons import ensure_people
from demo.public_bodies import ensure_public_bodies
from demo.users import ensure_demo_users


class Command(BaseCommand):
    help = (
        "Load the demo content (pages in kk with ru/en translations, news, events, blog, "
        "press, documents, programmes) and demo logins. Run bootstrap_portal first. Safe to "
        "run again: it adds only what is missing and never overwrites an edit."
    )

    def handle(self, *args, **options):
        try:
            with transaction.atomic():
                ensure_people()
                registered = ensure_register()
                report = DemoBuilder(SITE_TREE).build()
                if ensure_home_blocks(SITE_TREE):
                    report.filled.append(SITE_TREE.slug[settings.LANGUAGE_CODE])
                locales = {locale.language_code: locale for locale in Locale.objects.all()}
                programmes = ensure_programmes(locales, settings.LANGUAGE_CODE)
                comments = ensure_comments(report.created)
                ensure_public_bodies()
                logins = ensure_demo_users()
                participation = ensure_participation()
                requests = ensure_information_requests()
        except DemoError as error:
            raise CommandError(str(error)) from error
        if options["verbosity"] == 0:
            return
        lines = [
            f"Demo pages: {len(report.created)} created, {len(report.filled)} prescribed "
            f"pages given content, {len(report.translated)} translations written.",
        ]
        if registered:
            lines.append(f"Document register: {registered} entries registered.")
        if programmes:
            lines.append(f"Educational programmes: {programmes} added in kk with ru/en.")
        if comments:
            lines.append(f"Blog comments: {comments} added.")
        if participation["submissions"] or participation["discussions"]:
            lines.append(
                f"Participation: {participation['submissions']} submissions, "
                f"{participation['discussions']} discussions added."
            )
        if requests:
            lines.append(f"Information requests: {requests} added.")
        if logins:
            lines.append(f"Demo logins created: {', '.join(logins)}")
        if not (
            report.changed
            or registered
            or programmes
            or comments
            or logins
            or requests
            or participation["submissions"]
            or participation["discussions"]
        ):
            lines = ["The demo is complete; nothing to do."]
        for line in lines:
            self.stdout.write(line)
