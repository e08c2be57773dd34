"""1,000 news items in the database while the bench runs (issue 5: the news index and a
news item with a gallery must stay within the query budget at that volume).

The items go under the Kazakh News index, spread over ten years so the archive has
~120 months, and are removed again afterwards so the demo database is left as it was.
"""

import datetime
from contextlib import contextmanager

from django.db import transaction

from news.models import NewsIndexPage, NewsPage

TARGET = 1000
SLUG_PREFIX = "bench-news-"


@contextmanager
def news_volume(target: int = TARGET):
    """Top the news up to ``target`` items for the duration of the block."""
    added = _add_items(target)
    try:
        yield NewsPage.objects.count()
    finally:
        if added:
            _remove_items()


@transaction.atomic
def _add_items(target: int) -> int:
    index = NewsIndexPage.objects.filter(locale__language_code="kk").first()
    if index is None:
        return 0
    missing = target - NewsPage.objects.count()
    sample = NewsPage.objects.filter(hero_image__isnull=False).first()
    start = datetime.date(2016, 11, 1)
    for number in range(max(missing, 0)):
        index.add_child(
            instance=NewsPage(
                title=f"Мұрағат жаңалығы {number + 1:04d}",
                slug=f"{SLUG_PREFIX}{number + 1:04d}",
                intro="Өлшеуге арналған мұрағат жаңалығы.",
                date=start + datetime.timedelta(days=(number * 3653) // max(missing, 1)),
                category="university",
                hero_image=sample.hero_image if sample else None,
                hero_alt=sample.hero_alt if sample else "",
                show_in_menus=False,
            )
        )
        index.refresh_from_db(fields=["numchild"])
    return max(missing, 0)


@transaction.atomic
def _remove_items() -> None:
    NewsPage.objects.filter(slug__startswith=SLUG_PREFIX).delete()
