"""The media's corner (W §8.3.10, P §7.8, P §10.1): a page for journalists under the
press centre with the press service's contacts and hours, accreditation for events,
"media about us" (outside coverage the press service records) and the press-release
mailing list with double opt-in (``news.press_list``)."""

from django.conf import settings
from django.contrib import messages
from django.db import IntegrityError, models, transaction
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail_localize.fields import SynchronizedField

from news import press_list
from news.press_forms import (
    ACCREDITATION_RATE_LIMIT,
    SUBSCRIPTION_RATE_LIMIT,
    AccreditationForm,
    SubscriptionForm,
)
from portal.blocks.contact import validate_phone
from portal.form_origin import public_form
from portal.pages import ContentPage, public_pages

from .events import EventPage

MENTIONS_SHOWN = 20
# A new confirmation e-mail to the same address at most this often (a flood of
# subscriptions for someone else's address sends them one message, not hundreds).
RESEND_AFTER = timezone.timedelta(hours=1)


class MediaMention(models.Model):
    """Outside coverage of the university ("media about us", P §7.8), entered by the
    press service. One record for every language of the site: the piece is in its own
    language, which the listing says."""

    LANGUAGES = [*settings.LANGUAGES, ("other", _("Other language"))]

    outlet = models.CharField(_("media outlet"), max_length=200)
    title = models.CharField(_("headline"), max_length=300)
    date = models.DateField(_("date"))
    language = models.CharField(_("language"), max_length=10, choices=LANGUAGES)
    url = models.URLField(_("link"), max_length=500)

    panels = [
        FieldPanel("outlet"),
        FieldPanel("title"),
        FieldPanel("date"),
        FieldPanel("language"),
        FieldPanel("url"),
    ]

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("media mention")
        verbose_name_plural = _("media about us")

    def __str__(self):
        return f"{self.outlet}: {self.title}"


class AccreditationRequest(models.Model):
    """A journalist's request to cover an event, for the press service to answer."""

    #: A visitor's own record, shown on no public page: posting one does not purge the
    #: page cache (portal/cache_purge.py).
    page_cache_neutral = True

    event = models.ForeignKey(
        "news.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="accreditation_requests",
    )
    name = models.CharField(_("full name"), max_length=150)
    outlet = models.CharField(_("media outlet"), max_length=200)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True, validators=[validate_phone])
    note = models.TextField(_("crew and equipment"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("accreditation request")
        verbose_name_plural = _("accreditation requests")

    def __str__(self):
        return f"{self.name} ({self.outlet})"


class PressSubscriber(models.Model):
    """A journalist on the press-release list; receives releases only once confirmed."""

    #: A visitor's own record, shown on no public page: posting one does not purge the
    #: page cache (portal/cache_purge.py).
    page_cache_neutral = True

    email = models.EmailField(_("e-mail"), unique=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("subscribed"), auto_now_add=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    class Meta:
        verbose_name = _("press-release subscriber")
        verbose_name_plural = _("press-release subscribers")

    def __str__(self):
        return self.email


class PressMailing(models.Model):
    """One mailing of a press release: a release goes out once, on first publication."""

    #: A visitor's own record, shown on no public page: posting one does not purge the
    #: page cache (portal/cache_purge.py).
    page_cache_neutral = True

    page = models.OneToOneField(
        "news.PressReleasePage", on_delete=models.CASCADE, related_name="mailing"
    )
    sent_at = models.DateTimeField(null=True, blank=True)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("press-release mailing")
        verbose_name_plural = _("press-release mailings")


class MediaCornerPage(RoutablePageMixin, ContentPage):
    """For journalists: the press service's contacts and hours, accreditation for the
    coming events, media about us and the press-release mailing list."""

    press_email = models.EmailField(_("press service e-mail"), blank=True)
    press_phone = models.CharField(
        _("press service phone"), max_length=40, blank=True, validators=[validate_phone]
    )
    press_hours = models.CharField(_("press service hours"), max_length=200, blank=True)

    override_translatable_fields = [
        SynchronizedField("press_email"),
        SynchronizedField("press_phone"),
    ]
    parent_page_types = ["news.PressIndexPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "news/media_corner_page.html"

    content_panels = ContentPage.content_panels[:2] + [
        MultiFieldPanel(
            [FieldPanel("press_email"), FieldPanel("press_phone"), FieldPanel("press_hours")],
            heading=_("Press service"),
        ),
        *ContentPage.body_panels,
    ]

    class Meta:
        verbose_name = _("media corner")
        verbose_name_plural = _("media corners")

    def upcoming_events(self):
        return list(
            public_pages(EventPage)
            .filter(locale_id=self.locale_id, end__gte=timezone.now())
            .defer_streamfields()
            .order_by("start", "pk")[:50]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = context.get("events") or self.upcoming_events()
        context["events"] = events
        context.setdefault("accreditation_form", AccreditationForm(events=events))
        context.setdefault(
            "subscription_form",
            SubscriptionForm(initial={"language": self.locale.language_code}),
        )
        context["mentions"] = MediaMention.objects.all()[:MENTIONS_SHOWN]
        return context

    @path("")
    def corner(self, request):
        return self.render(request)

    def _invalid(self, request, **forms):
        response = self.render(request, context_overrides=forms)
        response.status_code = 400
        return response

    @path("accreditation/")
    @public_form
    def accreditation(self, request):
        if request.method != "POST":
            return redirect(self.url)
        if ACCREDITATION_RATE_LIMIT.exceeded(request):
            return ACCREDITATION_RATE_LIMIT.refuse(request)
        events = self.upcoming_events()
        form = AccreditationForm(request.POST, events=events)
        if not form.is_valid():
            return self._invalid(request, accreditation_form=form, events=events)
        if not form.is_spam:
            data = form.cleaned_data
            AccreditationRequest.objects.create(
                event=form.events[data["event"]],
                name=data["name"],
                outlet=data["outlet"],
                email=data["email"],
                phone=data["phone"],
                note=data["note"],
            )
        messages.success(
            request,
            _("Thank you! The press service will answer your accreditation request by e-mail."),
        )
        return redirect(self.url + "#accreditation")

    @path("subscribe/")
    @public_form
    def subscribe(self, request):
        if request.method != "POST":
            return redirect(self.url)
        if SUBSCRIPTION_RATE_LIMIT.exceeded(request):
            return SUBSCRIPTION_RATE_LIMIT.refuse(request)
        form = SubscriptionForm(request.POST)
        if not form.is_valid():
            return self._invalid(request, subscription_form=form)
        if not form.is_spam:
            self._subscribe(request, form.cleaned_data["email"], form.cleaned_data["language"])
        # The same answer whether the address was new, waiting or already confirmed:
        # the form does not tell anyone who is on the list.
        messages.success(
            request,
            _(
                "Thank you! If this address is not on the list yet, we have sent it a "
                "message: follow its link to confirm the subscription."
            ),
        )
        return redirect(self.url + "#press-list")

    def _subscribe(self, request, email: str, language: str) -> None:
        now = timezone.now()
        try:
            with transaction.atomic():
                subscriber, _created = PressSubscriber.objects.select_for_update().get_or_create(
                    email=email, defaults={"language": language}
                )
        except IntegrityError:  # two posts at once for one address: the other one won
            return
        if subscriber.confirmed_at:
            return
        sent = subscriber.confirmation_sent_at
        if sent and now - sent < RESEND_AFTER:
            return
        subscriber.language = language
        subscriber.confirmation_sent_at = now
        subscriber.save(update_fields=["language", "confirmation_sent_at"])
        press_list.send_confirmation(subscriber, self.url, request)

    def _token_refused(self, request):
        response = self.render(
            request,
            template="news/press_list_result.html",
            context_overrides={
                "heading": _("This link does not work"),
                "message": _(
                    "The link is damaged, has expired or was not made by this site. "
                    "Copy the whole link from the e-mail, or subscribe again."
                ),
            },
        )
        response.status_code = 400
        return response

    @path("confirm/")
    def confirm(self, request):
        email = press_list.read_token(request.GET, purpose="confirm")
        if email is None:
            return self._token_refused(request)
        updated = PressSubscriber.objects.filter(email=email, confirmed_at__isnull=True).update(
            confirmed_at=timezone.now()
        )
        if not updated and not PressSubscriber.objects.filter(email=email).exists():
            return self._token_refused(request)
        return self.render(
            request,
            template="news/press_list_result.html",
            context_overrides={
                "heading": _("Subscription confirmed"),
                "message": _("You will receive the university's press releases by e-mail."),
            },
        )

    @path("unsubscribe/")
    def unsubscribe(self, request):
        email = press_list.read_token(request.GET, purpose="unsubscribe")
        if email is None:
            return self._token_refused(request)
        PressSubscriber.objects.filter(email=email).delete()
        return self.render(
            request,
            template="news/press_list_result.html",
            context_overrides={
                "heading": _("You have unsubscribed"),
                "message": _("You will no longer receive press releases from the university."),
            },
        )
