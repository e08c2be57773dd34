"""Fixtures shared by the news tests."""

import datetime

import pytest

from tests import factories


@pytest.fixture
def news():
    """An index of the test's own with items over three months in every language, one
    of them about sport, two about science and one withdrawn."""
    index = factories.own_news_index()
    factories.news_item(
        index["kk"],
        {
            "kk": "Волейбол командасы қала чемпионатында жеңді",
            "ru": "Волейбольная команда выиграла чемпионат города",
            "en": "Our volleyball team wins the city championship",
        },
        date=datetime.date(2026, 10, 3),
        category="students",
        tags={"kk": ["спорт"], "ru": ["спорт"], "en": ["sport"]},
    )
    for day in (5, 20):
        factories.news_item(index["kk"], date=datetime.date(2026, 9, day), category="science")
    factories.news_item(index["kk"], date=datetime.date(2026, 8, 14))
    factories.news_item(
        index["kk"],
        date=datetime.date(2026, 8, 2),
        withdrawn_on=datetime.date(2026, 8, 10),
        withdrawal_notice="Қате жарияланды.",
    )
    return index
