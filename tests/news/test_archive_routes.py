"""The archive's address space: one address per year and month."""

import datetime

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_an_archive_year_in_non_latin_digits_is_not_a_second_address(client):
    """The routes take ASCII digits only: ``٢٠٢٥`` (Arabic-Indic) is not another 2025."""
    index = factories.news_index()
    factories.NewsPageFactory(parent=index, date=datetime.date(2025, 5, 4))
    assert client.get(f"{index.url}2025/").status_code == 200
    assert client.get(f"{index.url}2025/05/").status_code == 200
    assert client.get(index.url + "\u0662\u0660\u0662\u0665/").status_code == 404
    assert client.get(index.url + "2025/\u0660\u0665/").status_code == 404
