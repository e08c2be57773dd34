"""The events calendar (N3): upcoming and past events, an iCalendar feed per locale and
a ``.ics`` per event, and the lead-time rule of P §7.4 (announced ≥ 5 days ahead)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Subquery
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from news.forms import EventPageForm
from news.ical import calendar_response
from portal.listing import paginate
from portal.pages import BasePage, ContentPage, public_children, public_pages

EVENTS_PER_PAGE = 10


def not_ended(events):
    """The events of ``events`` that have not ended yet, bounded below by the
    earliest start of any event not ended yet: every one of them starts then or later,
    so the result is the same, and a listing in start order begins its index scan
    there instead of passing over every event that has ended before it, which keep
    accumulating with the years."""
    now = timezone.now()
    first_start = EventPage.objects.filter(end__gte=now).order_by("start").values("start")[:1]
    return events.filter(end__gte=now, start__gte=Subquery(first_start))


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
        return public_children(EventPage, self).defer_streamfields()

    def upcoming(self):
        return not_ended(self.events()).order_by("start", "pk")

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
        # Upcoming and past events are counted over every event of the calendar: the
        # first index carries what the count reads, so PostgreSQL reads it instead of the
        # table; the second gives the listings' order (start, then id), so the next few
        # events are read in order (from ``not_ended``'s first start) instead of sorting
        # every one still to end (docs/performance.md).
        indexes = [
            models.Index(fields=["page_ptr"], include=["start", "end"], name="event_times_idx"),
            models.Index(fields=["start", "page_ptr"], include=["end"], name="event_order_idx"),
        ]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})

    @classmethod
    def upcoming_in(cls, locale, count: int):
        """The next live public events of one locale, for the home page."""
        return (
            not_ended(public_pages(cls).filter(locale=locale))
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
        if not self.live:
            raise Http404
        return calendar_response(request, self, [self], filename=f"{self.slug}.ics")
