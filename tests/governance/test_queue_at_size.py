"""The translation queue is paginated and costs the same number of queries whatever the
size of the tree (issue 16: within 2 s at 10,000 pages × 3 languages)."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from governance.translation_queue import PER_PAGE
from tests import factories
from tests.governance.conftest import section
from tests.governance.flows import in_language

pytestmark = pytest.mark.django_db

QUEUE = reverse("governance:translation_queue")
ROW = re.compile(r"<tr>\s*<td>(.*?)</td>", re.S)


def subsections(count, *, translated=0, prefix="Кезек беті"):
    parent = section("universitet")
    pages = [
        factories.SubsectionPageFactory(parent=parent, title=f"{prefix} {n}") for n in range(count)
    ]
    # The first and the last: on the first screen and on the last, whatever the filter.
    for page in pages[:translated] + pages[len(pages) - translated :]:
        factories.translate(page, "ru")
    return pages


def queries(client, params=None) -> int:
    client.get(QUEUE, params)  # warm: Wagtail's admin caches menus and site roots
    with CaptureQueriesContext(connection) as captured:
        response = client.get(QUEUE, params)
    assert response.status_code == 200
    return len(captured)


def titles(response) -> list[str]:
    return ROW.findall(response.content.decode())


@pytest.mark.parametrize("user", ["admin", "translator-ru"])
@pytest.mark.parametrize("params", [{}, {"state": "published"}, {"state": "missing", "p": "2"}])
def test_the_queue_costs_the_same_queries_at_any_size(login, user, params):
    client = login(user)
    subsections(PER_PAGE + 5, translated=2)
    small = queries(client, params)
    subsections(PER_PAGE * 2, translated=4, prefix="Тағы бір бет")
    assert queries(client, params) == small


def test_the_queue_shows_one_screen_at_a_time_and_links_the_next(login):
    client = login("admin")
    subsections(PER_PAGE + 5)
    first = client.get(QUEUE, {"section": section("universitet").pk})
    assert len(titles(first)) == PER_PAGE
    html = first.content.decode()
    count = int(re.search(r'data-count="(\d+)"', html).group(1))
    assert count > PER_PAGE
    # The next screen keeps the filters.
    next_link = re.search(r'href="([^"]*)" rel="next"', html).group(1).replace("&amp;", "&")
    assert f"section={section('universitet').pk}" in next_link and "p=2" in next_link
    second = client.get(QUEUE + next_link)
    assert len(titles(second)) == count - PER_PAGE
    assert not set(titles(first)) & set(titles(second))
    assert 'rel="next"' not in second.content.decode()


def test_every_page_is_on_exactly_one_screen_in_tree_order(login):
    client = login("admin")
    made = subsections(PER_PAGE + 5)
    shown = []
    for number in (1, 2):
        shown += titles(client.get(QUEUE, {"section": section("universitet").pk, "p": number}))
    assert [page.title for page in made] == [t for t in shown if t.startswith("Кезек беті")]


@pytest.mark.parametrize("number", ["abc", "0", "-1", "1.5", "99", "9" * 40])
def test_a_bad_page_number_is_a_translated_400(login, number):
    """translator-ru works in the admin in Russian."""
    response = login("translator-ru").get(QUEUE, {"p": number})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert any(
        in_language("ru", message) in html
        for message in (
            "The page number must be a whole number.",
            "The queue has no page with this number.",
        )
    )


def test_a_state_filter_counts_only_matching_pages(login):
    client = login("admin")
    made = subsections(3, translated=1)  # the first and the last in Russian
    response = client.get(
        QUEUE, {"section": section("universitet").pk, "state": "missing", "language": "ru"}
    )
    shown = titles(response)
    assert made[1].title in shown
    assert made[0].title not in shown and made[2].title not in shown
