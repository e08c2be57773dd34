"""``/favicon.ico`` and ``/manifest.webmanifest``: asked for by browsers at fixed
addresses outside the language prefix, so they are served here, not by the page tree."""

from pathlib import Path

from django.conf import settings
from django.http import FileResponse, JsonResponse
from django.templatetags.static import static
from django.utils.translation import gettext, override
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from portal.languages import SOURCE_LANGUAGE

ICON_MAX_AGE = 7 * 24 * 60 * 60
# Read from the source tree: it must answer even where collectstatic has not run. The
# icons are drawn by deploy/make_icons.py from the mark (portal/static/portal/brand/).
BRAND = "portal/brand"
FAVICON = Path(settings.BASE_DIR) / "portal" / "static" / BRAND / "favicon.ico"


@require_safe
@cache_control(public=True, max_age=ICON_MAX_AGE)
def favicon(request):
    return FileResponse(FAVICON.open("rb"), content_type="image/vnd.microsoft.icon")


@require_safe
@cache_control(public=True, max_age=ICON_MAX_AGE)
def manifest(request):
    """The web-app manifest, in the source language (one manifest per site)."""
    with override(SOURCE_LANGUAGE):
        name = gettext("K. Kulazhanov Kazakh University of Technology and Business")
        short_name = gettext("KazUTB")
    response = JsonResponse(
        {
            "name": name,
            "short_name": short_name,
            "lang": SOURCE_LANGUAGE,
            "start_url": f"/{SOURCE_LANGUAGE}/",
            "scope": "/",
            "display": "browser",
            "background_color": "#ffffff",
            "theme_color": "#073763",
            "icons": [
                {"src": static(f"{BRAND}/mark.svg"), "sizes": "any", "type": "image/svg+xml"},
                *(
                    {
                        "src": static(f"{BRAND}/icon-{size}.png"),
                        "sizes": f"{size}x{size}",
                        "type": "image/png",
                        "purpose": "any maskable",
                    }
                    for size in (192, 512)
                ),
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )
    response["Content-Type"] = "application/manifest+json"
    return response
