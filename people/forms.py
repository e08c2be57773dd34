"""The directory's and the experts pool's filter forms (GET): unknown values make a
form invalid, and the page answers 400 with the message instead of guessing."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .directory import NAME_MAX_LENGTH, Category
from .translit import query_keys


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Name"), required=False, max_length=NAME_MAX_LENGTH, strip=True)
    unit = forms.TypedChoiceField(label=_("Unit"), required=False, coerce=int, empty_value=None)
    category = forms.ChoiceField(
        label=_("Position"), required=False, choices=[("", _("All positions")), *Category.choices]
    )

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = [("", _("All units"))] + [
            (unit.pk, str(unit)) for unit in units
        ]

    def clean_q(self):
        value = self.cleaned_data["q"]
        if value and not query_keys(value):
            raise ValidationError(
                _("Search by name uses letters: Kazakh, Russian or Latin."), code="invalid_name"
            )
        return value

    def filter(self, people):
        data = self.cleaned_data if self.is_bound else {}
        if data.get("q"):
            people = people.search(data["q"])
        if data.get("unit"):
            people = people.filter(unit__translation_key__in=self.unit_keys(data["unit"]))
        if data.get("category"):
            people = people.filter(category=data["category"])
        return people

    def unit_keys(self, unit_pk):
        """A unit chosen in one language matches people linked to any of its
        translations (a person's unit is kept in sync with the Kazakh source)."""
        from .units import Unit

        return Unit.objects.filter(pk=unit_pk).values("translation_key")


class ExpertFilterForm(forms.Form):
    area = forms.ChoiceField(label=_("Area of expertise"), required=False)

    def __init__(self, *args, areas=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].choices = [("", _("All areas"))] + [(area, area) for area in areas]
