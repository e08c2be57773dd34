"""People's pages in the sitemap: everyone listed in each language's directory, at
the directory's address (a person has no page of their own in the tree)."""

from django.contrib.sitemaps import Sitemap

from portal.languages import LANGUAGE_CODES
from portal.public_url import public_host, public_scheme

from .directory import Person
from .pages import directory_page


class PeopleSitemap(Sitemap):
    def items(self):
        items = []
        for language in LANGUAGE_CODES:
            directory = directory_page(language)
            if directory is None:  # unpublished or private: its people are not listed
                continue
            path = directory.get_url_parts()[2]
            people = Person.objects.in_language(language).order_by("name", "pk")
            items.extend((directory, path, person) for person in people)
        return items

    def location(self, item):
        directory, path, person = item
        return path + directory.reverse_subpage("person", kwargs={"slug": person.slug})

    def get_protocol(self, protocol=None):
        return public_scheme()

    def get_domain(self, site=None):
        return public_host()
