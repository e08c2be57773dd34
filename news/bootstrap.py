"""The news app's part of ``bootstrap_portal``: the list of public persons, each news
item's tags in its own language, and demo comments on the Rector's blog. Idempotent."""

from django.db import transaction

from wagtail.models import Locale

from home.bootstrap.content.news_items import NEWS_TAGS
from news.demo import PUBLIC_PERSONS
from news.models import BlogComment, BlogPostPage, NewsPage

# (name, e-mail, text in kk/ru/en, approved?)
DEMO_COMMENTS = (
    (
        "Айгерім",
        "aigerim@example.com",
        {
            "kk": "Рахмет! Кітапхананың түнгі залы өте пайдалы болды.",
            "ru": "Спасибо! Ночной читальный зал очень помог.",
            "en": "Thank you! The night reading room has been a great help.",
        },
        True,
    ),
    (
        "Даурен",
        "dauren@example.com",
        {
            "kk": "Жатақханадағы интернетті жақсартуды сұраймын.",
            "ru": "Прошу улучшить интернет в общежитии.",
            "en": "Please improve the internet in the dormitory.",
        },
        False,
    ),
)


@transaction.atomic
def bootstrap_news() -> list[str]:
    lines = []
    for person in PUBLIC_PERSONS:
        person.resolve()
    tagged = _tag_news()
    if tagged:
        lines.append(f"Tagged {tagged} news items.")
    commented = _demo_comments()
    if commented:
        lines.append(f"Added {commented} demo blog comments.")
    return lines


def _tag_news() -> int:
    tagged = 0
    for source in NewsPage.objects.filter(locale__language_code="kk", slug__in=NEWS_TAGS):
        tags = NEWS_TAGS[source.slug]
        for page in NewsPage.objects.filter(translation_key=source.translation_key):
            language = page.locale.language_code
            wanted = [tag[language] for tag in tags]
            if sorted(page.tags.names()) == sorted(wanted):
                continue
            page.tags.set(wanted)
            page.save_revision().publish()
            tagged += 1
    return tagged


def _demo_comments() -> int:
    added = 0
    for locale in Locale.objects.all():
        for post in BlogPostPage.objects.filter(locale=locale):
            if post.comments.exists():
                continue
            for name, email, texts, approved in DEMO_COMMENTS:
                BlogComment.objects.create(
                    post=post,
                    name=name,
                    email=email,
                    text=texts.get(locale.language_code, texts["en"]),
                    status=(
                        BlogComment.Status.APPROVED if approved else BlogComment.Status.PENDING
                    ),
                )
                added += 1
    return added
