"""The blocks a home page is made of, chosen and ordered by editors.

Three kinds: the hero (at most one: the home template shows it beside the university's
name), blocks the editor fills in (quick paths, key figures, the search box) and blocks
that pull live content of the page's locale (latest news, upcoming events, the rector's
latest post), each with a count. Every body block of other pages is offered too, so the
content the home page had before these blocks existed stays valid.

Texts are CharBlocks, so wagtail-localize offers them to translators; counts, choices,
images and chosen pages are shared by every translation.
"""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale

from portal.blocks import BodyStreamBlock, LinkBlock
from portal.blocks.links import localize_targets
from portal.blocks.media import ImageBlock, validate_alt_text

from .live_content import LiveContent

__all__ = [
    "AudiencePathsBlock",
    "HeroBlock",
    "HomeStreamBlock",
    "KeyFiguresBlock",
    "LatestNewsBlock",
    "RectorPostBlock",
    "SearchBlock",
    "SubsectionsBlock",
    "UpcomingEventsBlock",
]

MAX_COUNT = 12


def _title(required=False):
    return blocks.CharBlock(
        label=_("Heading"),
        required=required,
        max_length=120,
        help_text=_("Leave empty to use the usual heading for this block."),
    )


def _count(default):
    return blocks.IntegerBlock(
        label=_("How many to show"),
        default=default,
        min_value=1,
        max_value=MAX_COUNT,
    )


class HeroBlock(ImageBlock):
    """The picture beside the university's name at the top of the home page.

    An :class:`ImageBlock` (same alt text rules, caption and credit) whose image is
    optional: without one the home page draws a pattern in the university's colours, so
    a site without photography still opens with an intended hero.
    """

    image = ImageChooserBlock(
        label=_("Image"),
        required=False,
        help_text=_("A landscape photograph of at least 1600 × 1067 pixels works best."),
    )
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        validators=[validate_alt_text],
        help_text=_("Say what the image shows, in one sentence. Required with an image."),
    )

    class Meta:
        label = _("Hero image")
        icon = "image"
        template = "home/blocks/hero_block.html"
        description = _("The picture beside the university's name, with caption and credit.")

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not value.get("alt_text", "").strip():
            raise blocks.StructBlockValidationError(
                {
                    "alt_text": ValidationError(
                        gettext("Describe the image for visitors who cannot see it."),
                        code="hero_alt_text_missing",
                    )
                }
            )
        return value


AUDIENCES = [
    ("applicant", _("Applicants")),
    ("student", _("Students")),
    ("graduate", _("Graduates")),
    ("partner", _("Partners")),
    ("media", _("Media")),
    ("staff", _("Staff")),
    ("visitor", _("All visitors")),
]


class AudiencePathValue(blocks.StructValue):
    @property
    def audience_label(self):
        return dict(AUDIENCES).get(self.get("audience"), "")


class AudiencePathsValue(blocks.StructValue):
    @property
    def visible_paths(self):
        """The paths that lead somewhere: a path to an unpublished page is left out."""
        paths = self.get("paths") or ()
        localize_targets([path["link"] for path in paths])
        return [path for path in paths if path["link"].has_target]


class AudiencePathBlock(blocks.StructBlock):
    audience = blocks.ChoiceBlock(
        label=_("Audience"),
        choices=AUDIENCES,
        help_text=_("Gives the path its colour and mark."),
    )
    link = LinkBlock(label=_("Link"))
    description = blocks.CharBlock(
        label=_("Short description"),
        required=False,
        max_length=160,
        help_text=_("What they find there, in a few words."),
    )

    class Meta:
        label = _("Path")
        icon = "link"
        value_class = AudiencePathValue


class AudiencePathsBlock(blocks.StructBlock):
    """Quick paths for the audiences the regulations name (applicant, student, graduate,
    partner, media), each an editor's link."""

    title = _title()
    paths = blocks.ListBlock(AudiencePathBlock(), label=_("Paths"), min_num=1, max_num=8)

    class Meta:
        label = _("Quick paths")
        icon = "list-ul"
        template = "home/blocks/audience_paths_block.html"
        value_class = AudiencePathsValue
        description = _("Links for applicants, students, graduates, partners and the media.")


class FigureBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        label=_("Number"), max_length=20, help_text=_("As it should read, e.g. '1 200' or '95%'.")
    )
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)

    class Meta:
        label = _("Figure")
        icon = "order"


class KeyFiguresBlock(blocks.StructBlock):
    title = _title()
    figures = blocks.ListBlock(FigureBlock(), label=_("Figures"), min_num=1, max_num=8)

    class Meta:
        label = _("Key figures")
        icon = "order"
        template = "home/blocks/key_figures_block.html"
        description = _("A few numbers with what they count, e.g. students or programmes.")


class SearchBlock(blocks.StructBlock):
    title = _title()

    class Meta:
        label = _("Search box")
        icon = "search"
        template = "home/blocks/search_block.html"
        description = _("A large search field for the whole site.")


class LiveContentBlock(blocks.StructBlock):
    """A block showing the newest live pages of one model in the page's locale.

    Subclasses name ``item_model`` and ``index_model`` (app_label.ModelName strings: the
    home app does not import the news app) and say how items are chosen in ``items``.
    """

    item_model: str
    index_model: str

    def items(self, locale_id, count):
        raise NotImplementedError

    def ask_live_content(self, content, value):
        """Tell the page's :class:`LiveContent` what this block shows."""
        content.want_items(
            self.model, self.items(content.locale_id, self._how_many(value)), self.index
        )

    @staticmethod
    def _how_many(value):
        return min(max(value.get("count") or 1, 1), MAX_COUNT)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        content = _live_content(self, value, parent_context)
        context["items"] = content.items(self.model, self._how_many(value))
        context["index"] = content.index(self.index)
        return context

    @cached_property
    def index(self):
        return apps.get_model(self.index_model)

    @cached_property
    def model(self):
        return apps.get_model(self.item_model)


class LatestNewsBlock(LiveContentBlock):
    item_model = "news.NewsPage"
    index_model = "news.NewsIndexPage"

    title = _title()
    count = _count(3)

    class Meta:
        label = _("Latest news")
        icon = "doc-full"
        template = "home/blocks/latest_news_block.html"
        description = _("The newest news items with their pictures.")

    def items(self, locale_id, count):
        return self.model.latest(locale_id, count)


class UpcomingEventsBlock(LiveContentBlock):
    item_model = "news.EventPage"
    index_model = "news.EventIndexPage"

    title = _title()
    count = _count(3)

    class Meta:
        label = _("Upcoming events")
        icon = "date"
        template = "home/blocks/upcoming_events_block.html"
        description = _("The next events that have not ended yet.")

    def items(self, locale_id, count):
        return self.model.upcoming_in(locale_id, count)


class RectorPostBlock(LiveContentBlock):
    item_model = "news.BlogPostPage"
    index_model = "news.BlogIndexPage"

    title = _title()
    count = _count(1)

    class Meta:
        label = _("Rector's blog")
        icon = "openquote"
        template = "home/blocks/rector_post_block.html"
        description = _("The rector's latest blog posts.")

    def items(self, locale_id, count):
        return self.model.latest(locale_id, count)


class SubsectionsBlock(blocks.StructBlock):
    """The home page's own subsections (Faculties, Student life, International
    cooperation, Science and innovation: S1), which are not in the main menu, so the
    home page is where visitors find them."""

    title = _title()

    class Meta:
        label = _("Home subsections")
        icon = "folder-open-inverse"
        template = "home/blocks/subsections_block.html"
        description = _("Cards for the subsections of the home page, with their intros.")

    def ask_live_content(self, content, value):
        content.want_subsections()

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["items"] = _live_content(self, value, parent_context).subsections()
        return context


def _live_content(block, value, parent_context):
    """The page's :class:`LiveContent` (the home page's context has it, every live
    block asked), or one for ``block`` alone (a block rendered without its page)."""
    parent_context = parent_context or {}
    content = parent_context.get("live_content")
    if content is None:
        page = parent_context.get("page")
        locale_id = getattr(page, "locale_id", None) or Locale.get_active().pk
        home = page if isinstance(page, apps.get_model("home", "HomePage")) else None
        content = LiveContent(locale_id, home)
        block.ask_live_content(content, value)
    return content


class HomeStreamBlock(blocks.StreamBlock):
    """The home page, block by block; the hero (at most one) is shown at the top."""

    hero = HeroBlock()
    search = SearchBlock()
    paths = AudiencePathsBlock()
    news = LatestNewsBlock()
    events = UpcomingEventsBlock()
    figures = KeyFiguresBlock()
    rector_post = RectorPostBlock()
    sections = SubsectionsBlock()
    # Every block of other pages' bodies, under the same names.
    heading = BodyStreamBlock.base_blocks["heading"]
    paragraph = BodyStreamBlock.base_blocks["paragraph"]
    image = BodyStreamBlock.base_blocks["image"]
    gallery = BodyStreamBlock.base_blocks["gallery"]
    video = BodyStreamBlock.base_blocks["video"]
    document = BodyStreamBlock.base_blocks["document"]
    table = BodyStreamBlock.base_blocks["table"]
    quote = BodyStreamBlock.base_blocks["quote"]
    links = BodyStreamBlock.base_blocks["links"]
    call_to_action = BodyStreamBlock.base_blocks["call_to_action"]
    contact = BodyStreamBlock.base_blocks["contact"]
    person = BodyStreamBlock.base_blocks["person"]

    class Meta:
        label = _("Home page")
        icon = "home"
        block_counts = {"hero": {"max_num": 1}}


# Migrations refer to the blocks by their public path, so modules can be reorganised.
DECONSTRUCT_ALIASES = {
    HomeStreamBlock: "home.blocks.HomeStreamBlock",
}
