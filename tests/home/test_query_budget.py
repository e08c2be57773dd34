"""Issue 16: an anonymous visitor's home page costs at most 12 SQL queries whatever
home blocks its editors chose: every block type with content behind it, in each
language, costs no more than the budget (the live blocks read their items, indexes
and pictures together, not block by block)."""

import datetime

from django.utils import timezone

import pytest

from tests import factories
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 12

HOME_BLOCKS = ["hero", "search", "paths", "news", "events", "figures", "rector_post", "sections"]


def live_content():
    """News with pictures, coming events and a rector's post, in every language."""
    today = timezone.localdate()
    news = factories.news_index()
    for days in range(4):
        factories.news_item(
            news,
            date=today - datetime.timedelta(days=days),
            hero_image=factories.ImageFactory(),
            hero_alt="Зертханадағы студенттер",
        )
    events = factories.event_index()
    for days in range(1, 5):
        start = timezone.now() + datetime.timedelta(days=days)
        factories.translate_everywhere(factories.EventPageFactory(parent=events, start=start))
    blog = factories.blog_index()
    factories.translate_everywhere(factories.BlogPostPageFactory(parent=blog, date=today))


def homes_with_every_home_block():
    """The kk home page with every home block type (quick paths to a page of the site
    and to another website), and its ru and en translations by wagtail-localize."""
    live_content()
    target = factories.page_of_type(factories.SubsectionPage)
    factories.translate_everywhere(target)
    arguments = {str(position): name for position, name in enumerate(HOME_BLOCKS)}
    paths = HOME_BLOCKS.index("paths")
    arguments[f"{paths}__paths__paths__0__link__url"] = ""
    arguments[f"{paths}__paths__paths__0__link__page"] = target
    arguments[f"{paths}__paths__paths__1__audience"] = "media"
    home = factories.publish_home_body(**arguments)
    return {"kk": home} | {code: factories.translate(home, code) for code in ("ru", "en")}


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_home_page_with_every_home_block_stays_within_the_query_budget(
    client, django_assert_max_num_queries, code
):
    home = homes_with_every_home_block()[code]
    # The first visit makes the pictures' renditions, once for every later visitor.
    first = client.get(home.url)
    assert [block.block_type for block in home.body] == HOME_BLOCKS
    with django_assert_max_num_queries(QUERY_BUDGET):
        response = client.get(home.url)
    assert response.status_code == 200
    assert response.content == first.content
    html = response.content.decode()
    for shown in ("hero__figure", "paths", "news", "events", "rector", "subsections"):
        assert f"home-{shown}" in html
    assert html.count("home-section__more") == 3  # all news, all events, all posts
