"""The library's filter form (GET), kept apart from the admin forms so that page
models can import it while apps load."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .codes import CODE_MAX_LENGTH, SEARCH_PATTERN, normalize_code


class LibraryFilterForm(forms.Form):
    """The library's filters (GET). Unknown values make the form invalid, and the page
    answers 400 with the message instead of guessing or failing."""

    code = forms.CharField(
        label=_("Code or title"),
        required=False,
        max_length=CODE_MAX_LENGTH,
        strip=True,
    )
    category = forms.ChoiceField(label=_("Category"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, categories, years, languages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [("", _("All categories")), *categories]
        if len(categories) <= 1:
            del self.fields["category"]
        self.fields["year"].choices = [("", _("All years"))] + [(y, str(y)) for y in years]
        self.fields["language"].choices = [("", _("All languages")), *languages]

    def clean_code(self):
        value = self.cleaned_data["code"]
        if not SEARCH_PATTERN.match(value):
            raise ValidationError(
                _("Search by code or title uses letters, digits and title punctuation only."),
                code="invalid_search",
            )
        return value

    def filter(self, entries: list) -> list:
        data = self.cleaned_data if self.is_bound else {}
        query = (data.get("code") or "").strip()
        code_query = normalize_code(query).casefold()
        title_query = query.casefold()
        results = []
        for entry in entries:
            current = entry.current_version
            if data.get("category") and entry.category != data["category"]:
                continue
            if data.get("year") and (
                current is None or current.effective_date.year != data["year"]
            ):
                continue
            if data.get("language") and (
                current is None or data["language"] not in current.languages
            ):
                continue
            if (
                query
                and code_query not in entry.code.casefold()
                and title_query not in entry.title.casefold()
            ):
                continue
            results.append(entry)
        return results
