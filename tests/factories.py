"""Test data that the tests build themselves (design.md §5).

The session database holds only the prescribed structure (``bootstrap_portal``: the S1
sections and subsections in kk with ru/en translations, the role groups, the
workflows). Everything else a test needs, news, events, register entries, images,
users in a role, is made here with wagtail-factories, so no test depends on demo
slugs or demo wording, and a test says in its own setup what it is about.

Pages are placed under the prescribed pages found by structure (the home page of a
locale, the section a role edits, the index page of a type), never by a demo slug or
title. Translations are made through wagtail-localize's own code, as the translation
editor does, so syncing, the queue and the switcher see them as real translations.
"""

from __future__ import annotations

import datetime
import io

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify

from wagtail import blocks as wagtail_blocks
from wagtail.models import Collection, GroupPagePermission, Locale, Page
from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from PIL import Image as PILImage

from documents.pages import DisclosurePage, DocumentLibraryPage
from documents.programmes import Level, Programme, StudyForm
from documents.register import DocumentVersion, RegisteredDocument, register_collection
from engagement.councils.models import Council, CouncilIndexPage, CouncilMeeting, CouncilMember
from engagement.participation.models import DiscussionPage, Proposal
from governance import roles
from home import blocks as home_blocks
from home.models import HomePage
from news.models import (
    BlogComment,
    BlogIndexPage,
    BlogPostPage,
    EventIndexPage,
    EventPage,
    MediaCornerPage,
    MediaMention,
    NewsIndexPage,
    NewsPage,
    PressIndexPage,
    PressReleasePage,
)
from opendata.models import OpenDataCatalogPage
from people.models import Category, DirectoryPage, ExpertIndexPage, Person, PublicPosition
from portal.blocks import text as text_blocks
from portal.blocks.contact import ContactCardBlock
from portal.blocks.links import CallToActionBlock, LinkBlock, LinksBlock
from portal.blocks.media import DocumentLinkBlock, GalleryBlock, ImageBlock, VideoBlock
from portal.blocks.person import PersonCardBlock, PersonChooserBlock
from portal.blocks.streams import BodyStreamBlock
from sections.models import ContactsPage, ExternalLinkPage, SectionPage, SubsectionPage

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
TARGET_LANGUAGES = [code for code in LANGUAGE_CODES if code != SOURCE_LANGUAGE]
PASSWORD = "factory-made-password-7Qx!"


# --- The prescribed structure, found by structure ------------------------------------


def locale(language_code: str = SOURCE_LANGUAGE) -> Locale:
    return Locale.objects.get(language_code=language_code)


def home_page(language_code: str = SOURCE_LANGUAGE) -> HomePage:
    """The home page of a locale tree (there is exactly one per locale)."""
    return HomePage.objects.get(depth=2, locale__language_code=language_code)


def sections(language_code: str = SOURCE_LANGUAGE) -> list[SectionPage]:
    """The S1 section pages of a locale, in menu order."""
    return list(SectionPage.objects.child_of(home_page(language_code)).order_by("path"))


def edited_section(group_name: str, language_code: str = SOURCE_LANGUAGE) -> Page:
    """The section a role group may edit (its page permission), in ``language_code``.

    ``setup_roles`` grants each section's editors on that section in every locale,
    so this finds "the University section" without knowing its slug or title.
    """
    permission = (
        GroupPagePermission.objects.filter(
            group__name=group_name,
            page__depth=3,
            page__locale__language_code=language_code,
        )
        .select_related("page")
        .order_by("page__path")
        .first()
    )
    if permission is None:
        raise LookupError(f"{group_name!r} edits no section in {language_code}")
    return permission.page.specific


def translation_of(page: Page, language_code: str) -> Page:
    return page.get_translation(locale(language_code)).specific


def first_of_type(model, language_code: str = SOURCE_LANGUAGE):
    """The first page of ``model`` in a locale, in tree order, or None."""
    return model.objects.filter(locale__language_code=language_code).order_by("path").first()


def _index(model, factory, parent, language_code: str):
    """The first ``model`` page of a locale; made under ``parent`` (a kk page) with its
    translations when the structure lacks it."""
    index = first_of_type(model, language_code)
    if index is None:
        translate_everywhere(factory(parent=parent))
        index = first_of_type(model, language_code)
    return index


def news_index(language_code: str = SOURCE_LANGUAGE) -> NewsIndexPage:
    """The News section (S1) of a locale."""
    return _index(NewsIndexPage, NewsIndexPageFactory, home_page(SOURCE_LANGUAGE), language_code)


def blog_index(language_code: str = SOURCE_LANGUAGE) -> BlogIndexPage:
    """The Rector's blog section (S1) of a locale."""
    return _index(BlogIndexPage, BlogIndexPageFactory, home_page(SOURCE_LANGUAGE), language_code)


def event_index(language_code: str = SOURCE_LANGUAGE) -> EventIndexPage:
    """The events calendar under News."""
    return _index(EventIndexPage, EventIndexPageFactory, news_index(), language_code)


def press_index(language_code: str = SOURCE_LANGUAGE) -> PressIndexPage:
    """The press centre under News."""
    return _index(PressIndexPage, PressIndexPageFactory, news_index(), language_code)


# --- Translations through wagtail-localize -------------------------------------------


def _translate_segments(source, target_locale, strings) -> None:
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = (strings or {}).get(segment.string.data)
        if text is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=target_locale,
            context=segment.context,
            defaults={
                "data": StringValue.from_plaintext(text).data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )


def translate(page: Page, language_code: str, strings: dict[str, str] | None = None) -> Page:
    """The ``language_code`` translation of a source page, made the way the translation
    editor makes it: a wagtail-localize source and translation, the given segment
    translations (source text → translated text; other segments keep the source text)
    saved as the target, then published. Returns the translated page.
    """
    page = page.specific
    target_locale = locale(language_code)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=target_locale
    )
    _translate_segments(source, target_locale, strings)
    # ``save_target(publish=True)`` defers publishing to ``transaction.on_commit``,
    # which never comes inside a test transaction: save a draft, publish it now.
    translation.save_target(publish=False)
    translated = page.get_translation(target_locale)
    translated.get_latest_revision().publish()
    translated.refresh_from_db()
    return translated.specific


def translate_snippet(instance, language_code: str, strings: dict[str, str] | None = None):
    """The ``language_code`` translation of a translatable snippet (a programme), made
    through wagtail-localize as for pages; segments not in ``strings`` keep the source."""
    target_locale = locale(language_code)
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=target_locale
    )
    _translate_segments(source, target_locale, strings)
    # A plain snippet has no drafts: saving the target is publishing it.
    translation.save_target(publish=True)
    return instance.get_translation(target_locale)


def translate_everywhere(page: Page, titles: dict[str, str] | None = None) -> dict[str, Page]:
    """The page in every language: the source, and a translation per target language
    whose title is ``titles[language]`` (default: the source title and the language)."""
    pages = {page.locale.language_code: page.specific}
    for language in TARGET_LANGUAGES:
        title = (titles or {}).get(language, f"{page.title} ({language})")
        pages[language] = translate(page, language, {page.title: title})
    return pages


# --- Files ---------------------------------------------------------------------------


def image_bytes(width: int = 1200, height: int = 800, *, format: str = "PNG") -> bytes:
    """A real image (the upload rules ask for at least 1200×800)."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (30, 90, 150)).save(buffer, format=format)
    return buffer.getvalue()


def pdf_bytes(text: str = "Test document") -> bytes:
    """A real one-page PDF that any viewer opens, showing ``text`` (ASCII)."""
    safe = text.encode("ascii", "replace").decode().replace("\\", "").replace("(", "")
    safe = safe.replace(")", "")
    stream = f"BT /F1 14 Tf 72 760 Td ({safe}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        pdf += b"%010d 00000 n \n" % offset
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(pdf)


class ImageFactory(wagtail_factories.ImageFactory):
    """A Wagtail image in the root collection, with real PNG bytes."""

    title = factory.Sequence(lambda n: f"Сынақ суреті {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.LazyAttribute(
        lambda obj: ContentFile(image_bytes(), name=f"{slugify(obj.title) or 'image'}.png")
    )


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A Wagtail document holding a real PDF, in the register's collection."""

    title = factory.Sequence(lambda n: f"Test document {n}")
    collection = factory.LazyFunction(register_collection)
    file = factory.LazyAttribute(
        lambda obj: ContentFile(pdf_bytes(obj.title), name=f"{slugify(obj.title) or 'doc'}.pdf")
    )


# --- Body stream blocks (portal.blocks) ----------------------------------------------


class ParagraphBlockFactory(wagtail_factories.blocks.BlockFactory):
    value = "<p>Сынақ мәтіні.</p>"

    class Meta:
        model = text_blocks.ParagraphBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return RichText(kwargs["value"])


class TextBlockFactory(wagtail_factories.blocks.BlockFactory):
    class Meta:
        model = wagtail_blocks.TextBlock


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Sequence(lambda n: f"Тақырып {n}")
    level = "h2"

    class Meta:
        model = text_blocks.HeadingBlock


class QuoteBlockFactory(wagtail_factories.StructBlockFactory):
    text = "Білім – болашақтың кілті."
    attribution = "Сынақ автор"
    role = "Ректор"

    class Meta:
        model = text_blocks.QuoteBlock


class TableRowBlockFactory(wagtail_factories.StructBlockFactory):
    cells = factory.LazyFunction(lambda: ["Бакалавриат", "4 жыл"])

    class Meta:
        model = text_blocks.TableRowBlock


class TableBlockFactory(wagtail_factories.StructBlockFactory):
    caption = "Оқу мерзімдері"
    header = factory.LazyFunction(lambda: ["Деңгей", "Мерзімі"])
    rows = wagtail_factories.ListBlockFactory(TableRowBlockFactory)
    first_column_is_header = True

    class Meta:
        model = text_blocks.TableBlock


class ImageChooserBlockFactory(wagtail_factories.ImageChooserBlockFactory):
    image = factory.SubFactory(ImageFactory)


class DocumentChooserBlockFactory(wagtail_factories.DocumentChooserBlockFactory):
    document = factory.SubFactory(DocumentFactory)


class ImageBlockFactory(wagtail_factories.StructBlockFactory):
    image = factory.SubFactory(ImageChooserBlockFactory)
    alt_text = "Кітапхананың оқу залындағы студенттер"
    caption = "Оқу залы"

    class Meta:
        model = ImageBlock


class GalleryBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Ашық есік күні"
    images = wagtail_factories.ListBlockFactory(ImageBlockFactory)

    class Meta:
        model = GalleryBlock


class VideoBlockFactory(wagtail_factories.StructBlockFactory):
    video = None  # set by the caller: an EmbedValue needs a URL and is fetched lazily
    title = "Университет туралы бейне"
    transcript = "Бейненің мәтіні."

    class Meta:
        model = VideoBlock


class DocumentLinkBlockFactory(wagtail_factories.StructBlockFactory):
    document = factory.SubFactory(DocumentChooserBlockFactory)
    title = "Академиялық күнтізбе"

    class Meta:
        model = DocumentLinkBlock


class LinkBlockFactory(wagtail_factories.StructBlockFactory):
    label = "Электрондық үкімет"
    page = None
    url = "https://www.gov.kz/"

    class Meta:
        model = LinkBlock


class LinksBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Пайдалы сілтемелер"
    links = wagtail_factories.ListBlockFactory(LinkBlockFactory)

    class Meta:
        model = LinksBlock


class CallToActionBlockFactory(wagtail_factories.StructBlockFactory):
    heading = "Құжат тапсыру"
    text = "Өтінімді онлайн жіберіңіз."
    link = factory.SubFactory(LinkBlockFactory)

    class Meta:
        model = CallToActionBlock


class ContactCardBlockFactory(wagtail_factories.StructBlockFactory):
    name = "Қабылдау комиссиясы"
    role = "Кеңесші"
    phone = "+7 7172 00 00 00"
    email = "admission@example.org"
    office = "Бас ғимарат, 104 бөлме"
    hours = "Дүйсенбі–жұма, 9:00–18:00"
    photo = None

    class Meta:
        model = ContactCardBlock


class PersonChooserBlockFactory(wagtail_factories.blocks.ChooserBlockFactory):
    person = factory.SubFactory("tests.factories.PublicPersonFactory")

    class Meta:
        model = PersonChooserBlock

    @classmethod
    def _build(cls, model_class, person):
        return person

    @classmethod
    def _create(cls, model_class, person):
        return person


class PersonCardBlockFactory(wagtail_factories.StructBlockFactory):
    person = factory.SubFactory(PersonChooserBlockFactory)
    role = ""

    class Meta:
        model = PersonCardBlock


class BodyStreamBlockFactory(wagtail_factories.StreamBlockFactory):
    """``body__0__heading__text="…"`` or ``body__0="table"`` (all defaults)."""

    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(ParagraphBlockFactory)
    image = factory.SubFactory(ImageBlockFactory)
    gallery = factory.SubFactory(GalleryBlockFactory)
    video = factory.SubFactory(VideoBlockFactory)
    document = factory.SubFactory(DocumentLinkBlockFactory)
    table = factory.SubFactory(TableBlockFactory)
    quote = factory.SubFactory(QuoteBlockFactory)
    links = factory.SubFactory(LinksBlockFactory)
    call_to_action = factory.SubFactory(CallToActionBlockFactory)
    contact = factory.SubFactory(ContactCardBlockFactory)
    person = factory.SubFactory(PersonCardBlockFactory)

    class Meta:
        model = BodyStreamBlock


def full_body() -> dict:
    """Factory arguments for a body using every block type that renders offline (the
    video block needs an oEmbed fetch, so it is left to the block tests)."""
    names = [name for name in BodyStreamBlock.base_blocks if name != "video"]
    arguments = {f"body__{index}": name for index, name in enumerate(names)}
    position = names.index("gallery")
    arguments[f"body__{position}__gallery__images__0__alt_text"] = "Бірінші сурет"
    arguments[f"body__{position}__gallery__images__1__alt_text"] = "Екінші сурет"
    position = names.index("links")
    arguments[f"body__{position}__links__links__0__label"] = "Электрондық үкімет"
    position = names.index("table")
    arguments[f"body__{position}__table__rows__0__cells"] = ["Бакалавриат", "4 жыл"]
    return arguments


# --- Pages -----------------------------------------------------------------------------


class BasePageFactory(wagtail_factories.PageFactory):
    """A live page with a published revision, in its parent's locale.

    Titles are Kazakh (the source language); slugs are Latin and unique, as editors
    make them. ``publish=False`` leaves a never-published draft.
    """

    title = factory.Sequence(lambda n: f"Сынақ беті {n}")
    slug = factory.Sequence(lambda n: f"test-page-{n}")
    intro = "Беттің қысқаша сипаттамасы."

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        if not create:
            return
        if extracted is False:
            obj.live = False
            obj.has_unpublished_changes = True
            obj.save()
            obj.save_revision()
        else:
            obj.save_revision().publish()
        obj.refresh_from_db()


class ContentPageFactory(BasePageFactory):
    body = wagtail_factories.StreamFieldFactory(BodyStreamBlockFactory)

    class Meta:
        abstract = True


class HomePageFactory(ContentPageFactory):
    class Meta:
        model = HomePage


class SectionPageFactory(ContentPageFactory):
    slug = factory.Sequence(lambda n: f"test-section-{n}")

    class Meta:
        model = SectionPage


class SubsectionPageFactory(ContentPageFactory):
    slug = factory.Sequence(lambda n: f"test-subsection-{n}")

    class Meta:
        model = SubsectionPage


class ExternalLinkPageFactory(BasePageFactory):
    slug = factory.Sequence(lambda n: f"test-link-{n}")
    link_url = "https://enbek.kz/"

    class Meta:
        model = ExternalLinkPage


class ContactsPageFactory(ContentPageFactory):
    slug = factory.Sequence(lambda n: f"test-contacts-{n}")
    address = "Астана қ., Қайым Мұхамедханов к-сі, 37А"
    phones = "+7 7172 00 00 00"
    emails = "info@example.org"
    working_hours = "Дүйсенбі–жұма, 9:00–18:00"

    class Meta:
        model = ContactsPage


class NewsIndexPageFactory(BasePageFactory):
    slug = factory.Sequence(lambda n: f"test-news-{n}")

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Сынақ жаңалығы {n}")
    slug = factory.Sequence(lambda n: f"test-news-item-{n}")
    date = factory.LazyFunction(timezone.localdate)
    category = "university"

    class Meta:
        model = NewsPage

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.tags.set(list(extracted))
            obj.save_revision().publish()


class BlogIndexPageFactory(BasePageFactory):
    slug = factory.Sequence(lambda n: f"test-blog-{n}")

    class Meta:
        model = BlogIndexPage


class BlogPostPageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Ректордың сынақ жазбасы {n}")
    slug = factory.Sequence(lambda n: f"test-post-{n}")
    date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = BlogPostPage


class EventIndexPageFactory(BasePageFactory):
    slug = factory.Sequence(lambda n: f"test-events-{n}")

    class Meta:
        model = EventIndexPage


class EventPageFactory(ContentPageFactory):
    """An event two weeks ahead, lasting two hours (announced well within P §7.4)."""

    title = factory.Sequence(lambda n: f"Сынақ іс-шарасы {n}")
    slug = factory.Sequence(lambda n: f"test-event-{n}")
    start = factory.LazyFunction(
        lambda: (timezone.now() + datetime.timedelta(days=14)).replace(microsecond=0)
    )
    end = factory.LazyAttribute(lambda obj: obj.start + datetime.timedelta(hours=2))
    place = "Бас ғимарат, акт залы"
    department = "Студенттер ісі жөніндегі бөлім"

    class Meta:
        model = EventPage


class PersonFactory(DjangoModelFactory):
    """A person of the directory, in the Kazakh source locale."""

    name = factory.Sequence(lambda n: f"Сынақ Тұлғасы {n}")
    slug = factory.Sequence(lambda n: f"test-person-{n}")
    position = "Оқытушы"
    category = Category.TEACHER
    locale = factory.LazyFunction(locale)

    class Meta:
        model = Person


class PublicPersonFactory(PersonFactory):
    """A person who may speak officially (the rector unless told otherwise)."""

    position = "Ректор"
    category = Category.LEADERSHIP
    public_position = PublicPosition.RECTOR


class PressIndexPageFactory(ContentPageFactory):
    slug = factory.Sequence(lambda n: f"test-press-{n}")

    class Meta:
        model = PressIndexPage


class PressReleasePageFactory(ContentPageFactory):
    title = factory.Sequence(lambda n: f"Сынақ баспасөз релизі {n}")
    slug = factory.Sequence(lambda n: f"test-release-{n}")
    date = factory.LazyFunction(timezone.localdate)
    kind = PressReleasePage.Kind.RELEASE
    speaker = factory.SubFactory(PublicPersonFactory)

    class Meta:
        model = PressReleasePage


class DirectoryPageFactory(ContentPageFactory):
    slug = factory.Sequence(lambda n: f"test-directory-{n}")

    class Meta:
        model = DirectoryPage


class ExpertIndexPageFactory(ContentPageFactory):
    slug = factory.Sequence(lambda n: f"test-experts-{n}")

    class Meta:
        model = ExpertIndexPage


class CouncilIndexPageFactory(ContentPageFactory):
    slug = factory.Sequence(lambda n: f"test-councils-{n}")

    class Meta:
        model = CouncilIndexPage


class MediaCornerPageFactory(ContentPageFactory):
    slug = factory.Sequence(lambda n: f"test-media-corner-{n}")
    press_email = "press@example.org"
    press_phone = "+7 (7172) 00-00-20"
    press_hours = "Дс–Жм, 9:00–18:00"

    class Meta:
        model = MediaCornerPage


class DocumentLibraryPageFactory(ContentPageFactory):
    slug = factory.Sequence(lambda n: f"test-library-{n}")
    category = ""

    class Meta:
        model = DocumentLibraryPage


class DisclosurePageFactory(ContentPageFactory):
    slug = factory.Sequence(lambda n: f"test-disclosure-{n}")
    founding = "2003 жылы құрылған"
    location = "Астана қаласы"
    working_hours = "Дүйсенбі–жұма, 9:00–18:00"
    phones = "+7 7172 00 00 00"
    emails = "info@example.org"
    structure = "Ғылыми кеңес, ректорат"
    study_forms = "Күндізгі, сырттай"
    head = "Ректор"
    facilities = "Оқу корпустары, зертханалар"
    library = "Ғылыми кітапхана"
    electronic_resources = "Электрондық кітапхана"

    class Meta:
        model = DisclosurePage


class OpenDataCatalogPageFactory(ContentPageFactory):
    slug = factory.Sequence(lambda n: f"test-open-data-{n}")

    class Meta:
        model = OpenDataCatalogPage


# Every concrete page model → its factory. ``tests/portal/test_page_types.py`` fails
# when a page type has no factory here, so a new type cannot go untested.
PAGE_FACTORIES = {
    factory_class._meta.model: factory_class
    for factory_class in (
        HomePageFactory,
        SectionPageFactory,
        SubsectionPageFactory,
        ExternalLinkPageFactory,
        ContactsPageFactory,
        NewsIndexPageFactory,
        NewsPageFactory,
        BlogIndexPageFactory,
        BlogPostPageFactory,
        EventIndexPageFactory,
        EventPageFactory,
        PressIndexPageFactory,
        PressReleasePageFactory,
        DocumentLibraryPageFactory,
        DisclosurePageFactory,
        OpenDataCatalogPageFactory,
        DirectoryPageFactory,
        ExpertIndexPageFactory,
        CouncilIndexPageFactory,
        MediaCornerPageFactory,
    )
}


def portal_page_models() -> list:
    """Every page type of the portal, from Wagtail's registry (not a hand-kept list)."""
    from wagtail.models import get_page_models

    return [model for model in get_page_models() if model is not Page]


def place_for(model, language_code: str = SOURCE_LANGUAGE) -> Page:
    """A parent under which a new page of ``model`` is allowed, in the prescribed tree
    of ``language_code`` (made on the spot for dated items)."""
    if model is HomePage:
        return home_page(language_code)
    if model in (NewsPage, EventIndexPage, PressIndexPage):
        return news_index(language_code)
    if model is BlogPostPage:
        return blog_index(language_code)
    if model is EventPage:
        return event_index(language_code)
    if model in (PressReleasePage, MediaCornerPage):
        return press_index(language_code)
    if model in (NewsIndexPage, BlogIndexPage, ContactsPage, SectionPage):
        return home_page(language_code)
    return sections(language_code)[0]


def page_of_type(model, language_code: str = SOURCE_LANGUAGE, **kwargs) -> Page:
    """A live page of ``model`` with a full body, built by its factory in a place the
    tree allows. The home page is the locale's own (there is one per locale)."""
    if model is HomePage:
        return home_page(language_code)
    factory_class = PAGE_FACTORIES[model]
    arguments = dict(kwargs)
    if issubclass(factory_class, ContentPageFactory):
        arguments = {**full_body(), **arguments}
    return factory_class(parent=place_for(model, language_code), **arguments)


# --- Register, programmes, comments ----------------------------------------------------


class RegisteredDocumentFactory(DjangoModelFactory):
    """A register entry; ``versions=N`` gives it N versions with kk/ru/en PDFs."""

    code = factory.Sequence(lambda n: f"ТЕСТ–СЫН–ҚЖ–7.5–2025–{n // 100 % 100:02d}.{n % 100:02d}")
    title_kk = factory.Sequence(lambda n: f"Сынақ ережесі {n}")
    title_ru = factory.Sequence(lambda n: f"Тестовое положение {n}")
    title_en = factory.Sequence(lambda n: f"Test regulation {n}")
    category = "regulation"
    restricted = False
    withdrawn = False

    class Meta:
        model = RegisteredDocument
        skip_postgeneration_save = True

    @factory.post_generation
    def versions(obj, create, extracted, **kwargs):
        if not create:
            return
        for number in range(extracted if extracted is not None else 1):
            DocumentVersionFactory(document=obj, effective_date=datetime.date(2024 + number, 9, 1))
        if extracted != 0:
            obj.save()  # moves the files into the collection the entry calls for


class DocumentVersionFactory(DjangoModelFactory):
    document = factory.SubFactory(RegisteredDocumentFactory, versions=0)
    effective_date = datetime.date(2025, 9, 1)
    file_kk = factory.SubFactory(DocumentFactory)
    file_ru = factory.SubFactory(DocumentFactory)
    file_en = factory.SubFactory(DocumentFactory)
    note = ""

    class Meta:
        model = DocumentVersion


class ProgrammeFactory(DjangoModelFactory):
    code = factory.Sequence(lambda n: f"6B99{n:03d}")
    name = factory.Sequence(lambda n: f"Сынақ бағдарламасы {n}")
    level = Level.BACHELOR
    study_form = StudyForm.FULL_TIME
    instruction_languages = "қазақ, орыс"
    accreditation_body = "IAAR"
    accredited_until = datetime.date(2029, 6, 30)
    disciplines = "Математика\nФизика"
    locale = factory.LazyFunction(locale)

    class Meta:
        model = Programme


class BlogCommentFactory(DjangoModelFactory):
    post = factory.SubFactory(BlogPostPageFactory, parent=factory.LazyFunction(blog_index))
    name = "Айгерім"
    email = "aigerim@example.com"
    text = "Рахмет, өте пайдалы жазба!"
    status = BlogComment.Status.PENDING

    class Meta:
        model = BlogComment


# --- Users in their roles --------------------------------------------------------------


class UserFactory(DjangoModelFactory):
    """A member of staff who can sign in to the admin with ``PASSWORD``.

    ``groups=["Section approvers"]`` puts them in role groups made by ``setup_roles``;
    ``admin_language="ru"`` sets the admin language of their account.
    """

    username = factory.Sequence(lambda n: f"staff-{n}")
    email = factory.LazyAttribute(lambda obj: f"{obj.username}@example.org")
    is_staff = True
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.groups.add(*Group.objects.filter(name__in=extracted))
        if create:
            obj.save()

    @factory.post_generation
    def admin_language(obj, create, extracted, **kwargs):
        if create:
            profile = UserProfile.get_for_user(obj)
            profile.preferred_language = extracted or SOURCE_LANGUAGE
            profile.save(update_fields=["preferred_language"])


class SuperuserFactory(UserFactory):
    username = factory.Sequence(lambda n: f"admin-{n}")
    is_superuser = True


def role_user(group_name: str, **kwargs):
    """A user in one role group (W1), e.g. ``role_user(roles.SECTION_APPROVERS)``.
    Translators get the admin in their own language, as they work in it."""
    language = next((code for code, name in roles.TRANSLATORS.items() if name == group_name), None)
    kwargs.setdefault("admin_language", language)
    return UserFactory(groups=[group_name], **kwargs)


def page_in_every_language(model, **kwargs) -> dict[str, Page]:
    """A page of ``model`` in kk with its ru and en translations (language → page)."""
    if model is HomePage:
        return {code: home_page(code) for code in LANGUAGE_CODES}
    return translate_everywhere(page_of_type(model, **kwargs))


def own_news_index() -> dict[str, NewsIndexPage]:
    """A news index of the test's own under each home page (language → index), so a
    listing shows exactly the items the test made, whatever else the site holds."""
    return translate_everywhere(NewsIndexPageFactory(parent=home_page(SOURCE_LANGUAGE)))


def news_item(index: NewsIndexPage, titles: dict[str, str] | None = None, **kwargs):
    """A news item under a kk index with its ru/en translations (language → item).
    ``titles`` gives the title per language (kk is the source title)."""
    titles = dict(titles or {})
    if "kk" in titles:
        kwargs.setdefault("title", titles.pop("kk"))
    tags = kwargs.pop("tags", None)
    item = NewsPageFactory(parent=index, **kwargs)
    items = translate_everywhere(item, titles)
    if tags:
        for language, page in items.items():
            page.tags.set(tags[language] if isinstance(tags, dict) else tags)
            page.save_revision().publish()
    return items


def the_page(model, language_code: str = SOURCE_LANGUAGE) -> Page:
    """The page of a type the site has one of (the disclosure page, the open-data
    catalogue): the prescribed one when the structure has it, else one made here with
    its translations."""
    page = first_of_type(model, language_code)
    if page is None:
        page = page_in_every_language(model)[language_code]
    return page.specific


# --- Units, submissions, discussions (engagement.participation) ----------------------


class UnitFactory(DjangoModelFactory):
    """A unit of the register in the source locale (no page, nobody responsible)."""

    name = factory.Sequence(lambda n: f"Сынақ бөлімі {n}")
    abbreviation = factory.Sequence(lambda n: f"SB{n}")
    kind = "department"
    locale = factory.LazyFunction(locale)

    class Meta:
        model = "people.Unit"


class DiscussionPageFactory(ContentPageFactory):
    """A discussion open since yesterday for a week."""

    title = factory.Sequence(lambda n: f"Сынақ талқылауы {n}")
    slug = factory.Sequence(lambda n: f"test-discussion-{n}")
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    outcome = "<p>Талқылау қорытындысы жарияланды.</p>"

    class Meta:
        model = DiscussionPage


PAGE_FACTORIES[DiscussionPage] = DiscussionPageFactory


class ProposalFactory(DjangoModelFactory):
    name = "Ерлан"
    email = "erlan@example.com"
    text = "Үшінші тармаққа студенттер кеңесінің пікірін қосу керек."
    consent_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Proposal


# --- Information requests (engagement.information_requests) -----------------------------


class InformationRequestFactory(DjangoModelFactory):
    """A request as the public form registers it: numbered and dated by the engine.
    Pass ``received_at`` for a fixed moment of receipt."""

    kind = "citizen"
    language = "ru"
    name = factory.Sequence(lambda n: f"Айгерим Сарсенова {n}")
    email = factory.Sequence(lambda n: f"requester{n}@example.org")
    phone = "+7 701 000 00 00"
    subject = "Учебный план"
    text = "Прошу предоставить учебный план специальности «Информационные системы»."
    consent_at = factory.LazyFunction(timezone.now)
    received_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = "information_requests.InformationRequest"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        from engagement.information_requests.services import register

        return register(model_class(*args, **kwargs))


# --- People: the directory, experts (issue 15) ----------------------------------------


class ExpertFactory(PersonFactory):
    """An expert the rector approved a month ago, with two areas of expertise."""

    expertise = "Азық-түлік қауіпсіздігі\nТамақ өнеркәсібі"
    expert_approved_on = factory.LazyFunction(
        lambda: timezone.localdate() - datetime.timedelta(days=30)
    )


def person_everywhere(person: Person, names: dict[str, str] | None = None) -> dict[str, Person]:
    """The person in every language (language → person), translated through
    wagtail-localize; ``names`` gives the name per target language."""
    people = {person.locale.language_code: person}
    for language in TARGET_LANGUAGES:
        name = (names or {}).get(language, person.name)
        people[language] = translate_snippet(person, language, {person.name: name})
    return people


def directory(language_code: str = SOURCE_LANGUAGE) -> DirectoryPage:
    """The prescribed directory page of a locale."""
    return first_of_type(DirectoryPage, language_code)


def experts_page(language_code: str = SOURCE_LANGUAGE) -> ExpertIndexPage:
    """The prescribed experts pool page of a locale."""
    return first_of_type(ExpertIndexPage, language_code)


def media_corner(language_code: str = SOURCE_LANGUAGE) -> MediaCornerPage:
    """The prescribed media corner under the press centre of a locale."""
    return first_of_type(MediaCornerPage, language_code)


class MediaMentionFactory(DjangoModelFactory):
    outlet = factory.Sequence(lambda n: f"Test Outlet {n}")
    title = factory.Sequence(lambda n: f"Сынақ мақаласы {n}")
    date = factory.LazyFunction(timezone.localdate)
    language = "kk"
    url = factory.Sequence(lambda n: f"https://news.example.org/{n}")

    class Meta:
        model = MediaMention


class CouncilFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Сынақ қоғамдық кеңесі {n}")
    purpose = "Университет қызметін қоғамдық бақылау."
    locale = factory.LazyFunction(locale)

    class Meta:
        model = Council


def council_member(council: Council, **kwargs) -> CouncilMember:
    return CouncilMember.objects.create(council=council, locale=council.locale, **kwargs)


def council_meeting(council: Council, **kwargs) -> CouncilMeeting:
    return CouncilMeeting.objects.create(council=council, locale=council.locale, **kwargs)


def councils_page(language_code: str = SOURCE_LANGUAGE) -> CouncilIndexPage:
    return first_of_type(CouncilIndexPage, language_code)


# --- Home page blocks (home.blocks) ----------------------------------------------------


class HeroBlockFactory(wagtail_factories.StructBlockFactory):
    image = factory.SubFactory(ImageChooserBlockFactory)
    alt_text = "Университеттің бас ғимараты"
    caption = "Бас ғимарат, күз"
    credit = "Фото: А. Сейтқали"

    class Meta:
        model = home_blocks.HeroBlock


class AudiencePathBlockFactory(wagtail_factories.StructBlockFactory):
    audience = "applicant"
    link = factory.SubFactory(LinkBlockFactory, label="Талапкерге", url="https://example.kz/")
    description = "Қабылдау мерзімдері мен гранттар"

    class Meta:
        model = home_blocks.AudiencePathBlock


class AudiencePathsBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Кімге не керек"
    paths = wagtail_factories.ListBlockFactory(AudiencePathBlockFactory)

    class Meta:
        model = home_blocks.AudiencePathsBlock


class FigureBlockFactory(wagtail_factories.StructBlockFactory):
    number = "2003"
    label = "құрылған жылы"

    class Meta:
        model = home_blocks.FigureBlock


class KeyFiguresBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Университет сандармен"
    figures = wagtail_factories.ListBlockFactory(FigureBlockFactory)

    class Meta:
        model = home_blocks.KeyFiguresBlock


class SearchBlockFactory(wagtail_factories.StructBlockFactory):
    title = ""

    class Meta:
        model = home_blocks.SearchBlock


class LatestNewsBlockFactory(wagtail_factories.StructBlockFactory):
    title = ""
    count = 3

    class Meta:
        model = home_blocks.LatestNewsBlock


class UpcomingEventsBlockFactory(wagtail_factories.StructBlockFactory):
    title = ""
    count = 3

    class Meta:
        model = home_blocks.UpcomingEventsBlock


class RectorPostBlockFactory(wagtail_factories.StructBlockFactory):
    title = ""
    count = 1

    class Meta:
        model = home_blocks.RectorPostBlock


class SubsectionsBlockFactory(wagtail_factories.StructBlockFactory):
    title = ""

    class Meta:
        model = home_blocks.SubsectionsBlock


class HomeStreamBlockFactory(BodyStreamBlockFactory):
    """``home_body(**{"0": "hero", "1__news__count": 2})``: the home blocks and every
    body block, under the names of ``home.blocks.HomeStreamBlock``."""

    hero = factory.SubFactory(HeroBlockFactory)
    search = factory.SubFactory(SearchBlockFactory)
    paths = factory.SubFactory(AudiencePathsBlockFactory)
    news = factory.SubFactory(LatestNewsBlockFactory)
    events = factory.SubFactory(UpcomingEventsBlockFactory)
    figures = factory.SubFactory(KeyFiguresBlockFactory)
    rector_post = factory.SubFactory(RectorPostBlockFactory)
    sections = factory.SubFactory(SubsectionsBlockFactory)

    class Meta:
        model = home_blocks.HomeStreamBlock


def home_body(**kwargs):
    """A home page body (a StreamValue) built by ``HomeStreamBlockFactory``."""
    return HomeStreamBlockFactory(**kwargs)


def publish_home_body(language_code: str = SOURCE_LANGUAGE, **kwargs) -> HomePage:
    """Give the bootstrapped home page of ``language_code`` a factory-made body, live."""
    home = home_page(language_code)
    home.body = home_body(**kwargs)
    home.save_revision().publish()
    home.refresh_from_db()
    return home
