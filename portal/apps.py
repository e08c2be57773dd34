"""The project package as an app: it owns no tables, only project-wide wiring."""

from django.apps import AppConfig
from django.db import models
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        # Every slug field of the admin (page slugs above all) gets the Latin slug
        # field and input (portal/slugs.py). Importing Wagtail's registry first lets
        # its defaults register before this replaces the one for SlugField.
        from wagtail.admin.forms.models import register_form_field_override

        from portal import cache_purge
        from portal.slugs import LatinSlugField, LatinSlugInput

        register_form_field_override(
            models.SlugField,
            override={"form_class": LatinSlugField, "widget": LatinSlugInput},
        )
        # What makes stored pages stale, and the caches forget (portal/cache_purge.py).
        cache_purge.connect()
