"""The public pages of the people app: the directory (W §8.5) with a page per person in
each language, and the experts pool (P glossary) that journalists filter by area."""

import functools

from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale

from portal.listing import paginate
from portal.pages import ContentPage, public_pages

from .directory import Person
from .forms import DirectoryFilterForm, ExpertFilterForm
from .units import Unit

PARENTS = ["sections.SectionPage", "sections.SubsectionPage"]
PEOPLE_PER_PAGE = 30


@functools.lru_cache(maxsize=16)
def language_of(locale_id: int) -> str:
    """A locale's language code; locales never change while the site runs, so one
    query per process instead of one per request."""
    return Locale.objects.get(pk=locale_id).language_code


def directory_page(language_code: str):
    """The live directory page of a language (one per locale tree), or None."""
    return (
        public_pages(DirectoryPage)
        .filter(locale__language_code=language_code)
        .order_by("path")
        .first()
    )


class DirectoryPage(RoutablePageMixin, ContentPage):
    """Staff and teachers of one language, filtered by unit and kind of position and
    searched by name in any script; ``<slug>/`` is a person's page."""

    parent_page_types = PARENTS
    subpage_types = []
    template = "people/directory_page.html"

    class Meta:
        verbose_name = _("directory of people")
        verbose_name_plural = _("directories of people")

    @property
    def language(self) -> str:
        return language_of(self.locale_id)

    def people(self):
        return (
            Person.objects.in_language(self.language)
            .select_related("unit", "photo")
            .order_by("name", "pk")
        )

    @path("")
    def directory(self, request):
        units = Unit.objects.filter(locale_id=self.locale_id).order_by("name")
        request._people_directory = {self.language: self}
        form = DirectoryFilterForm(request.GET or None, units=units)
        status = 200
        if form.is_bound and not form.is_valid():
            people, status = Person.objects.none(), 400
        else:
            people = form.filter(self.people())
        listing = paginate(request, people, PEOPLE_PER_PAGE)
        query = request.GET.copy()
        query.pop("page", None)
        response = self.render(
            request,
            context_overrides={
                "form": form,
                "people": listing,
                "query": query.urlencode(),
                "filtered": form.is_bound,
            },
        )
        response.status_code = status
        return response

    @path("<slug:slug>/")
    def person(self, request, slug):
        person = self.people().filter(slug=slug).first()
        if person is None:
            raise Http404
        request._people_directory = {self.language: self}
        expert = person.is_approved_expert
        return self.render(
            request,
            context_overrides={
                "person": person,
                "expert": expert,
                "news_items": person.news_spoken_in(self.language) if expert else [],
            },
            template="people/person_page.html",
        )

    def person_url(self, person) -> str:
        return self.url + self.reverse_subpage("person", kwargs={"slug": person.slug})


class ExpertIndexPage(RoutablePageMixin, ContentPage):
    """The experts pool the rector approved, for journalists: filter by area; each
    expert links to their page in the directory, which lists the news they spoke in."""

    parent_page_types = PARENTS
    subpage_types = []
    template = "people/expert_index_page.html"

    class Meta:
        verbose_name = _("experts pool page")
        verbose_name_plural = _("experts pool pages")

    @path("")
    def experts(self, request):
        language = language_of(self.locale_id)
        experts = list(
            Person.objects.in_language(language)
            .approved_experts()
            .select_related("unit", "photo")
            .order_by("name", "pk")
        )
        areas = sorted({area for expert in experts for area in expert.expertise_areas})
        form = ExpertFilterForm(request.GET or None, areas=areas)
        status = 200
        if form.is_bound and not form.is_valid():
            experts, status = [], 400
        elif form.is_bound and form.cleaned_data["area"]:
            area = form.cleaned_data["area"]
            experts = [expert for expert in experts if area in expert.expertise_areas]
        response = self.render(
            request,
            context_overrides={
                "form": form,
                "experts": experts,
                "filtered": form.is_bound,
                "directory": directory_page(language),
            },
        )
        response.status_code = status
        return response
