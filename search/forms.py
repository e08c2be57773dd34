"""The search form (GET): what a visitor may ask, cleaned before anything is searched."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from . import kinds

# Long enough for any real question or document title; a longer query is cut, not
# refused (a pasted paragraph still gets an answer), and never reaches the backend
# whole (CVE-2024-39317 was a query parser slowed down by a long query).
MAX_QUERY_LENGTH = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ufffd]+")


class QueryField(forms.CharField):
    """Free text: control characters and undecodable bytes become spaces, and the
    text is cut to ``MAX_QUERY_LENGTH`` before validation (so a NUL is not an error)."""

    def to_python(self, value):
        value = _CONTROL.sub(" ", str(value or ""))[: MAX_QUERY_LENGTH * 2]
        return " ".join(value.split())[:MAX_QUERY_LENGTH]


class SearchForm(forms.Form):
    q = QueryField(label=_("Search the site"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *kinds.CHOICES]
    )
    section = forms.TypedChoiceField(
        label=_("Section"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, sections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].choices = [("", _("All sections"))] + [
            (page.pk, page.title) for page in sections
        ]
