"""The demo's news extras: comments on the Rector's blog (N2), one approved and one
waiting for moderation. A post that already has comments is left alone, so editors'
moderation is never undone."""

from django.db import transaction

from demo.spec import CommentSpec, T
from news.models import BlogComment, BlogPostPage

DEMO_COMMENTS = (
    CommentSpec(
        name="Айгерім",
        email="aigerim@example.com",
        text=T(
            kk="Рахмет! Кітапхананың түнгі залы өте пайдалы болды.",
            ru="Спасибо! Ночной читальный зал очень помог.",
            en="Thank you! The night reading room has been a great help.",
        ),
        approved=True,
    ),
    CommentSpec(
        name="Даурен",
        email="dauren@example.com",
        text=T(
            kk="Жатақханадағы интернетті жақсартуды сұраймын.",
            ru="Прошу улучшить интернет в общежитии.",
            en="Please improve the internet in the dormitory.",
        ),
        approved=False,
    ),
)


@transaction.atomic
def ensure_comments(pages) -> int:
    """Comment the blog posts among ``pages`` (just created by the demo) in every language;
    return how many comments were added."""
    added = 0
    keys = [page.translation_key for page in pages]
    for post in BlogPostPage.objects.filter(translation_key__in=keys).select_related("locale"):
        if post.comments.exists():
            continue
        for comment in DEMO_COMMENTS:
            BlogComment.objects.create(
                post=post,
                name=comment.name,
                email=comment.email,
                text=comment.text[post.locale.language_code],
                status=(
                    BlogComment.Status.APPROVED if comment.approved else BlogComment.Status.PENDING
                ),
            )
            added += 1
    return added
