"""The translation queue (L2): the state of every page in every language, for the
people who may see it.

There is no site-wide overview in wagtail-localize (#832). The queue is paginated, and
its cost stays flat with the size of the tree: every page's state is decided from a
few columns read with ``values()`` (no model instances, no per-row queries), and the
work per shown row (addresses, translation records, segment progress) is done only for
the rows of the page shown. Segment progress is an aggregate over every segment, so
it is read for all rows only when a state filter needs it to decide a row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from portal.languages import SOURCE_LANGUAGE
from sections import tree

from .translation_progress import segment_progress
from .visibility import PageVisibility

MISSING = "missing"
OUTDATED = "outdated"
IN_PROGRESS = "in_progress"
AWAITING_APPROVAL = "awaiting_approval"
PUBLISHED = "published"
STATE_LABELS = {
    MISSING: _("missing"),
    OUTDATED: _("outdated"),
    IN_PROGRESS: _("in progress"),
    AWAITING_APPROVAL: _("awaiting approval"),
    PUBLISHED: _("published"),
}
#: Rows per screen: what a translator works through, and what one request renders.
PER_PAGE = 50
# A translated page whose state depends on how many of its segments are translated.
_UNDECIDED = "undecided"

_PAGE_COLUMNS = (
    "pk",
    "path",
    "title",
    "translation_key",
    "locale_id",
    "live",
    "has_unpublished_changes",
    "owner_id",
    "latest_revision_created_at",
)


@dataclass(frozen=True)
class PageSummary:
    """What the queue reads of a page: enough for :class:`PageVisibility` (``path``,
    ``owner_id``, ``live``) and for its state, and cheap to build by the ten thousand."""

    pk: int
    path: str
    title: str
    translation_key: object
    locale_id: int
    live: bool
    has_unpublished_changes: bool
    owner_id: int | None
    latest_revision_created_at: datetime | None


@dataclass
class Cell:
    language: str
    state: str
    percent: int | None = None
    page: PageSummary | None = None
    url: str = ""
    translation_id: int | None = None

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]


@dataclass
class Row:
    source: PageSummary
    section: Page | None
    cells: list[Cell]


@dataclass
class _Entry:
    """One source page and its translations, before the shown rows are built."""

    source: PageSummary
    source_state: str
    targets: dict[str, PageSummary]  # language → translated page
    states: dict[str, str] = field(default_factory=dict)  # language → state or _UNDECIDED
    tsource: tuple[int, datetime] | None = None  # (TranslationSource id, last update)


def _summaries(queryset, *, titles: bool = True):
    """Tuples, not dicts or model instances: ten thousands of rows a request. A
    translation's title is never shown, so it is not read."""
    columns = _PAGE_COLUMNS if titles else tuple(c for c in _PAGE_COLUMNS if c != "title")
    rows = queryset.values_list(*columns)
    if titles:
        return [PageSummary(*row) for row in rows]
    return [PageSummary(pk, path, "", *rest) for pk, path, *rest in rows]


def _in_workflow() -> set[int]:
    """Pages in a workflow now: few at any time, so read them all rather than send
    thirty thousand ids in an ``IN``."""
    return {
        int(object_id)
        for object_id in WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type=ContentType.objects.get_for_model(Page),
        ).values_list("object_id", flat=True)
    }


def _source_state(page: PageSummary, in_workflow: set[int]) -> str:
    if page.pk in in_workflow:
        return AWAITING_APPROVAL
    if page.live and not page.has_unpublished_changes:
        return PUBLISHED
    return IN_PROGRESS


def _target_state(target: PageSummary | None, tsource, in_workflow: set[int]) -> str:
    """The state that does not need segment progress, or ``_UNDECIDED``."""
    if target is None:
        return MISSING
    if target.pk in in_workflow:
        return AWAITING_APPROVAL
    if tsource is not None and (
        target.latest_revision_created_at is None or tsource[1] > target.latest_revision_created_at
    ):
        return OUTDATED
    if not target.live or target.has_unpublished_changes:
        return IN_PROGRESS
    return _UNDECIDED


def _percent(progress, tsource) -> int:
    total, done = progress.get(tsource[0], (0, 0)) if tsource else (0, 0)
    return 100 if not total else int(done * 100 / total)


def _decide(entry: _Entry, language: str, progress) -> tuple[str, int]:
    state = entry.states[language]
    percent = _percent(progress, entry.tsource)
    if state == _UNDECIDED:
        state = PUBLISHED if percent == 100 else IN_PROGRESS
    return state, percent


class TranslationQueue:
    """The queue as ``user`` sees it, filtered by section, languages and state.

    ``count`` and :meth:`page` are all a screen needs; building it costs a fixed number
    of queries whatever the size of the tree.
    """

    def __init__(self, *, user, languages: list[str], section_id=None, state: str = ""):
        self.languages = languages
        self.state = state
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.sections = {page.path: page for page in tree.sections()}
        self._progress = {}
        self.entries = self._entries(user, section_id)
        if state:
            self.entries = self._with_state(self.entries, state)
        self.paginator = Paginator(self.entries, PER_PAGE, allow_empty_first_page=True)

    @property
    def count(self) -> int:
        return len(self.entries)

    def _entries(self, user, section_id) -> list[_Entry]:
        source_locale = self.locales.get(SOURCE_LANGUAGE)
        if source_locale is None:
            return []
        sources = Page.objects.filter(locale=source_locale, depth__gte=tree.HOME_DEPTH)
        if section_id is not None:
            section = next((p for p in self.sections.values() if p.pk == section_id), None)
            if section is not None:
                sources = sources.descendant_of(section, inclusive=True)
        sources = _summaries(sources.order_by("path"))
        by_locale_id = {locale.pk: code for code, locale in self.locales.items()}
        targets: dict[object, dict[str, PageSummary]] = {}
        # Every translation of a Kazakh page: the tree of each other locale, whole.
        for target in _summaries(
            Page.objects.filter(depth__gte=tree.HOME_DEPTH).exclude(locale=source_locale),
            titles=False,
        ):
            targets.setdefault(target.translation_key, {})[by_locale_id[target.locale_id]] = target
        visibility = PageVisibility(user)
        editable_keys = {
            key
            for key, pages in targets.items()
            if any(visibility.may_edit(page) for page in pages.values())
        }
        tsources = {
            object_id: (pk, updated)
            for pk, object_id, updated in TranslationSource.objects.filter(
                locale=source_locale
            ).values_list("pk", "object_id", "last_updated_at")
        }
        in_workflow = _in_workflow()
        entries = []
        for source in sources:
            if not (visibility.may_see(source) or source.translation_key in editable_keys):
                continue
            entry = _Entry(
                source,
                _source_state(source, in_workflow),
                targets.get(source.translation_key, {}),
                tsource=tsources.get(source.translation_key),
            )
            for language in self.languages:
                if language != SOURCE_LANGUAGE:
                    entry.states[language] = _target_state(
                        entry.targets.get(language), entry.tsource, in_workflow
                    )
            entries.append(entry)
        return entries

    def _progress_of(self, entries, language) -> dict:
        wanted = [
            entry.tsource[0]
            for entry in entries
            if entry.tsource and entry.tsource[0] not in self._progress.get(language, {})
        ]
        known = self._progress.setdefault(language, {})
        if wanted and language in self.locales:
            known.update(segment_progress(wanted, self.locales[language]))
        return known

    def _with_state(self, entries, state) -> list[_Entry]:
        """Entries with at least one cell in ``state``; progress is read only for the
        rows whose state hangs on it, and only when the filter asks for such a state."""
        if state in (PUBLISHED, IN_PROGRESS):
            for language in self.languages:
                if language != SOURCE_LANGUAGE:
                    self._progress_of(
                        [e for e in entries if e.states.get(language) == _UNDECIDED], language
                    )
        kept = []
        for entry in entries:
            states = {entry.source_state} if SOURCE_LANGUAGE in self.languages else set()
            for language in entry.states:
                states.add(_decide(entry, language, self._progress.get(language, {}))[0])
            if state in states:
                kept.append(entry)
        return kept

    def page(self, number: int):
        """Page ``number`` (1-based, within range) of the queue, its ``object_list``
        made of :class:`Row`."""
        page = self.paginator.page(number)
        page.object_list = self._rows(list(page.object_list))
        return page

    def _section_of(self, source: PageSummary):
        return self.sections.get(source.path[: tree.SECTION_DEPTH * Page.steplen])

    def _rows(self, entries) -> list[Row]:
        progress = {
            language: self._progress_of(entries, language)
            for language in self.languages
            if language != SOURCE_LANGUAGE
        }
        translations = {
            (source_id, locale_id): pk
            for pk, source_id, locale_id in Translation.objects.filter(
                source_id__in=[entry.tsource[0] for entry in entries if entry.tsource]
            ).values_list("pk", "source_id", "target_locale_id")
        }
        rows = []
        for entry in entries:
            source = entry.source
            cells = []
            for code in self.languages:
                if code == SOURCE_LANGUAGE:
                    cells.append(
                        Cell(
                            code,
                            entry.source_state,
                            page=source,
                            url=reverse("wagtailadmin_pages:edit", args=[source.pk]),
                        )
                    )
                    continue
                target = entry.targets.get(code)
                if target is None:
                    cells.append(
                        Cell(
                            code,
                            MISSING,
                            url=reverse(
                                "wagtail_localize:submit_page_translation", args=[source.pk]
                            ),
                        )
                    )
                    continue
                state, percent = _decide(entry, code, progress[code])
                locale = self.locales[code]
                cells.append(
                    Cell(
                        code,
                        state,
                        percent=percent,
                        page=target,
                        url=reverse("wagtailadmin_pages:edit", args=[target.pk]),
                        translation_id=translations.get((entry.tsource[0], locale.pk))
                        if entry.tsource
                        else None,
                    )
                )
            rows.append(Row(source, self._section_of(source), cells))
        return rows
