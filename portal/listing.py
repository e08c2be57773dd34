"""Pagination that never fails on a visitor's ``?page=`` value."""

from django import forms
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator


class PageNumberForm(forms.Form):
    page = forms.IntegerField(min_value=1, required=False)


def paginate(request, queryset, per_page: int, count: int | None = None) -> PaginatorPage:
    """The requested page of ``queryset``: page 1 for a missing or malformed number,
    the last page for one past the end. A caller that already knows the total passes
    ``count`` and saves the paginator's COUNT query."""
    paginator = Paginator(queryset, per_page)
    if count is not None:
        paginator.__dict__["count"] = count  # Paginator.count is a cached_property
    form = PageNumberForm(request.GET)
    number = form.cleaned_data["page"] if form.is_valid() else None
    return paginator.get_page(number or 1)
