"""The portal's URLs plus ``bench/floor/``.

The floor view does no work of its own, so its speed is what the middleware stack and
the server cost; every page is read as a ratio to it.
"""

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.cache import never_cache

from portal.urls import urlpatterns as portal_urlpatterns


@never_cache
def floor(request):
    """The cheapest response the portal's middleware stack can give; never stored by
    the page cache, so it stays the cost of the stack in the cached run too."""
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/floor/", floor, name="bench_floor"), *portal_urlpatterns]
