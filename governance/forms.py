"""Forms for the governance admin screens: every request parameter goes through one."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm
from wagtail.models import Page, TaskState
from wagtail_localize.models import Translation

from portal.languages import SOURCE_LANGUAGE, TARGET_LANGUAGES
from sections import tree

from .models import SectionReview
from .translation_queue import STATE_LABELS


class QueueFilterForm(forms.Form):
    section = forms.TypedChoiceField(
        label=_("Section"), required=False, coerce=int, empty_value=None
    )
    language = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(label=_("State"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sections = tree.sections()
        self.fields["section"].choices = [("", _("All sections"))] + [
            (page.pk, page.title) for page in sections
        ]
        self.fields["language"].choices = [("", _("All languages"))] + list(settings.LANGUAGES)
        self.fields["state"].choices = [("", _("All states"))] + list(STATE_LABELS.items())


class QueuePageForm(forms.Form):
    """Which screen of the paginated queue (``?p=``, Wagtail's own name for it)."""

    p = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=10**6,
        error_messages={
            "invalid": _("The page number must be a whole number."),
            "min_value": _("The queue has no page with this number."),
            "max_value": _("The queue has no page with this number."),
        },
    )

    def page_number(self, num_pages: int) -> int:
        """The page asked for, once the form is valid; a number past the last page
        is an error of the form (the queue shrinks as translators work)."""
        number = self.cleaned_data.get("p") or 1
        if number > max(num_pages, 1):
            self.add_error(
                "p",
                forms.ValidationError(
                    _("The queue has no page with this number."), code="max_value"
                ),
            )
            return 1
        return number


class SubmitTranslationForm(forms.Form):
    translation = forms.ModelChoiceField(
        queryset=Translation.objects.filter(enabled=True),
        error_messages={"invalid_choice": _("This translation no longer exists.")},
    )
    # Submitted from the translation editor: a refusal goes back there, not to the queue.
    from_editor = forms.BooleanField(required=False)


class StartTranslationForm(forms.Form):
    """The Kazakh page and the language a translator starts a translation into."""

    page = forms.ModelChoiceField(
        queryset=Page.objects.filter(locale__language_code=SOURCE_LANGUAGE, depth__gt=1),
        error_messages={"invalid_choice": _("This page no longer exists.")},
    )
    language = forms.ChoiceField(
        choices=[(code, code) for code in TARGET_LANGUAGES],
        error_messages={"invalid_choice": _("The portal is not translated into this language.")},
    )


class ApprovedForm(forms.Form):
    """The task state an approver has just approved, named in the return address of
    the approval so the waiting list can confirm what became of the page."""

    approved = forms.ModelChoiceField(
        queryset=TaskState.objects.filter(status=TaskState.STATUS_APPROVED),
        required=False,
        error_messages={"invalid_choice": _("This approval does not exist.")},
    )


class MarkReviewedForm(forms.Form):
    review = forms.ModelChoiceField(
        queryset=SectionReview.objects.all(),
        error_messages={"invalid_choice": _("This section no longer exists.")},
    )


class StringTranslationValueForm(forms.Form):
    """The one value wagtail-localize's string editor PUTs; checked before it is saved."""

    value = forms.CharField(required=False, strip=False)


class UnpublishReasonForm(forms.Form):
    """Why an administrator takes a live page down (W2): kept in the audit log."""

    reason = forms.CharField(
        label=_("Reason for unpublishing"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the page's history and the audit log."),
        error_messages={
            "required": _("Give the reason for unpublishing: it is kept in the audit log."),
        },
    )


class AdminLoginForm(LoginForm):
    """Wagtail's login form (``WAGTAILADMIN_USER_LOGIN_FORM``) gives its password field
    no label, so Django shows the attribute's name, "Password", in every language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
