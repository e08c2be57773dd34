"""Keeping spam out of blog comments without a third-party service: a honeypot field
that people never see, and a per-address limit shared by every worker
(``portal.ratelimits``)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.public_forms import PublicForm, reject_markup
from portal.ratelimits import PostRateLimit

# Five comments per address in ten minutes is more than any person writes.
RATE_LIMIT = 5
COMMENT_RATE_LIMIT = PostRateLimit(
    "news.comment", count=RATE_LIMIT, seconds=600, template="news/too_many_requests.html"
)


class CommentForm(PublicForm):
    name = forms.CharField(label=_("Your name"), max_length=100, validators=[reject_markup])
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("Never published; used only if the administrator needs to reach you."),
    )
    text = forms.CharField(
        label=_("Comment"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        validators=[reject_markup],
    )

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Please write your comment."), code="required")
        return text
