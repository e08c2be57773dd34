from urllib.parse import urlsplit

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.core.signals import request_finished
        from django.db.models.signals import post_migrate

        from .hits import hits

        post_migrate.connect(_rank_words_with_current_weights, sender=self)
        request_finished.connect(hits.flush_if_due, dispatch_uid="search-hits")

    def bootstrap_portal(self) -> list[str]:
        """Point the default Wagtail Site at PUBLIC_URL, so every ``full_url`` (API,
        iCalendar, feeds, sitemap) names the address the site is really served at."""
        from django.conf import settings

        from wagtail.models import Site

        address = urlsplit(settings.PUBLIC_URL)
        port = address.port or (443 if address.scheme == "https" else 80)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None or (site.hostname, site.port) == (address.hostname, port):
            return []
        site.hostname, site.port = address.hostname, port
        site.save(update_fields=["hostname", "port"])
        return [f"Site address set to {address.hostname}:{port} (PUBLIC_URL)."]


def _rank_words_with_current_weights(using, **kwargs):
    """After every migrate: the ranked words follow Wagtail's field weights, which come
    from the code's search boosts rather than from a migration (``search.page_words``)."""
    from django.db import connections

    from . import page_words

    page_words.install(connections[using])
