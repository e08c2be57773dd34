"""URL map: the admin and documents outside the locale prefix, every public page
under ``/<language>/`` (L3)."""

import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.views.account import PasswordResetView
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from documents.sitemaps import RegisterSitemap
from home.sitemaps import PortalSitemap
from opendata.api import api_router
from people.sitemaps import PeopleSitemap
from portal.health import ReadinessView, liveness
from portal.media import serve_media
from portal.ratelimits import PostRateLimit, limit_posts
from search.site_files import favicon, manifest

# Reset e-mails to any address, known or not, are capped per client (AUTH-3): the form
# itself already answers the same for both, so it cannot be used to find accounts.
PASSWORD_RESET_LIMIT = PostRateLimit("admin.password_reset", count=5, seconds=3600)

urlpatterns = [
    # Probes for the supervisor and load balancer (W §14): no language prefix, never cached.
    path("healthz", liveness, name="healthz"),
    path("readyz", ReadinessView.as_view(), name="readyz"),
    # Ahead of Wagtail's own route at this address, with the shared rate limit.
    path(
        "admin/password_reset/",
        limit_posts(PASSWORD_RESET_LIMIT)(PasswordResetView.as_view()),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Stable download URLs of every registered version (DOC1), open-data files (O1)
    # and the read-only API v2 (live public pages, images, public documents).
    path("register/", include("documents.urls")),
    path("opendata/", include("opendata.urls")),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}, name="sitemap"),
    path(
        "sitemap-documents.xml",
        sitemap,
        {"sitemaps": {"documents": RegisterSitemap}},
        name="sitemap_documents",
    ),
    path(
        "sitemap-people.xml",
        sitemap,
        {"sitemaps": {"people": PeopleSitemap}},
        name="sitemap_people",
    ),
    path("favicon.ico", favicon, name="favicon"),
    path("manifest.webmanifest", manifest, name="web_manifest"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

# Uploads (T4): only image renditions, from their own folder; every other path under
# MEDIA_URL is a 404 here, however it is spelled (portal/media.py, DOC2, UP-6).
urlpatterns += [
    re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>[\s\S]*)\Z", serve_media),
]

urlpatterns += i18n_patterns(
    # Information requests (E1): the form, its confirmation and the status lookup.
    path("information-requests/", include("engagement.information_requests.urls")),
    # Site search (T2): a view of its own in every locale, ahead of the page tree.
    path("search/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
