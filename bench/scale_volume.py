"""10,000 pages in each of the three languages, built fast enough to bench (issue 16).

``make bench-scale`` measures the portal at demo size, then builds this volume into the
database it runs on and measures again. ``add_page`` one at a time costs a dozen queries
a page; 30,000 pages that way take most of an hour on two cores. Here every kind of
page is written in bulk: the rows of ``wagtailcore_page`` (their tree paths computed
the way treebeard computes them) with one multi-row insert per batch, then the rows of
the page type's own table, then the parent's ``numchild`` (for news, the index's stored
archive counts are forgotten too), then Wagtail's search index in bulk. What a bulk row
lacks against an edited page: no revisions and no wagtail-localize translation sources
(the translations are linked by ``translation_key``, as wagtail-localize links them), no
tags.

Per language: 5,000 news items under the news index spread over ten years, 2,000
events under the events index, 3,000 subsections spread under the existing subsections
(so every section grows), the ru and en pages under the translations of the same
parents. Their text is the demo's, scaled up: each page's title, intro and paragraphs
are sentences of the locale's live pages (the regulations and the demo news), picked by
the page's number, so a word is as common among the built pages as on the demo site
and search is measured on text like a university's. Without such pages (a database
with no demo) every built page says the same two sentences, where a common word
matches every page. Plus 1,000 entries in the document register, each with one version (the
files of an existing version, the register allows a file in several entries).

The volume stays in the database: run it on a database of its own (``DATABASE_URL``).
"""

import datetime
import re
import time
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.html import escape, strip_tags

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from documents.register import DocumentVersion, RegisteredDocument
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from news.models.archive import forget_month_counts
from sections.models import SectionPage, SubsectionPage

__all__ = [
    "PER_LOCALE",
    "SLUG_PREFIX",
    "build_volume",
    "index_the_rest",
    "split",
    "volume_present",
]

SLUG_PREFIX = "scale-"
PER_LOCALE = {"news": 5000, "events": 2000, "subsections": 3000}
REGISTER_ENTRIES = 1000
BATCH = 500
TITLES = {
    "kk": "Университет жаңалығы",
    "ru": "Новость университета",
    "en": "University news",
}
EVENT_TITLES = {"kk": "Университет іс-шарасы", "ru": "Мероприятие", "en": "University event"}
SUBSECTION_TITLES = {"kk": "Бөлімше", "ru": "Подраздел", "en": "Subsection"}
#: Where events and subsections start picking sentences, so that they do not repeat the
#: news items' text.
EVENT_TEXT, SUBSECTION_TEXT = 50_000, 100_000
BODIES = {
    "kk": [
        "Университеттің студенттері мен оқытушылары жаңа ғылыми жобаны таныстырды.",
        "Іс-шараға факультеттердің өкілдері, серіктес кәсіпорындар мен түлектер қатысты.",
    ],
    "ru": [
        "Студенты и преподаватели университета представили новый научный проект.",
        "В мероприятии участвовали представители факультетов, партнёры и выпускники.",
    ],
    "en": [
        "Students and teachers of the university presented a new research project.",
        "Faculty members, partner companies and graduates took part in the event.",
    ],
}


def split(total: int) -> dict[str, int]:
    """``total`` pages per language in the proportions of PER_LOCALE (a smaller trial
    run: ``SCALE_PAGES=600 make bench-scale``)."""
    whole = sum(PER_LOCALE.values())
    return {kind: max(1, total * count // whole) for kind, count in PER_LOCALE.items()}


def _batched(items, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def volume_present() -> bool:
    return Page.objects.filter(slug__startswith=SLUG_PREFIX).exists()


class _Text:
    """The words of one language's built pages: sentences of its live pages, picked by
    a page's number (the same page gets the same text in every run), or the fixed
    ``BODIES`` when the database has too few."""

    SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
    MINIMUM = 40
    TITLE_WORDS = 7

    def __init__(self, locale: Locale):
        self.language = locale.language_code
        self.sentences = self._sentences(locale)
        if len(self.sentences) < self.MINIMUM:
            self.sentences = BODIES[self.language]

    @classmethod
    def _sentences(cls, locale: Locale) -> list[str]:
        texts = []
        for page in Page.objects.live().filter(locale=locale, depth__gt=2).specific():
            texts.append(getattr(page, "intro", "") or "")
            body = getattr(page, "body", None)
            if body is not None:
                texts.extend(body.stream_block.get_searchable_content(body))
        found = set()
        for text in texts:
            for sentence in cls.SENTENCE_END.split(" ".join(strip_tags(text).split())):
                if 40 <= len(sentence) <= 300:
                    found.add(sentence)
        return sorted(found)

    def sentence(self, number: int, stride: int) -> str:
        return self.sentences[(number * stride) % len(self.sentences)]

    def title(self, fixed: str, number: int) -> str:
        if self.sentences is BODIES[self.language]:
            return f"{fixed} {number:05d}"
        words = self.sentence(number, 7).split()[: self.TITLE_WORDS]
        return " ".join(words).rstrip(",;:—–-")

    def intro(self, number: int) -> str:
        return self.sentence(number, 11)

    def body(self, number: int) -> list[dict]:
        heading = {"type": "heading", "value": {"text": f"{number}", "level": "h2"}}
        paragraphs = [
            {"type": "paragraph", "value": f"<p>{escape(text)}</p>", "id": str(uuid.uuid4())}
            for text in (self.sentence(number, 13), self.sentence(number + 1, 17))
        ]
        return [{**heading, "id": str(uuid.uuid4())}, *paragraphs]


class _Writer:
    """Children of one parent, written in batches; keeps the parent's numchild."""

    def __init__(self, parent: Page):
        self.parent = Page.objects.get(pk=parent.pk)
        self.last_step = self._last_step()

    def _last_step(self) -> int:
        last = self.parent.get_last_child()
        return Page._str2int(last.path[-Page.steplen :]) if last else 0

    def path(self) -> str:
        self.last_step += 1
        return Page._get_path(self.parent.path, self.parent.depth + 1, self.last_step)

    def write(self, model, rows: list[dict]) -> list:
        """``rows``: the fields of each page; returns the saved instances."""
        content_type = ContentType.objects.get_for_model(model)
        now = timezone.now()
        pages = []
        for fields in rows:
            slug = fields["slug"]
            page = model(
                path=self.path(),
                depth=self.parent.depth + 1,
                numchild=0,
                url_path=f"{self.parent.url_path}{slug}/",
                content_type=content_type,
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                draft_title=fields["title"],
                **fields,
            )
            pages.append(page)
        base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
        own_fields = list(model._meta.local_concrete_fields)
        for batch in _batched(pages, BATCH):
            rows = [Page(**{f.attname: getattr(p, f.attname) for f in base_fields}) for p in batch]
            bases = Page.objects.bulk_create(rows)
            for page, base in zip(batch, bases, strict=True):
                page.id = page.page_ptr_id = base.id
            model._base_manager._insert(list(batch), fields=own_fields, using="default", raw=True)
        Page.objects.filter(pk=self.parent.pk).update(numchild=F("numchild") + len(pages))
        return pages


def _parents(model, locale: Locale) -> Page:
    return model.objects.filter(locale=locale).order_by("path").first()


def _news(kk_locale, locales, count: int) -> dict[str, list]:
    start = datetime.date(2016, 1, 1)
    keys = [uuid.uuid4() for _ in range(count)]
    written = {}
    for locale in [kk_locale, *locales]:
        text = _Text(locale)
        index = _parents(NewsIndexPage, locale)
        rows = [
            {
                "title": text.title(TITLES[text.language], number),
                "slug": f"{SLUG_PREFIX}news-{number:05d}",
                "locale_id": locale.pk,
                "translation_key": keys[number],
                "intro": text.intro(number),
                "body": text.body(number),
                "date": start + datetime.timedelta(days=(number * 3650) // count),
                "category": "university",
                "show_in_menus": False,
            }
            for number in range(count)
        ]
        written[text.language] = _Writer(index).write(NewsPage, rows)
        # Written in bulk, without the signals that forget the archive's stored counts.
        forget_month_counts([index.pk])
    return written


def _events(kk_locale, locales, count: int) -> dict[str, list]:
    start = timezone.now() - datetime.timedelta(days=count // 2)
    keys = [uuid.uuid4() for _ in range(count)]
    written = {}
    for locale in [kk_locale, *locales]:
        text = _Text(locale)
        index = _parents(EventIndexPage, locale)
        rows = []
        for number in range(count):
            begins = start + datetime.timedelta(days=number)
            rows.append(
                {
                    "title": text.title(EVENT_TITLES[text.language], EVENT_TEXT + number),
                    "slug": f"{SLUG_PREFIX}event-{number:05d}",
                    "locale_id": locale.pk,
                    "translation_key": keys[number],
                    "intro": text.intro(EVENT_TEXT + number),
                    "body": text.body(EVENT_TEXT + number),
                    "start": begins,
                    "end": begins + datetime.timedelta(hours=2),
                    "place": "Бас ғимарат, 101",
                    "department": "",
                    "show_in_menus": False,
                }
            )
        written[text.language] = _Writer(index).write(EventPage, rows)
    return written


def _subsections(kk_locale, locales, count: int) -> dict[str, list]:
    """Spread under the existing kk subsections (under sections), round robin; the
    ru and en ones under those subsections' translations."""
    parents = [
        page
        for page in SubsectionPage.objects.filter(locale=kk_locale).order_by("path")
        if page.get_parent().specific_class is SectionPage
    ]
    written = {locale.language_code: [] for locale in [kk_locale, *locales]}
    texts = {locale.language_code: _Text(locale) for locale in [kk_locale, *locales]}
    share = -(-count // len(parents))
    number = 0
    for parent in parents:
        block = range(number, min(number + share, count))
        number += len(block)
        keys = [uuid.uuid4() for _ in block]
        for locale in [kk_locale, *locales]:
            language = locale.language_code
            target = parent if locale == kk_locale else parent.get_translation_or_none(locale)
            if target is None:
                continue
            text = texts[language]
            rows = [
                {
                    "title": text.title(SUBSECTION_TITLES[language], SUBSECTION_TEXT + n),
                    "slug": f"{SLUG_PREFIX}sub-{n:05d}",
                    "locale_id": locale.pk,
                    "translation_key": key,
                    "intro": text.intro(SUBSECTION_TEXT + n),
                    "body": text.body(SUBSECTION_TEXT + n),
                    "show_in_menus": True,
                }
                for n, key in zip(block, keys, strict=True)
            ]
            written[language] += _Writer(target).write(SubsectionPage, rows)
    return written


def _register(count: int) -> int:
    sample = DocumentVersion.objects.order_by("pk").first()
    entries = RegisteredDocument.objects.bulk_create(
        [
            RegisteredDocument(
                code=f"МАСШ–{number // 100:02d}.{number % 100:02d}–{number:04d}",
                title_kk=f"Ереже {number:04d}",
                title_ru=f"Положение {number:04d}",
                title_en=f"Regulation {number:04d}",
                category="regulation",
            )
            for number in range(count)
        ],
        batch_size=BATCH,
    )
    if sample is not None:
        DocumentVersion.objects.bulk_create(
            [
                DocumentVersion(
                    document=entry,
                    number=1,
                    effective_date=datetime.date(2024, 9, 1),
                    file_kk_id=sample.file_kk_id,
                    file_ru_id=sample.file_ru_id,
                    file_en_id=sample.file_en_id,
                )
                for entry in entries
            ],
            batch_size=BATCH,
        )
    return len(entries)


def _index(pages_by_kind, limit: int | None) -> int:
    """Wagtail's index for the built pages, the first ``limit`` of each kind and
    language (all when None); returns how many were indexed."""
    backend = get_search_backend()
    indexed = 0
    for written in pages_by_kind:
        for pages in written.values():
            pages = pages[:limit] if limit is not None else pages
            indexed += len(pages)
            if pages:
                model = type(pages[0])
                for batch in _batched(pages, BATCH):
                    backend.add_bulk(model, model.objects.filter(pk__in=[p.pk for p in batch]))
    return indexed


def index_the_rest() -> int:
    """Index the built pages that a run with ``index_limit`` left out; returns how many."""
    from wagtail.search.models import IndexEntry

    indexed = IndexEntry.objects.values_list("object_id", flat=True)
    missing = 0
    for model in (NewsPage, EventPage, SubsectionPage):
        ids = list(
            model.objects.filter(slug__startswith=SLUG_PREFIX)
            .exclude(pk__in=[int(pk) for pk in indexed if pk.isdigit()])
            .values_list("pk", flat=True)
        )
        missing += len(ids)
        backend = get_search_backend()
        for batch in _batched(ids, BATCH):
            backend.add_bulk(model, model.objects.filter(pk__in=batch))
    return missing


def build_volume(
    per_locale: dict[str, int] = PER_LOCALE,
    register: int = REGISTER_ENTRIES,
    index_limit: int | None = None,
):
    """Build the volume; returns how many pages and register entries it wrote and how
    many pages it put in the search index. Indexing is the slow part (every page's
    text is stemmed in Python): ``index_limit`` indexes only the first pages of each
    kind and language."""
    started = time.perf_counter()
    kk_locale = Locale.objects.get(language_code="kk")
    others = list(Locale.objects.exclude(pk=kk_locale.pk).order_by("language_code"))
    with transaction.atomic():
        news = _news(kk_locale, others, per_locale["news"])
        events = _events(kk_locale, others, per_locale["events"])
        subsections = _subsections(kk_locale, others, per_locale["subsections"])
        entries = _register(register)
    written = time.perf_counter()
    indexed = _index([news, events, subsections], index_limit)
    print(
        f"scale volume: rows written in {written - started:.0f} s, indexed in "
        f"{time.perf_counter() - written:.0f} s"
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    pages = sum(len(p) for kind in (news, events, subsections) for p in kind.values())
    return pages, entries, indexed
