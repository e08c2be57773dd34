"""The forms of the submission process: the appendix form a unit's staff member fills
in, its photos, and the marketing office's decision (W §11.6, P §7.4)."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from portal.languages import LANGUAGE_CODES as LANGUAGES
from portal.languages import SOURCE_LANGUAGE

from .models import Purpose, Submission, SubmissionPhoto
from .photos import check_photo

MAX_PHOTOS = 6


def strip_all(cleaned_data: dict, names) -> None:
    for name in names:
        if isinstance(cleaned_data.get(name), str):
            cleaned_data[name] = cleaned_data[name].strip()


REQUIRED_IN_EVERY_LANGUAGE = _("This text is required in every language.")


class SubmissionForm(forms.ModelForm):
    """Every text in kk, ru and en is required: the unit supplies all three (W §11.6)."""

    TEXT_FIELDS = [f"{name}_{lang}" for name in ("topic", "content") for lang in LANGUAGES]

    class Meta:
        model = Submission
        fields = [
            "date",
            "unit",
            "purpose",
            "topic_kk",
            "topic_ru",
            "topic_en",
            "content_kk",
            "content_ru",
            "content_en",
            "event_start",
            "event_end",
            "event_place",
            "head",
            "responsible",
        ]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}),
            "event_start": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "event_end": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "content_kk": forms.Textarea(attrs={"rows": 8}),
            "content_ru": forms.Textarea(attrs={"rows": 8}),
            "content_en": forms.Textarea(attrs={"rows": 8}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        unit_model = self.fields["unit"].queryset.model
        self.fields["unit"].queryset = unit_model.objects.filter(
            locale__language_code=SOURCE_LANGUAGE
        ).order_by("name")
        self.fields["head"].queryset = (
            get_user_model().objects.filter(is_active=True).order_by("last_name", "username")
        )
        self.fields["head"].label_from_instance = lambda user: (
            user.get_full_name() or user.get_username()
        )
        for name in self.TEXT_FIELDS:
            self.fields[name].error_messages["required"] = REQUIRED_IN_EVERY_LANGUAGE

    def clean(self):
        cleaned_data = super().clean()
        strip_all(cleaned_data, self.TEXT_FIELDS)
        for name in self.TEXT_FIELDS:
            if name in cleaned_data and not cleaned_data[name]:
                self.add_error(
                    name, forms.ValidationError(REQUIRED_IN_EVERY_LANGUAGE, code="required")
                )
        purpose = cleaned_data.get("purpose")
        if purpose == Purpose.EVENT:
            start, end = cleaned_data.get("event_start"), cleaned_data.get("event_end")
            for name in ("event_start", "event_end", "event_place"):
                if not cleaned_data.get(name) and name not in self.errors:
                    self.add_error(
                        name,
                        forms.ValidationError(
                            _("An event needs its start, end and place."), code="required"
                        ),
                    )
            if start and end and end < start:
                self.add_error(
                    "event_end",
                    forms.ValidationError(
                        _("The event cannot end before it starts."), code="end_before_start"
                    ),
                )
        unit = cleaned_data.get("unit")
        if purpose == Purpose.PAGE and unit is not None and unit.page_id is None:
            self.add_error(
                "purpose",
                forms.ValidationError(
                    _(
                        "This unit has no pages of its own on the site yet; "
                        "choose a news item or an event."
                    ),
                    code="no_unit_page",
                ),
            )
        return cleaned_data


class PhotoForm(forms.ModelForm):
    """One photo with its description in three languages; an empty row is skipped."""

    class Meta:
        model = SubmissionPhoto
        fields = ["file", "alt_kk", "alt_ru", "alt_en"]
        widgets = {"file": forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png"})}

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload:
            checked = check_photo(upload)
            self.instance.width, self.instance.height = checked.width, checked.height
            upload.name = f"photo.{checked.extension}"
        return upload


class BasePhotoFormSet(forms.BaseModelFormSet):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("queryset", SubmissionPhoto.objects.none())
        super().__init__(*args, **kwargs)


PhotoFormSet = forms.modelformset_factory(
    SubmissionPhoto,
    form=PhotoForm,
    formset=BasePhotoFormSet,
    extra=3,
    max_num=MAX_PHOTOS,
    validate_max=True,
    absolute_max=MAX_PHOTOS,
    can_delete=False,
)


class AcceptForm(forms.Form):
    lead_time_override = forms.CharField(
        label=_("Reason for announcing later than 5 days ahead"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Only for an event starting in less than 5 days (P §7.4)."),
    )


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for returning"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Say why the material is returned."), code="required")
        return reason
