"""WSGI entry point for gunicorn.

Defaults to production settings, which refuse to start without their environment:
a deployment that forgets DJANGO_SETTINGS_MODULE fails loudly instead of running
with development defaults. ``make run`` selects the dev settings explicitly.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()
