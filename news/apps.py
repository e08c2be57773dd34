from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News and blog")

    def ready(self):
        from wagtail_localize.fields import get_translatable_fields

        from news.models import NewsPage

        # Tags are words of the page's own language: a translation keeps its own tags when
        # the Kazakh source is synced again (wagtail-localize would copy the Kazakh ones).
        NewsPage.translatable_fields = [
            field
            for field in get_translatable_fields(NewsPage)
            if field.field_name not in ("tags", "tagged_items")
        ]
