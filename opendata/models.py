"""The open-data catalogue page (O1): one per locale, under University."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.pages import ContentPage

from .datasets import LICENCE, LICENCE_URL, available_datasets


class OpenDataCatalogPage(ContentPage):
    parent_page_types = ["sections.SectionPage", "sections.SubsectionPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("open-data catalogue")
        verbose_name_plural = _("open-data catalogues")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["datasets"] = [
            {
                "dataset": dataset,
                "downloads": [
                    {
                        "language": code,
                        "name": name,
                        "formats": [
                            (
                                extension.upper(),
                                reverse(
                                    "opendata:download",
                                    kwargs={
                                        "slug": dataset.slug,
                                        "language": code,
                                        "extension": extension,
                                    },
                                ),
                            )
                            for extension in ("csv", "json")
                        ],
                    }
                    for code, name in settings.LANGUAGES
                ],
            }
            for dataset in available_datasets()
        ]
        context["licence"] = LICENCE
        context["licence_url"] = LICENCE_URL
        context["api_url"] = reverse("wagtailapi:pages:listing")
        return context
