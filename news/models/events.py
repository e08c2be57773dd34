"""The events calendar (N3): upcoming and past events, an iCalendar feed per locale and
a ``.ics`` per event, and the lead-time rule of P §7.4 (announced ≥ 5 days ahead)."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.log_actions import log

from portal.listing import paginate
from portal.pages import BasePage, ContentPage, public_pages

LEAD_TIME = datetime.timedelta(days=5)
LEAD_TIME_LOG_ACTION = "news.lead_time_override"
EVENTS_PER_PAGE = 10
SUBMIT_ACTIONS = ("action-submit", "action-publish")


class EventPageForm(WagtailAdminPageForm):
    """Refuses to submit or publish an event less than five days before it starts (P §7.4),
    unless someone who may publish it gives a reason, which is then logged."""

    lead_time_override = forms.CharField(
        label=_("Reason for announcing later than 5 days ahead"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Only an approver may fill this in. The reason is recorded in the page history."
        ),
    )

    def _may_override(self) -> bool:
        user = self.for_user
        if user is None:
            return False
        if self.instance.pk:
            return self.instance.permissions_for_user(user).can_publish()
        return self.parent_page.permissions_for_user(user).can_publish_subpage()

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start"), cleaned_data.get("end")
        if start and end and end < start:
            self.add_error("end", _("The event cannot end before it starts."))
        submitting = any(self.data.get(action) for action in SUBMIT_ACTIONS)
        if not (submitting and start):
            return cleaned_data
        announced = self.instance.first_published_at or timezone.now()
        if start - announced >= LEAD_TIME:
            return cleaned_data
        reason = (cleaned_data.get("lead_time_override") or "").strip()
        if not reason:
            self.add_error(
                "start",
                _(
                    "Events must be announced at least 5 days before they start (P §7.4). "
                    "Move the start date, or ask an approver to publish it with a reason."
                ),
            )
        elif not self._may_override():
            self.add_error(
                "lead_time_override",
                _("Only an approver may override the 5-day rule."),
            )
        else:
            self.instance._lead_time_override_reason = reason
        return cleaned_data

    def save(self, commit=True):
        page = super().save(commit=commit)
        if page.pk:  # an edit; a new page is logged by the after_create_page hook
            record_lead_time_override(page, self.for_user)
        return page


def record_lead_time_override(page, user) -> None:
    """Write an approver's override of the 5-day rule, with its reason, to the page history."""
    reason = getattr(page, "_lead_time_override_reason", None)
    if not reason:
        return
    log(
        instance=page,
        action=LEAD_TIME_LOG_ACTION,
        user=user,
        data={"reason": reason, "start": page.start.isoformat()},
    )
    page._lead_time_override_reason = None


class EventIndexPage(RoutablePageMixin, BasePage):
    """Upcoming events (the default view), past events, and the locale's calendar feed."""

    max_count_per_parent = 1
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = ["news.EventPage"]
    template = "news/event_index_page.html"

    class Meta:
        verbose_name = _("events calendar")
        verbose_name_plural = _("events calendars")

    def events(self):
        return public_pages(EventPage).child_of(self).defer_streamfields()

    def upcoming(self):
        return self.events().filter(end__gte=timezone.now()).order_by("start", "pk")

    def past(self):
        return self.events().filter(end__lt=timezone.now()).order_by("-start", "-pk")

    def calendar_url(self) -> str:
        return self.url + self.reverse_subpage("calendar")

    @path("")
    def upcoming_view(self, request):
        return self.render(
            request,
            context_overrides={
                "events": paginate(request, self.upcoming(), EVENTS_PER_PAGE),
                "showing_past": False,
            },
        )

    @path("past/")
    def past_view(self, request):
        return self.render(
            request,
            context_overrides={
                "events": paginate(request, self.past(), EVENTS_PER_PAGE),
                "showing_past": True,
            },
        )

    @path("ical/", name="calendar")
    def calendar(self, request):
        from news.ical import calendar_response

        return calendar_response(request, self, self.events().order_by("start", "pk"))


class EventPage(RoutablePageMixin, ContentPage):
    """One event; times are stored in UTC and shown in Asia/Almaty."""

    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    place = models.CharField(_("place"), max_length=250)
    department = models.CharField(
        _("organising department"),
        max_length=250,
        help_text=_("The department or unit that organises the event."),
    )
    registration_url = models.URLField(_("registration link"), blank=True)

    base_form_class = EventPageForm
    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []
    show_in_menus_default = False
    template = "news/event_page.html"

    content_panels = (
        BasePage.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("start"),
                    FieldPanel("end"),
                    FieldPanel("lead_time_override"),
                ],
                heading=_("When"),
            ),
            FieldPanel("place"),
            FieldPanel("department"),
            FieldPanel("registration_url"),
        ]
        + ContentPage.body_panels
    )

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})

    @classmethod
    def upcoming_in(cls, locale, count: int):
        """The next live public events of one locale, for the home page."""
        return (
            public_pages(cls)
            .filter(locale=locale, end__gte=timezone.now())
            .defer_streamfields()
            .order_by("start", "pk")[:count]
        )

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    def ics_url(self) -> str:
        return self.url + self.reverse_subpage("ics")

    @path("")
    def event_view(self, request):
        return self.render(request)

    @path("ical/", name="ics")
    def ics(self, request):
        from news.ical import calendar_response

        if not self.live:
            raise Http404
        return calendar_response(request, self, [self], filename=f"{self.slug}.ics")
