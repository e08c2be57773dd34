"""The archive's address space: one address per year and month."""

import pytest

from news.models import NewsIndexPage

pytestmark = pytest.mark.django_db


def test_an_archive_year_in_non_latin_digits_is_not_a_second_address(client):
    """The routes take ASCII digits only: ``٢٠٢٦`` (Arabic-Indic) is not another 2026."""
    for index in NewsIndexPage.objects.live():
        with_indic_digits = client.get(index.url + "\u0662\u0660\u0662\u0666/")
        assert with_indic_digits.status_code == 404, index.url
        assert client.get(index.url + "2026/").status_code == 200, index.url
