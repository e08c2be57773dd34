"""``/<language>/search/``: the site search (T2).

A plain Django view under ``i18n_patterns`` rather than a page in the tree: it exists
in every locale from the first deployment, cannot be unpublished, moved or left
untranslated by accident, and the language comes from the URL prefix like every other
page. What editors curate (promoted results) lives in Wagtail's own admin.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from portal import page_cache
from portal.listing import PageNumberForm, paginate
from portal.pages import public_pages

from . import engine, kinds
from .forms import SearchForm
from .hits import hits

RESULTS_PER_PAGE = 10
MAX_PAGE_NUMBER = 10_000


def _promoted_queries() -> frozenset:
    return frozenset(
        SearchPromotion.objects.values_list("query__query_string", flat=True).distinct()
    )


def promotions_for(query: str, language: str, locale) -> list:
    """Editors' pinned results for this query: pages of the visitor's language (live,
    public) and external links. The few query strings that have any are kept in the
    process until content changes, so most searches ask nothing more."""
    query_string = normalise_query_string(query)
    promoted_queries = page_cache.remembered_here(
        language, "search:promoted-queries", _promoted_queries
    )
    if query_string not in promoted_queries:
        return []
    promoted = list(
        SearchPromotion.objects.filter(query__query_string=query_string)
        .select_related("page")
        .order_by("sort_order")
    )
    page_ids = [promotion.page_id for promotion in promoted if promotion.page_id]
    visible = (
        set(public_pages().filter(locale=locale, pk__in=page_ids).values_list("pk", flat=True))
        if page_ids
        else set()
    )
    return [
        promotion
        for promotion in promoted
        if (promotion.page_id in visible) or (not promotion.page_id and promotion.external_link_url)
    ]


def _in_scope(page, section) -> bool:
    """Whether results that live under ``page`` (the library, the directory) belong to
    the visitor's search: the page is public and inside the chosen section, if any."""
    return page is not None and (section is None or page.path.startswith(section.path))


def _requested_slice(request) -> slice | None:
    """The rows of the page the visitor asked for, read as ``paginate`` reads it; none
    for a number far past any end (``paginate`` shows the last page for it)."""
    form = PageNumberForm(request.GET)
    number = (form.cleaned_data["page"] if form.is_valid() else None) or 1
    if number > MAX_PAGE_NUMBER:
        return None
    start = (number - 1) * RESULTS_PER_PAGE
    return slice(start, start + RESULTS_PER_PAGE)


@require_safe
def search(request):
    context, status = search_context(request)
    return render(request, "search/search.html", context, status=status)


def search_context(request) -> tuple[dict, int]:
    """Everything a search does before its page is drawn: the form, the results of the
    requested page described, the promotions; with the status to answer. Apart from
    the view so that ``make bench`` can time the search without the page around it."""
    language = get_language()
    locale = engine.locale_id(language)
    sections = engine.sections_of(language)
    form = SearchForm(request.GET or None, sections=sections)
    context = {"form": form, "sections": sections, "results": None, "promotions": []}
    if not form.is_bound:
        return context, 200
    if not form.is_valid():
        return context, 400

    query = form.cleaned_data["q"]
    kind = form.cleaned_data["kind"]
    section = next((s for s in sections if s.pk == form.cleaned_data["section"]), None)
    terms = engine.query_terms(query, language)
    context.update(query=query, terms=terms)
    if not terms:
        return context, 200

    documents, people = [], []
    if kind in ("", kinds.DOCUMENT):
        documents = engine.document_results(language, query, terms)
    if kind in ("", kinds.PERSON):
        people = engine.people_results(language, terms)
    library, directory = engine.result_homes(
        language, library=bool(documents), directory=bool(people)
    )
    documents = documents if _in_scope(library, section) else []
    people = people if _in_scope(directory, section) else []
    pages = None
    if kind not in kinds.NOT_PAGES:
        pages = engine.page_results(locale, terms, kind=kind or None, section=section)
    results = paginate(
        request,
        engine.Combined(documents + people, pages, expected=_requested_slice(request)),
        RESULTS_PER_PAGE,
    )
    found = results.paginator.count > 0
    hits.add(language, query, found)
    filters = {key: value for key, value in (("q", query), ("kind", kind)) if value}
    if section is not None:
        filters["section"] = section.pk
    context.update(
        results=results,
        counted_at_most=settings.SEARCH_COUNTED_AT_MOST,
        items=engine.describe(
            list(results), terms, language, request, sections, library, directory
        ),
        promotions=promotions_for(query, language, locale) if results.number == 1 else [],
        filters=urlencode(filters),
        query_only=urlencode({"q": query}),
        narrowed=bool(kind or section),
        suggestions=[] if found else (section.get_children().live().public() if section else []),
    )
    return context, 200
