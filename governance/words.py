"""Words and phrases that may not be published, per language (W3, W §9.5).

A model of its own module so that the content checks can read it without importing
the approval task that runs them.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet

LANGUAGE_CHOICES = [(code, name) for code, name in settings.LANGUAGES]


class ProhibitedWord(models.Model):
    """A word or phrase that may not be published in one language (W3, W §9.5)."""

    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    word = models.CharField(
        _("word or phrase"),
        max_length=100,
        help_text=_("Matched as a whole word, ignoring case."),
    )
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    panels = [FieldPanel("language"), FieldPanel("word"), FieldPanel("reason")]

    class Meta:
        verbose_name = _("prohibited word")
        verbose_name_plural = _("prohibited words")
        ordering = ["language", "word"]
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="unique_prohibited_word")
        ]

    def __str__(self):
        return f"{self.word} ({self.language})"


register_snippet(ProhibitedWord)
