"""Register entries in the sitemap: public entries only (DOC2), under each library page."""

from django.contrib.sitemaps import Sitemap

from portal.pages import public_pages
from portal.public_url import public_host, public_scheme

from .pages import DocumentLibraryPage
from .register import RegisteredDocument


class RegisterSitemap(Sitemap):
    def items(self):
        entries = list(RegisteredDocument.objects.public())
        items = []
        for library in public_pages(DocumentLibraryPage).filter(category=""):
            items.extend((library, entry) for entry in entries)
        return items

    def location(self, item):
        library, entry = item
        _site_id, _root_url, page_path = library.get_url_parts()
        return page_path + library.reverse_subpage("entry", args=[entry.pk])

    def get_protocol(self, protocol=None):
        return public_scheme()

    def get_domain(self, site=None):
        return public_host()

    def lastmod(self, item):
        return item[1].updated_at
