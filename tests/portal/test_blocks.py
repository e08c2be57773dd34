"""The shared StreamField blocks: what editors are stopped from saving, what visitors see,
and what reaches translators through wagtail-localize."""

import json
import socket
from io import BytesIO

from django.apps import apps
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.urls import reverse
from django.utils import translation
from django.utils.functional import Promise

from wagtail import blocks
from wagtail.blocks.base import BlockWidget
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.finders import get_finders
from wagtail.embeds.models import Embed
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import StreamFieldSegmentExtractor
from wagtail_localize.segments.ingest import StreamFieldSegmentsWriter

import pytest
from PIL import Image as PILImage

from portal.blocks import (
    BodyStreamBlock,
    CallToActionBlock,
    ContactCardBlock,
    DocumentLinkBlock,
    GalleryBlock,
    HeadingBlock,
    ImageBlock,
    LinkBlock,
    LinksBlock,
    ParagraphBlock,
    QuoteBlock,
    TableBlock,
    VideoBlock,
)
from tests import factories

VIDEO_URL = "https://www.youtube.com/watch?v=mwrGSfiB1Mg"


# --- helpers -------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded test files go to a throwaway directory."""
    settings.MEDIA_ROOT = tmp_path / "media"


def make_image(title="Кампус", size=(48, 32)):
    buffer = BytesIO()
    PILImage.new("RGB", size, (11, 79, 138)).save(buffer, format="PNG")
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name="campus.png"))


def make_document(title="Академиялық күнтізбе", content=b"%PDF-1.4\n" + b"0" * 2039):
    return get_document_model().objects.create(
        title=title, file=ContentFile(content, name="academic-calendar.pdf")
    )


def stored(stream_block, items):
    """The stream value as a page gets it back from the database (JSON with block ids)."""
    raw = stream_block.get_prep_value(stream_block.normalize(items))
    return stream_block.to_python(json.loads(json.dumps(raw)))


def render(block, value, **context):
    return block.render(block.normalize(value), context=context or None)


def codes(error):
    """The codes of a field's validation error (Wagtail wraps them in a list)."""
    return {e.code for e in error.error_list}


def cell_errors(error):
    """Row index -> messages, for the rows a table error points at."""
    rows = error.as_json_data()["blockErrors"]["rows"]["blockErrors"]
    return {int(index): row["blockErrors"]["cells"]["messages"] for index, row in rows.items()}


TABLE = {
    "caption": "Оқу ақысы, 2025/2026",
    "header": ["Бағдарлама", "Күндізгі", "Сырттай"],
    "rows": [
        {"cells": ["Информатика", "1 250 000", "900 000"]},
        {"cells": ["Тамақ технологиясы", "1 100 000", "800 000"]},
    ],
    "first_column_is_header": False,
}


# --- text --------------------------------------------------------------------------


def test_heading_renders_at_the_chosen_level():
    html = render(HeadingBlock(), {"text": "Қабылдау", "level": "h3"})

    assert '<h3 class="block-heading block-heading--h3">Қабылдау</h3>' in html


def test_heading_level_outside_h2_to_h4_is_rejected():
    with pytest.raises(blocks.StructBlockValidationError) as excinfo:
        HeadingBlock().clean(HeadingBlock().normalize({"text": "Қабылдау", "level": "h1"}))

    assert "level" in excinfo.value.block_errors


def test_heading_with_tampered_level_still_renders_as_h2():
    block = HeadingBlock()
    value = block.to_python({"text": "Қабылдау", "level": "script"})

    assert block.render(value).strip().startswith("<h2 ")


def test_paragraph_offers_no_headings_to_editors():
    features = ParagraphBlock().features

    assert {"bold", "italic", "link", "document-link", "ol", "ul"} <= set(features)
    assert not {"h1", "h2", "h3", "h4", "h5", "h6"} & set(features)


def test_quote_shows_who_said_it_and_their_role():
    html = render(
        QuoteBlock(),
        {"text": "Білім — бақыт кілті.", "attribution": "Айгерім Садықова", "role": "Ректор"},
    )

    assert "<blockquote" in html and "Білім — бақыт кілті." in html
    assert '<span class="block-quote__name">Айгерім Садықова</span>' in html
    assert '<span class="block-quote__role">Ректор</span>' in html


def test_quote_without_attribution_has_no_empty_caption():
    html = render(QuoteBlock(), {"text": "Білім — бақыт кілті.", "attribution": "", "role": ""})

    assert "figcaption" not in html


# --- table -------------------------------------------------------------------------


def test_table_has_caption_and_column_headers_for_screen_readers():
    html = render(TableBlock(), TABLE)

    assert '<caption class="block-table__caption">Оқу ақысы, 2025/2026</caption>' in html
    assert html.count('<th scope="col"') == 3
    assert html.count("<td ") == 6
    assert 'role="region" aria-label="Оқу ақысы, 2025/2026" tabindex="0"' in html


def test_table_first_column_can_name_the_rows():
    html = render(TableBlock(), {**TABLE, "first_column_is_header": True})

    assert '<th scope="row" class="block-table__row-heading">Информатика</th>' in html
    assert html.count("<td ") == 4


def test_table_with_a_cell_for_every_column_is_accepted():
    block = TableBlock()

    assert block.clean(block.normalize(TABLE))["caption"] == TABLE["caption"]


def test_table_row_with_wrong_cell_count_is_rejected():
    block = TableBlock()
    value = {
        **TABLE,
        "rows": [
            {"cells": ["Информатика", "1 250 000", "900 000"]},
            {"cells": ["Тамақ технологиясы", "1 100 000"]},
            {"cells": ["Экономика", "1", "2", "3"]},
        ],
    }

    with translation.override("en"):
        with pytest.raises(blocks.StructBlockValidationError) as excinfo:
            block.clean(block.normalize(value))
        errors = cell_errors(excinfo.value)
        assert set(errors) == {1, 2}, "only the faulty rows are flagged"
        assert [str(message) for message in errors[1]] == [
            "This row has a different number of cells (2) than the table has column headings (3)."
        ]
        assert excinfo.value.as_json_data()["messages"] == [
            "Every row needs exactly one cell for each column heading."
        ]


def test_table_text_is_extracted_for_translation():
    body = BodyStreamBlock()
    value = stored(
        body,
        [
            ("heading", {"text": "Оқу ақысы", "level": "h2"}),
            ("table", TABLE),
            ("quote", {"text": "Білім — бақыт кілті.", "attribution": "Ректор", "role": ""}),
        ],
    )

    segments = StreamFieldSegmentExtractor(StreamField(BodyStreamBlock())).handle_stream_block(
        value
    )
    texts = [s.render_text() for s in segments if isinstance(s, StringSegmentValue)]

    for text in [
        "Оқу ақысы",
        TABLE["caption"],
        *TABLE["header"],
        *TABLE["rows"][0]["cells"],
        *TABLE["rows"][1]["cells"],
        "Білім — бақыт кілті.",
        "Ректор",
    ]:
        assert text in texts, f"{text!r} never reaches translators"
    assert "h2" not in texts, "the heading level is not text"


@pytest.mark.django_db
def test_translated_table_is_written_back_cell_by_cell():
    body = BodyStreamBlock()
    field = StreamField(BodyStreamBlock())
    value = stored(body, [("table", TABLE)])
    segments = StreamFieldSegmentExtractor(field).handle_stream_block(value)
    russian = {
        "Оқу ақысы, 2025/2026": "Стоимость обучения, 2025/2026",
        "Бағдарлама": "Программа",
        "Күндізгі": "Очная",
        "Сырттай": "Заочная",
        "Информатика": "Информатика",
        "Тамақ технологиясы": "Технология пищевых продуктов",
    }
    translated = [
        StringSegmentValue(s.path, russian.get(s.render_text(), s.render_text())) for s in segments
    ]

    StreamFieldSegmentsWriter(
        field,
        Locale.objects.get_or_create(language_code="kk")[0],
        Locale.objects.get_or_create(language_code="ru")[0],
    ).handle_stream_block(value, translated)
    html = value[0].render()

    assert "<caption" in html and "Стоимость обучения, 2025/2026" in html
    assert '<th scope="col" class="block-table__heading">Очная</th>' in html
    assert "Технология пищевых продуктов" in html
    assert "Сырттай" not in html


# --- images ------------------------------------------------------------------------


def test_image_without_alt_text_is_rejected():
    block = ImageBlock()

    with pytest.raises(blocks.StructBlockValidationError) as excinfo:
        block.clean(block.normalize({"image": None, "alt_text": "", "caption": ""}))

    assert "alt_text" in excinfo.value.block_errors


@pytest.mark.django_db
def test_image_file_name_as_alt_text_is_rejected():
    block = ImageBlock()
    value = {"image": make_image(), "alt_text": "IMG_0412.JPG", "caption": ""}

    with pytest.raises(blocks.StructBlockValidationError) as excinfo:
        block.clean(block.normalize(value))

    assert codes(excinfo.value.block_errors["alt_text"]) == {"alt_text_is_file_name"}


@pytest.mark.django_db
def test_image_is_responsive_and_carries_its_alt_text():
    image = make_image()
    html = render(
        ImageBlock(),
        {"image": image, "alt_text": "Кітапханадағы студенттер", "caption": "Оқу залы"},
    )

    assert "<picture>" in html
    assert 'type="image/webp"' in html
    assert "srcset=" in html and "sizes=" in html
    assert 'alt="Кітапханадағы студенттер"' in html
    assert '<figcaption class="block-image__caption">Оқу залы</figcaption>' in html


@pytest.mark.django_db
def test_gallery_needs_at_least_two_images():
    block = GalleryBlock()
    one = {"image": make_image(), "alt_text": "Ашық есік күні", "caption": ""}

    with pytest.raises(blocks.StructBlockValidationError) as excinfo:
        block.clean(block.normalize({"title": "", "images": [one]}))
    assert "images" in excinfo.value.block_errors

    assert block.clean(block.normalize({"title": "", "images": [one, one]}))


@pytest.mark.django_db
def test_gallery_lists_every_image_with_its_alt_text():
    image = make_image()
    html = render(
        GalleryBlock(),
        {
            "title": "Ашық есік күні",
            "images": [
                {"image": image, "alt_text": "Зертханадағы талапкерлер", "caption": ""},
                {"image": image, "alt_text": "Ректордың сөзі", "caption": ""},
            ],
        },
    )

    assert html.count('<li class="block-gallery__item">') == 2
    assert 'alt="Зертханадағы талапкерлер"' in html and 'alt="Ректордың сөзі"' in html
    assert "(min-width: 60rem) 20rem" in html, "gallery images ask for smaller renditions"


# --- video -------------------------------------------------------------------------


@pytest.fixture
def unreachable_video_site(settings):
    """Point the oEmbed finder at a closed local port: the lookup really fails, as offline."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.WAGTAILEMBEDS_FINDERS = [
        {
            "class": "wagtail.embeds.finders.oembed",
            "providers": [
                {
                    "endpoint": f"http://127.0.0.1:{port}/oembed",
                    "urls": [r"^https://www\.youtube\.com/watch\?v=.+$"],
                }
            ],
        }
    ]
    get_finders.cache_clear()
    yield
    get_finders.cache_clear()


VIDEO = {"video": VIDEO_URL, "title": "Кампусқа саяхат", "transcript": ""}


@pytest.mark.django_db
def test_video_without_network_still_links_to_the_video(unreachable_video_site):
    html = render(VideoBlock(), VIDEO)

    assert f'href="{VIDEO_URL}"' in html
    assert "Кампусқа саяхат" in html
    assert "<iframe" not in html
    assert "block-video__player" not in html


@pytest.mark.django_db
def test_video_shows_the_player_when_the_embed_is_available(unreachable_video_site):
    Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html='<iframe title="Кампусқа саяхат" src="https://www.youtube-nocookie.com/embed/x">'
        "</iframe>",
        width=640,
        height=360,
    )

    html = render(VideoBlock(), VIDEO)

    assert '<div class="block-video__player">' in html and "<iframe" in html
    assert f'href="{VIDEO_URL}"' in html, "the plain link stays next to the player"


@pytest.mark.django_db
def test_video_transcript_is_offered_below_the_video(unreachable_video_site):
    html = render(VideoBlock(), {**VIDEO, "transcript": "Ректор студенттерді қарсы алады."})

    assert "<details" in html and "Ректор студенттерді қарсы алады." in html


@pytest.mark.django_db
def test_video_can_be_saved_while_the_video_site_is_unreachable(unreachable_video_site):
    block = VideoBlock()

    cleaned = block.clean(block.normalize(VIDEO))

    assert cleaned["video"].url == VIDEO_URL


@pytest.mark.django_db
def test_video_needs_a_title_and_a_valid_address(unreachable_video_site):
    block = VideoBlock()

    with pytest.raises(blocks.StructBlockValidationError) as excinfo:
        block.clean(block.normalize({**VIDEO, "video": "not a url", "title": ""}))

    assert set(excinfo.value.block_errors) == {"video", "title"}


# --- documents ---------------------------------------------------------------------


@pytest.mark.django_db
def test_document_link_shows_title_file_type_and_size():
    document = make_document()

    with translation.override("en"):
        html = render(DocumentLinkBlock(), {"document": document, "title": ""})

    assert f'href="{document.url}"' in html
    assert "Академиялық күнтізбе" in html
    assert ">PDF</abbr>" in html
    assert "2.0\xa0KB" in html


@pytest.mark.django_db
def test_document_link_title_replaces_the_document_title():
    html = render(
        DocumentLinkBlock(),
        {"document": make_document(), "title": "Академический календарь"},
    )

    assert "Академический календарь" in html
    assert "Академиялық күнтізбе" not in html


# --- links -------------------------------------------------------------------------


@pytest.fixture
def translated_page(db):
    """A published Kazakh page with a published Russian translation."""
    russian = Locale.objects.get_or_create(language_code="ru")[0]
    home = Site.objects.get(is_default_site=True).root_page
    page = home.add_child(instance=Page(title="Блоктар сынағы", slug="bloktar-synagy"))
    page_ru = page.copy_for_translation(russian, copy_parents=True)
    page_ru.title = "Проверка блоков"
    page_ru.save_revision().publish()
    cache.clear()  # site root paths are cached; a new Russian home must be seen
    return page, Page.objects.get(pk=page_ru.pk)


def link(**value):
    return {"label": "", "page": None, "url": "", **value}


@pytest.mark.django_db
def test_link_needs_exactly_one_target(translated_page):
    block = LinkBlock()
    page, _page_ru = translated_page

    for value, code in [
        (link(label="Бос"), "link_has_no_target"),
        (link(label="Екеуі", page=page, url="https://www.gov.kz/"), "link_has_two_targets"),
    ]:
        with pytest.raises(blocks.StructBlockValidationError) as excinfo:
            block.clean(block.normalize(value))
        assert [e.code for e in excinfo.value.non_block_errors.as_data()] == [code]

    assert block.clean(block.normalize(link(page=page)))
    assert block.clean(block.normalize(link(label="eGov", url="https://www.gov.kz/")))


def test_external_link_without_label_is_rejected():
    block = LinkBlock()

    with pytest.raises(blocks.StructBlockValidationError) as excinfo:
        block.clean(block.normalize(link(url="https://www.gov.kz/")))

    assert excinfo.value.block_errors["label"].code == "external_link_needs_label"


def test_external_link_is_marked_external():
    with translation.override("en"):
        html = render(LinkBlock(), link(label="eGov", url="https://www.gov.kz/"))

    assert 'href="https://www.gov.kz/"' in html
    assert 'rel="external noopener"' in html
    assert '<span class="block-visually-hidden"> (external link)</span>' in html
    assert '<span class="block-link__marker" aria-hidden="true"> ↗</span>' in html


def test_link_with_a_script_address_is_never_rendered():
    block = LinkBlock()
    value = block.to_python(link(label="Click", url="javascript:alert(1)"))

    assert "javascript:" not in block.render(value)


@pytest.mark.django_db
def test_page_link_leads_to_the_page_in_the_visitors_language(translated_page):
    page, page_ru = translated_page
    block = LinkBlock()
    value = block.to_python(link(page=page.pk))

    with translation.override("ru"):
        html_ru = block.render(value)
        url_ru = page_ru.url
    with translation.override("kk"):
        html_kk = block.render(value)
        url_kk = page.url

    assert url_ru != url_kk
    assert f'href="{url_ru}"' in html_ru and ">Проверка блоков</a>" in html_ru
    assert f'href="{url_kk}"' in html_kk and ">Блоктар сынағы</a>" in html_kk
    assert "external" not in html_ru


@pytest.mark.django_db
def test_page_link_falls_back_to_the_source_while_the_translation_is_a_draft(
    translated_page,
):
    page, page_ru = translated_page
    page_ru.unpublish()
    value = LinkBlock().to_python(link(page=page.pk))

    with translation.override("ru"):
        html = LinkBlock().render(value)
        url_kk = page.url

    assert f'href="{url_kk}"' in html and "Блоктар сынағы" in html


@pytest.mark.django_db
def test_links_to_unpublished_pages_are_left_out(translated_page):
    page, page_ru = translated_page
    page.unpublish()
    page_ru.unpublish()
    block = LinksBlock()
    value = block.to_python(
        {
            "title": "Пайдалы сілтемелер",
            "links": [link(page=page.pk), link(label="eGov", url="https://www.gov.kz/")],
        }
    )

    html = block.render(value)

    assert html.count("<li") == 1 and "eGov" in html and "Блоктар" not in html


def test_call_to_action_shows_heading_text_and_button():
    html = render(
        CallToActionBlock(),
        {
            "heading": "Құжат тапсыру",
            "text": "25 тамызға дейін.",
            "link": link(label="Өтініш жіберу", url="https://www.gov.kz/"),
        },
    )

    assert '<h2 class="block-cta__heading">Құжат тапсыру</h2>' in html
    assert "25 тамызға дейін." in html
    assert "block-cta__button" in html and "Өтініш жіберу" in html


# --- contact card ------------------------------------------------------------------

CONTACT = {
    "name": "Қабылдау бөлімі",
    "role": "",
    "phone": "",
    "email": "",
    "office": "",
    "hours": "",
    "photo": None,
}


@pytest.mark.parametrize(
    "phone", ["+7 (7172) 12-34-56", "8 7172 123456", "+77171234567", "(7172) 123-456"]
)
def test_contact_phone_accepts_usual_ways_of_writing_a_number(phone):
    block = ContactCardBlock()

    assert block.clean(block.normalize({**CONTACT, "phone": phone}))


@pytest.mark.parametrize(
    "phone", ["call 12345", "+7 7172 12 34 56 ext. 2", "12-34", "++77172123456"]
)
def test_contact_phone_with_other_characters_is_rejected(phone):
    block = ContactCardBlock()

    with pytest.raises(blocks.StructBlockValidationError) as excinfo:
        block.clean(block.normalize({**CONTACT, "phone": phone}))

    assert codes(excinfo.value.block_errors["phone"]) == {"invalid_phone"}


@pytest.mark.django_db
def test_contact_card_offers_phone_and_email_links():
    html = render(
        ContactCardBlock(),
        {
            "name": "Қабылдау бөлімі",
            "role": "Талапкерлерге кеңес",
            "phone": "+7 (7172) 12-34-56",
            "email": "admissions@example.edu.kz",
            "office": "Бас ғимарат, 101",
            "hours": "Дс-Жм, 9:00-18:00",
            "photo": make_image(),
        },
    )

    assert "<address" in html
    assert 'href="tel:+77172123456">+7 (7172) 12-34-56</a>' in html
    assert 'href="mailto:admissions@example.edu.kz"' in html
    assert "Бас ғимарат, 101" in html and "Дс-Жм, 9:00-18:00" in html
    assert 'alt=""' in html, "the photo is decorative next to the name"


def test_contact_card_without_details_has_no_empty_address():
    html = render(ContactCardBlock(), CONTACT)

    assert "Қабылдау бөлімі" in html and "<address" not in html


def test_phone_number_is_not_offered_for_translation():
    body = BodyStreamBlock()
    value = stored(
        body,
        [("contact", {**CONTACT, "phone": "+7 (7172) 12-34-56"})],
    )

    segments = StreamFieldSegmentExtractor(StreamField(BodyStreamBlock())).handle_stream_block(
        value
    )
    texts = [s.render_text() for s in segments if isinstance(s, StringSegmentValue)]

    assert "Қабылдау бөлімі" in texts
    assert "+7 (7172) 12-34-56" not in texts


# --- the body stream ---------------------------------------------------------------


def test_body_stream_offers_the_agreed_blocks_under_their_stored_names():
    assert list(BodyStreamBlock().child_blocks) == [
        "heading",
        "paragraph",
        "image",
        "gallery",
        "video",
        "document",
        "table",
        "quote",
        "links",
        "call_to_action",
        "contact",
        "person",
    ]


def _descendants(block):
    children = getattr(block, "child_blocks", None) or {}
    if isinstance(block, blocks.ListBlock):
        children = {"item": block.child_block}
    for child in children.values():
        yield child
        yield from _descendants(child)


def test_every_block_is_labelled_in_the_editors_language():
    """Labels, including those of nested fields, are lazy translations, not names."""
    for name, child in BodyStreamBlock().child_blocks.items():
        assert isinstance(child.label, Promise), name
        assert isinstance(child.get_description(), Promise), name
        assert child.meta.icon not in (None, "placeholder"), name
        for descendant in _descendants(child):
            assert isinstance(descendant.label, Promise), f"{name}: {descendant.label}"


def test_editors_can_open_a_body_in_the_russian_admin():
    """The admin builds the editing form from the packed block definitions."""
    body = BodyStreamBlock()
    body.set_name("body")

    with translation.override("ru"):
        html = BlockWidget(body).render("body", body.to_python([]))

    assert "call_to_action" in html and "first_column_is_header" in html


def test_every_block_has_its_own_template():
    for name, child in BodyStreamBlock().child_blocks.items():
        class_name = type(child).__name__
        snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in class_name).lstrip("_")
        assert child.meta.template == f"blocks/{snake}.html", name


@pytest.mark.django_db
def test_every_block_renders_its_preview_value(unreachable_video_site):
    make_image("Бірінші")
    make_image("Екінші")
    make_document()
    factories.PersonFactory(name="Нұрлан Әбдібеков")

    for name, child in BodyStreamBlock().child_blocks.items():
        assert child.is_previewable, name
        html = child.render(child.get_preview_value())
        assert html.strip(), f"{name} renders nothing from its preview value"


@pytest.mark.django_db
def test_block_previews_open_in_the_admin(admin_client, unreachable_video_site):
    make_image()
    make_document()
    url = reverse("wagtailadmin_block_preview")

    for name, child in BodyStreamBlock().child_blocks.items():
        response = admin_client.get(url, {"id": child.definition_prefix})
        assert response.status_code == 200, name
        assert "css/blocks.css" in response.content.decode(), name


@pytest.mark.django_db
def test_chooser_blocks_preview_without_any_media_in_the_library():
    get_image_model().objects.all().delete()
    # Registered versions protect their files (nothing registered is lost): empty the
    # register first.
    apps.get_model("documents", "RegisteredDocument").objects.all().delete()
    get_document_model().objects.all().delete()

    for name in ("image", "gallery", "document"):
        child = BodyStreamBlock().child_blocks[name]
        child.render(child.get_preview_value())  # must not raise


def test_body_renders_each_block_in_a_named_wrapper():
    body = BodyStreamBlock()
    value = stored(
        body,
        [
            ("heading", {"text": "Қабылдау", "level": "h2"}),
            ("paragraph", "<p>Құжаттар 20 маусымнан бастап қабылданады.</p>"),
        ],
    )

    html = body.render(value)

    assert '<div class="body-stream">' in html
    assert "body-stream__item--heading" in html and "body-stream__item--paragraph" in html
    assert "<p>Құжаттар 20 маусымнан бастап қабылданады.</p>" in html


def test_invalid_data_in_a_body_is_reported_per_block():
    body = BodyStreamBlock()
    value = body.normalize([("table", {**TABLE, "rows": [{"cells": ["жалғыз"]}]})])

    with pytest.raises(ValidationError) as excinfo:
        body.clean(value)

    assert 0 in excinfo.value.block_errors
