"""URL map: the admin and documents outside the locale prefix, every public page
under ``/<language>/`` (L3)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from django.views.static import serve as serve_static_file

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home.sitemaps import PortalSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.SERVE_MEDIA:
    # The one-machine deployment (T4) serves uploads itself (safe_join keeps requests
    # inside MEDIA_ROOT); a web server, object storage or CDN takes over in larger ones.
    urlpatterns += [
        re_path(
            r"^media/(?P<path>.*)$",
            serve_static_file,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
