"""WSGI entry point for gunicorn.

Defaults to production settings, which refuse to start without their environment:
a deployment that forgets DJANGO_SETTINGS_MODULE fails loudly instead of running
with development defaults. ``make run`` selects the dev settings explicitly.

Each worker also watches for a purge Varnish did not take (``portal.front_cache``);
a worker forked from a preloaded application starts its own watcher.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()

from portal.front_cache import watch_debt  # noqa: E402 - needs the apps loaded above

watch_debt()
os.register_at_fork(after_in_child=watch_debt)
