from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News and blog")

    def ready(self):
        from wagtail.signals import page_published

        from news import archive_signals
        from news.signals import on_press_release_published

        # Press releases go to the mailing list on first publication (P §10.1).
        page_published.connect(on_press_release_published, dispatch_uid="news.press_list")
        # The archive's stored month counts are forgotten when the news changes.
        archive_signals.connect()
