"""The open-data datasets (O1, W §8.3.2), each a small declared class.

``records()`` yields one dict per record, read from the database in batches
(``in_export_order``), so an export of tens of thousands of records is streamed without
holding them all; page datasets read plain values, not page instances.

A dataset reads other apps' models by name at call time (``apps.get_model``), so a
dataset whose model is not installed (events, until the news app has them) is simply
not offered. Every dataset returns only what is public: live, unrestricted pages and
public register entries (DOC2, AC-5).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from django.apps import apps
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _

from portal.pages import public_pages

LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    description: str


class Dataset:
    slug: str
    title: str
    description: str
    frequency: str
    fields: tuple[Field, ...]
    model: str

    def available(self) -> bool:
        try:
            apps.get_model(self.model)
        except LookupError:
            return False
        return True

    def get_model(self):
        return apps.get_model(self.model)

    def records(self, language: str, base_url: str) -> Iterator[dict]:
        raise NotImplementedError

    @property
    def field_names(self) -> list[str]:
        return [field.name for field in self.fields]


#: Records in the first read, and in the first chunk an export sends: a screenful, so
#: that a client (or a person watching a browser) has records as soon as the
#: description, however large the dataset.
FIRST_RECORDS = 25
#: Rows fetched per round trip after the first records (a 10,000-record file takes 40).
CHUNK = 250


def in_export_order(queryset):
    """The rows of ``queryset`` as an export streams them: the first ``FIRST_RECORDS``
    by a small query of their own, so the first records wait for them alone and not
    for a round trip of ``CHUNK`` rows, then the rest from a cursor, ``CHUNK`` at a
    time. ``queryset`` must be in a total order (ties broken by a unique column) and
    read in one snapshot, which the export's transaction gives
    (``opendata.views.one_snapshot``): a page published between the two queries
    would otherwise shift the rest by one."""
    first = list(queryset[:FIRST_RECORDS])
    yield from first
    if len(first) == FIRST_RECORDS:
        yield from queryset[FIRST_RECORDS:].iterator(CHUNK)


def _iso(value) -> str:
    return value.isoformat() if value else ""


_UNKNOWN = object()


class PageUrls:
    """Public addresses of many pages at the cost of one ``get_url_parts()`` per parent.

    A page's address is its parent's address plus its slug (Wagtail's
    ``url_path`` is built the same way), so the address of the first page met under
    each parent gives the prefix for all its siblings: ten thousand news items under
    one index cost one lookup, not ten thousand.
    """

    def __init__(self, model, base_url: str):
        self.model = model
        self.base_url = base_url
        self.prefixes: dict[str, str | None] = {}

    def __call__(self, pk: int, url_path: str, slug: str) -> str:
        parent = url_path[: -len(slug) - 1]
        prefix = self.prefixes.get(parent, _UNKNOWN)
        if prefix is not _UNKNOWN and prefix is not None:
            return self.base_url + prefix + slug + "/"
        parts = self.model.objects.get(pk=pk).get_url_parts()
        path = parts[2] if parts else None
        if prefix is _UNKNOWN:
            # None: an address not made of the parent's (a page that routes itself),
            # so each sibling is asked for its own.
            suffix = slug + "/"
            self.prefixes[parent] = path[: -len(suffix)] if path and path.endswith(suffix) else None
        return self.base_url + path if path else ""


class ProgrammeDataset(Dataset):
    """A dataset read from the programmes of one locale, by level then code."""

    model = "documents.Programme"

    def programmes(self, language):
        return (
            self.get_model()
            .objects.filter(locale__language_code=language)
            .order_by("level", "code", "pk")
        )


class ProgrammesDataset(ProgrammeDataset):
    slug = "programmes"
    title = _("Educational programmes")
    description = _(
        "Every educational programme with its level, form of study, languages of "
        "instruction and disciplines."
    )
    frequency = _("When a programme changes")
    fields = (
        Field("code", "string", _("Programme code")),
        Field("name", "string", _("Programme name")),
        Field("level", "string", _("Level: bachelor, master or doctoral")),
        Field("study_form", "string", _("Form of study: full_time, part_time or distance")),
        Field("instruction_languages", "string", _("Languages of instruction")),
        Field("disciplines", "string", _("Disciplines and modules, separated by semicolons")),
    )

    def records(self, language, base_url):
        for row in in_export_order(self.programmes(language)):
            yield {
                "code": row.code,
                "name": row.name,
                "level": row.level,
                "study_form": row.study_form,
                "instruction_languages": row.instruction_languages,
                "disciplines": "; ".join(row.discipline_list),
            }


class AccreditationDataset(ProgrammeDataset):
    slug = "accreditation"
    title = _("Accreditation terms")
    description = _("The accreditation body and the date until which each programme is accredited.")
    frequency = _("When an accreditation changes")
    fields = (
        Field("code", "string", _("Programme code")),
        Field("name", "string", _("Programme name")),
        Field("accreditation_body", "string", _("Accreditation body")),
        Field("accredited_until", "date", _("Accredited until (YYYY-MM-DD)")),
    )

    def records(self, language, base_url):
        for row in in_export_order(self.programmes(language)):
            if row.is_accredited:
                yield {
                    "code": row.code,
                    "name": row.name,
                    "accreditation_body": row.accreditation_body,
                    "accredited_until": _iso(row.accredited_until),
                }


class DocumentsDataset(Dataset):
    slug = "documents"
    model = "documents.RegisteredDocument"
    title = _("Documents register")
    description = _(
        "Public documents of the register with their identification code, current "
        "version, effective date, status and download address."
    )
    frequency = _("When a document is registered or a new version takes effect")
    fields = (
        Field("code", "string", _("Identification code")),
        Field("title", "string", _("Title")),
        Field("category", "string", _("Category")),
        Field("version", "integer", _("Current version number")),
        Field("effective_date", "date", _("Effective date of the current version (YYYY-MM-DD)")),
        Field("status", "string", _("Status: in_force or archived")),
        Field("languages", "string", _("Languages of the current version, separated by spaces")),
        Field(
            "url",
            "url",
            _("Download address of the current version in this language, or in Kazakh"),
        ),
    )

    def records(self, language, base_url):
        entries = (
            self.get_model()
            .objects.public()
            .order_by("category", "code")
            .prefetch_related("versions")
        )
        for entry in in_export_order(entries):
            version = entry.current_version
            if version is None or not version.languages:
                continue
            file_language = language if language in version.languages else version.languages[0]
            yield (
                {
                    "code": entry.code,
                    "title": entry.title_for(language),
                    "category": entry.category,
                    "version": version.number,
                    "effective_date": _iso(version.effective_date),
                    "status": entry.status,
                    "languages": " ".join(version.languages),
                    "url": base_url + version.download_url(file_language),
                }
            )


class PageDataset(Dataset):
    def pages(self, language):
        """Live public pages of one locale, without their StreamField bodies: exports
        never read them, and they are the heaviest column."""
        return (
            public_pages(self.get_model())
            .filter(locale__language_code=language)
            .defer_streamfields()
        )


class NewsDataset(PageDataset):
    slug = "news"
    model = "news.NewsPage"
    title = _("News")
    description = _(
        "Published news items with their date, title, lead and address. A withdrawn item "
        "stays at its address with a notice (the archive keeps it), so it is listed with "
        "the date and reason of its withdrawal."
    )
    frequency = _("Daily")
    fields = (
        Field("date", "date", _("Date (YYYY-MM-DD)")),
        Field("title", "string", _("Title")),
        Field("intro", "string", _("Lead")),
        Field("url", "url", _("Address")),
        Field("withdrawn_on", "date", _("Withdrawn on (YYYY-MM-DD), empty if current")),
        Field("withdrawal_notice", "string", _("Why the item was withdrawn")),
    )

    def records(self, language, base_url):
        url = PageUrls(self.get_model(), base_url)
        pages = self.pages(language).order_by("-date", "pk")
        columns = ("pk", "url_path", "slug", "date", "title", "intro")
        for page in in_export_order(pages.values(*columns, "withdrawn_on", "withdrawal_notice")):
            yield {
                "date": _iso(page["date"]),
                "title": page["title"],
                "intro": page["intro"],
                "url": url(page["pk"], page["url_path"], page["slug"]),
                "withdrawn_on": _iso(page["withdrawn_on"]),
                "withdrawal_notice": page["withdrawal_notice"],
            }


class EventsDataset(PageDataset):
    """Announced events, past and upcoming; times are ISO 8601 with the Almaty offset."""

    slug = "events"
    model = "news.EventPage"
    title = _("Events")
    description = _(
        "Announced events with their start and end, place, organising department, "
        "registration link and address."
    )
    frequency = _("Daily")
    fields = (
        Field("start", "datetime", _("Start (ISO 8601, Asia/Almaty)")),
        Field("end", "datetime", _("End (ISO 8601, Asia/Almaty)")),
        Field("title", "string", _("Title")),
        Field("place", "string", _("Place")),
        Field("department", "string", _("Organising department")),
        Field("registration_url", "url", _("Registration link")),
        Field("url", "url", _("Address")),
    )

    def records(self, language, base_url):
        url = PageUrls(self.get_model(), base_url)
        pages = self.pages(language).order_by("start", "pk")
        columns = ("pk", "url_path", "slug", "start", "end", "title", "place", "department")
        for page in in_export_order(pages.values(*columns, "registration_url")):
            yield {
                "start": _iso(localtime(page["start"])),
                "end": _iso(localtime(page["end"])),
                "title": page["title"],
                "place": page["place"],
                "department": page["department"],
                "registration_url": page["registration_url"],
                "url": url(page["pk"], page["url_path"], page["slug"]),
            }


class ContactsDataset(PageDataset):
    slug = "contacts"
    model = "sections.ContactsPage"
    title = _("Contacts")
    description = _("The university's address, phones, e-mail addresses and working hours.")
    frequency = _("When contacts change")
    fields = (
        Field("address", "string", _("Address")),
        Field("phones", "string", _("Phones, separated by semicolons")),
        Field("emails", "string", _("E-mail addresses, separated by semicolons")),
        Field("working_hours", "string", _("Working hours")),
        Field("url", "url", _("Address of the contacts page")),
    )

    def records(self, language, base_url):
        for page in in_export_order(self.pages(language).order_by("path")):
            yield {
                "address": page.address,
                "phones": "; ".join(page.phone_list),
                "emails": "; ".join(page.email_list),
                "working_hours": page.working_hours,
                "url": base_url + page.get_url_parts()[2],
            }


DATASETS = (
    ProgrammesDataset(),
    AccreditationDataset(),
    DocumentsDataset(),
    NewsDataset(),
    EventsDataset(),
    ContactsDataset(),
)


def available_datasets() -> list[Dataset]:
    return [dataset for dataset in DATASETS if dataset.available()]


def get_dataset(slug: str) -> Dataset | None:
    return next((d for d in available_datasets() if d.slug == slug), None)
