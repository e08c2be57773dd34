"""Compressed text for visitors served without a front proxy (``make run``, T4).

Django's GZipMiddleware pads each response with random bytes against BREACH ("Heal
the Breach"); it is kept to what compresses: HTML, feeds, JSON, CSV, scripts and
styles. Images and files are already compressed, and squeezing them again only costs
the worker time.
"""

from django.middleware.gzip import GZipMiddleware

__all__ = ["TextGZipMiddleware"]

COMPRESSIBLE = ("text/", "application/json", "application/xml", "application/javascript")
COMPRESSIBLE_SUFFIXES = ("+xml", "+json")


def _compressible(content_type: str) -> bool:
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type.startswith(COMPRESSIBLE) or media_type.endswith(COMPRESSIBLE_SUFFIXES)


class TextGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if not _compressible(response.get("Content-Type", "")):
            return response
        return super().process_response(request, response)
