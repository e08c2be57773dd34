"""Related news (N1): the newest current items of the same language that share a tag
with the item or are of its category, each once, picked without reading every item."""

import datetime

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def day(number: int) -> datetime.date:
    return datetime.date(2026, 10, number)


def test_related_news_are_the_newest_sharing_a_tag_or_the_category(client):
    index = factories.NewsIndexPageFactory(parent=factories.home_page())
    item = factories.NewsPageFactory(
        parent=index, category="science", tags=["робототехника"], date=day(20)
    )
    older_same_category = factories.NewsPageFactory(parent=index, category="science", date=day(1))
    same_tag = factories.NewsPageFactory(
        parent=index, category="students", tags=["робототехника"], date=day(10)
    )
    both = factories.NewsPageFactory(
        parent=index, category="science", tags=["робототехника", "ғылым"], date=day(5)
    )
    # Newer, but neither tag nor category; or withdrawn; or in another language.
    factories.NewsPageFactory(parent=index, category="students", date=day(25))
    withdrawn = factories.NewsPageFactory(parent=index, category="science", date=day(24))
    withdrawn.withdrawn_on, withdrawn.withdrawal_notice = day(26), "Қате."
    withdrawn.save_revision().publish()
    other_index = factories.NewsIndexPageFactory(parent=factories.home_page("ru"))
    factories.NewsPageFactory(parent=other_index, category="science", date=day(23))

    assert list(item.related_news()) == [same_tag, both, older_same_category]
    html = client.get(item.url).text
    for related in (same_tag, both, older_same_category):
        assert f'href="{related.url}"' in html
