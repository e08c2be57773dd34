"""The Rector's blog (N2, P §9.4) and its comments, moderated by the administrator
(W §10.2.2): a visitor's comment is stored as pending and shown only once approved."""

from django.conf import settings
from django.contrib import messages
from django.db import models, transaction
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from news.comments import COMMENT_RATE_LIMIT, CommentForm
from news.feeds import FEEDS

from .base import DatedIndexPage, DatedItemPage

INDEX_TEMPLATE = "news/dated_index_page.html"


class BlogIndexPage(RoutablePageMixin, DatedIndexPage):
    """The Rector's blog section (P §9.4), with its own RSS and Atom feeds."""

    item_model = "news.BlogPostPage"
    template = INDEX_TEMPLATE
    subpage_types = ["news.BlogPostPage"]

    class Meta:
        verbose_name = _("rector's blog")
        verbose_name_plural = _("rector's blogs")

    @re_path(r"^feed/(?P<kind>rss|atom)/$", name="feed")
    def feed(self, request, kind):
        return FEEDS[kind]()(request, index=self)


class BlogPostPage(RoutablePageMixin, DatedItemPage):
    """A post by the rector, with moderated comments."""

    parent_page_types = ["news.BlogIndexPage"]
    template = "news/blog_post_page.html"

    class Meta:
        verbose_name = _("blog post")
        verbose_name_plural = _("blog posts")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["comments"] = self.comments.filter(status=BlogComment.Status.APPROVED).order_by(
            "created_at", "pk"
        )
        context.setdefault("comment_form", CommentForm())
        context["comment_url"] = self.url + self.reverse_subpage("post_comment")
        return context

    @path("")
    def post_view(self, request):
        return self.render(request)

    @path("comment/")
    def post_comment(self, request):
        if request.method != "POST":
            return redirect(self.url)
        if COMMENT_RATE_LIMIT.exceeded(request):
            return COMMENT_RATE_LIMIT.refuse(request)
        form = CommentForm(request.POST)
        if not form.is_valid():
            response = self.render(request, context_overrides={"comment_form": form})
            response.status_code = 400
            return response
        if not form.is_spam:
            with transaction.atomic():
                BlogComment.objects.create(
                    post=self,
                    name=form.cleaned_data["name"],
                    email=form.cleaned_data["email"],
                    text=form.cleaned_data["text"],
                )
        # A bot that filled the honeypot is told the same, so it learns nothing.
        messages.success(
            request,
            _(
                "Thank you! Your comment is awaiting moderation and will appear "
                "once the administrator approves it."
            ),
        )
        return redirect(self.url + "#comments")


class BlogComment(models.Model):
    """A visitor's comment on a blog post; the e-mail address is never shown."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting moderation")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    post = models.ForeignKey(
        "news.BlogPostPage",
        verbose_name=_("blog post"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("e-mail"))
    text = models.TextField(_("comment"), max_length=2000)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("submitted"), default=timezone.now)
    moderated_at = models.DateTimeField(_("moderated"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("blog comment")
        verbose_name_plural = _("blog comments")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["post", "status"])]

    def __str__(self):
        return f"{self.name}: {self.text[:40]}"

    def moderate(self, status: str, user) -> None:
        self.status = status
        self.moderated_at = timezone.now()
        self.moderated_by = user
        self.save(update_fields=["status", "moderated_at", "moderated_by"])
