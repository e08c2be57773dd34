"""The Rector's blog (N2, P §9.4) and its comments, moderated by the administrator
(W §10.2.2): a visitor's comment is stored as pending and shown only once approved."""

from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from news.comments import CommentForm
from news.feeds import FEEDS
from portal.contributions.models import Contribution
from portal.contributions.receiving import receive
from portal.form_origin import public_form

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
    @public_form
    def post_comment(self, request):
        if request.method != "POST":
            return redirect(self.url)

        def invalid(form):
            response = self.render(request, context_overrides={"comment_form": form})
            response.status_code = 400
            return response

        return receive(
            request,
            CommentForm,
            save=lambda data: BlogComment.objects.create(post=self, **data_fields(data)),
            invalid=invalid,
            thanks=_(
                "Thank you! Your comment is awaiting moderation and will appear "
                "once the administrator approves it."
            ),
            then=self.url + "#comments",
        )


def data_fields(data: dict) -> dict:
    return {key: data[key] for key in ("name", "email", "text")}


class BlogComment(Contribution):
    """A visitor's comment on a blog post (a ``portal.contributions`` contribution)."""

    page_field = "post"

    post = models.ForeignKey(
        "news.BlogPostPage",
        verbose_name=_("blog post"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    text = models.TextField(_("comment"), max_length=2000)

    class Meta(Contribution.Meta):
        verbose_name = _("blog comment")
        verbose_name_plural = _("blog comments")
        indexes = [models.Index(fields=["post", "status"])]
