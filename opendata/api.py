"""The read-only Wagtail API v2 (O1): live public pages, images and public documents.

Read-only because the viewsets only list and show; no global DRF permission defaults
are set (they break wagtail-localize's editor, wagtail-localize#827).
"""

from django.apps import apps
from django.utils.translation import gettext

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet


class CleanQueryMixin:
    """Control characters in a query (``?search=%00``) make the database search fail;
    they are refused with a 400 like any other bad parameter."""

    def check_query_parameters(self, queryset):
        for key, value in self.request.GET.items():
            if any(ord(char) < 32 for char in key + value):
                raise BadRequestError(
                    gettext("Query parameters must not contain control characters.")
                )
        return super().check_query_parameters(queryset)


class PublicPagesAPIViewSet(CleanQueryMixin, PagesAPIViewSet):
    pass


class PublicImagesAPIViewSet(CleanQueryMixin, ImagesAPIViewSet):
    pass


class PublicDocumentsAPIViewSet(CleanQueryMixin, DocumentsAPIViewSet):
    """Wagtail already hides documents in private collections; staff-only register
    files are excluded here too, whatever collection an editor put them in (DOC2)."""

    def get_queryset(self):
        register = apps.get_model("documents", "RegisteredDocument")
        return super().get_queryset().exclude(pk__in=register.objects.restricted_file_ids())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
