"""The read-only Wagtail API v2 (O1): live public pages, images and public documents.

Read-only because the viewsets only list and show; no global DRF permission defaults
are set (they break wagtail-localize's editor, wagtail-localize#827).

Wagtail's viewsets trust their query parameters in a few places (``find/?id=``, the
search string, huge ids); the mixin below turns each of those into a translated 400 or
a JSON 404, so no parameter reaches the database in a form that makes it fail.
"""

import re
from types import SimpleNamespace

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.http import Http404
from django.utils.translation import gettext

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Site

from rest_framework import status
from rest_framework.fields import Field
from rest_framework.response import Response

# Ids are 64-bit; 18 digits always fit, and a longer one exists nowhere.
_ID = re.compile(r"[0-9]{1,18}")


class QuoteTolerantSearchFilter(SearchFilter):
    """An odd number of double quotes (``?search="kazakh``) is a typo, not a phrase:
    the quotes are dropped and the words searched, instead of a database error."""

    def filter_queryset(self, request, queryset, view):
        query = request.GET.get("search")
        if query is not None and query.count('"') % 2:
            params = request.GET.copy()
            params["search"] = query.replace('"', " ")
            request = SimpleNamespace(GET=params)
        return super().filter_queryset(request, queryset, view)


def _require_whole_number(params, name):
    """Wagtail converts these with int() and hands them to the database, where an id
    of 40 digits overflows; anything but 1 to 18 plain digits is a 400."""
    if name in params and not _ID.fullmatch(params[name]):
        raise BadRequestError(
            gettext("The “%(name)s” parameter must be a whole number.") % {"name": name}
        )


def _with_tolerant_search(backends):
    return [QuoteTolerantSearchFilter if b is SearchFilter else b for b in backends]


DOWNLOAD_RENDITION = "max-1920x1920"
# A search longer than this is no visitor's query; the database backends also nest one
# expression per word, so thousands of words exhaust Python's recursion (SRCH-1).
SEARCH_MAX_LENGTH = 200


class CleanQueryMixin:
    """Bad parameters of any endpoint become a 400 with a translated message; unknown
    objects a JSON 404."""

    def check_query_parameters(self, queryset):
        for key, value in self.request.GET.items():
            if any(ord(char) < 32 for char in key + value):
                raise BadRequestError(
                    gettext("Query parameters must not contain control characters.")
                )
        for name in ("limit", "offset"):
            _require_whole_number(self.request.GET, name)
        if len(self.request.GET.get("search", "")) > SEARCH_MAX_LENGTH:
            raise BadRequestError(
                gettext("The search query is too long: at most %(limit)d characters.")
                % {"limit": SEARCH_MAX_LENGTH}
            )
        if "search" in self.request.GET and not self.request.GET["search"].replace('"', "").strip():
            raise BadRequestError(gettext("The search query could not be understood."))
        return super().check_query_parameters(queryset)

    def find_object(self, queryset, request):
        _require_whole_number(request.GET, "id")
        return super().find_object(queryset, request)

    def get_object(self):
        try:
            return super().get_object()
        except OverflowError:  # a path id beyond 64 bits on SQLite
            raise Http404 from None

    def handle_exception(self, exc):
        if isinstance(exc, Http404):
            return Response(
                {"message": gettext("Nothing was found at this address.")},
                status=status.HTTP_404_NOT_FOUND,
            )
        if isinstance(exc, ValidationError):
            # A field filter whose value does not fit the field (``?first_published_at=x``):
            # Wagtail hands it to the database query, where Django refuses it.
            return Response(
                {"message": gettext("A filter value does not fit its field.")},
                status=status.HTTP_400_BAD_REQUEST,
            )
        if isinstance(exc, DatabaseError) and "search" in self.request.GET:
            # Search syntax the database refuses (SQLite FTS operators and the like).
            return Response(
                {"message": gettext("The search query could not be understood.")},
                status=status.HTTP_400_BAD_REQUEST,
            )
        return super().handle_exception(exc)


class PublicPagesAPIViewSet(CleanQueryMixin, PagesAPIViewSet):
    filter_backends = _with_tolerant_search(PagesAPIViewSet.filter_backends)

    def find_object(self, queryset, request):
        """``html_path`` is a public URL: ``/en/news/`` is found from the English home
        page, not looked up as a Kazakh page called ``en``."""
        if "html_path" in request.GET:
            page = self._page_at(request, request.GET["html_path"])
            if page is not None and queryset.filter(id=page.id).exists():
                return page
            return None
        return super().find_object(queryset, request)

    @staticmethod
    def _page_at(request, html_path):
        site = Site.find_for_request(request)
        if site is None:
            return None
        components = [component for component in html_path.split("/") if component]
        root = site.root_page
        if components:
            locale = Locale.objects.filter(language_code=components[0]).first()
            if locale is not None:
                root = root.get_translation_or_none(locale)
                components = components[1:]
        if root is None:
            return None
        try:
            page, _args, _kwargs = root.specific.route(request, components)
        except Http404:
            return None
        return page


class RenditionDownloadUrlField(Field):
    """``meta.download_url`` of an image: a large rendition, never the original file,
    which is not served and may carry camera and GPS metadata (issue 10, item 8)."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, image):
        return image.get_rendition(DOWNLOAD_RENDITION).url


class PublicImageSerializer(ImageSerializer):
    download_url = RenditionDownloadUrlField(read_only=True)


class PublicImagesAPIViewSet(CleanQueryMixin, ImagesAPIViewSet):
    base_serializer_class = PublicImageSerializer

    def get_queryset(self):
        return super().get_queryset().prefetch_renditions(DOWNLOAD_RENDITION)

    filter_backends = _with_tolerant_search(ImagesAPIViewSet.filter_backends)


class PublicDocumentsAPIViewSet(CleanQueryMixin, DocumentsAPIViewSet):
    """Wagtail already hides documents in private collections; staff-only register
    files are excluded here too, whatever collection an editor put them in (DOC2)."""

    filter_backends = _with_tolerant_search(DocumentsAPIViewSet.filter_backends)

    def get_queryset(self):
        register = apps.get_model("documents", "RegisteredDocument")
        return super().get_queryset().exclude(pk__in=register.objects.restricted_file_ids())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
