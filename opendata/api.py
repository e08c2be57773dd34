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
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet

from rest_framework.fields import Field

DOWNLOAD_RENDITION = "max-1920x1920"


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
