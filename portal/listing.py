"""Pagination that never fails on a visitor's ``?page=`` value."""

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator


def paginate(request, queryset, per_page: int) -> PaginatorPage:
    """Return the requested page; a bad or out-of-range number gives page 1 or the last."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))
