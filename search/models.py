"""What the search app stores: the queries that found nothing, per language and day,
for the editors' report. Popular queries and promoted results are Wagtail's own
(``wagtail.contrib.search_promotions``)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.search.utils import MAX_QUERY_STRING_LENGTH


class UnansweredQuery(models.Model):
    """Searches in one language on one day that found no page and no document."""

    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    query_string = models.CharField(_("query"), max_length=MAX_QUERY_STRING_LENGTH)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("unanswered query")
        verbose_name_plural = _("unanswered queries")
        constraints = [
            models.UniqueConstraint(
                fields=["language", "query_string", "date"], name="unique_unanswered_query_day"
            )
        ]

    def __str__(self):
        return self.query_string
