"""The home page of each locale tree."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.fields import StreamField

from portal.pages import ContentPage

from .blocks import HomeStreamBlock
from .live_content import LiveContent


class HomePage(ContentPage):
    """The root of one locale's tree (kk is the source, ru/en its translations).

    Its H1 is always the university's name (the template's, translated), and everything
    else is the editors' choice of home blocks (``home.blocks``): hero, quick paths,
    live news, events and the rector's post, key figures, the search box.
    """

    body = StreamField(HomeStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "sections.SectionPage",
        "sections.SubsectionPage",
        "sections.ContactsPage",
        "news.NewsIndexPage",
        "news.BlogIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")
        permissions = [
            (
                "change_portal_structure",
                _("Can delete or move pages prescribed by the regulations"),
            )
        ]

    @classmethod
    def can_create_at(cls, parent):
        # One home page per locale, created by bootstrap_portal or as a translation;
        # an editor never needs a second tree.
        return super().can_create_at(parent) and not cls.objects.exists()

    # Blocks that lay themselves out across the page; the others (paragraphs, quotes,
    # tables…) are kept to a reading width.
    HOME_BLOCK_TYPES = frozenset(
        {
            "hero",
            "search",
            "paths",
            "news",
            "events",
            "figures",
            "rector_post",
            "sections",
            "gallery",
        }
    )

    # What a home page shows until its editors choose blocks: live content that needs no
    # writing, so a freshly deployed portal opens with its search, its own subsections
    # (in no menu, S1), news, events and the rector's post.
    DEFAULT_BLOCKS = (
        ("search", {}),
        ("sections", {}),
        ("news", {"count": 3}),
        ("events", {"count": 3}),
        ("rector_post", {"count": 1}),
    )

    def get_context(self, request, *args, **kwargs):
        """The live blocks' items, indexes, subsections and pictures are read here for
        all of them at once (:mod:`home.live_content`), before anything renders."""
        context = super().get_context(request, *args, **kwargs)
        content = LiveContent(self.locale_id, home=self)
        for block in self.blocks_below_hero:
            ask = getattr(block.block, "ask_live_content", None)
            if ask is not None:
                ask(content, block.value)
        if self.hero is not None:
            content.want_pictures(self.hero.get("image"))
        content.load()
        context["live_content"] = content
        return context

    @cached_property
    def blocks_below_hero(self):
        """The editor's blocks in their order (the hero is shown apart), or the defaults."""
        if not len(self.body):
            stream_block = self.body.stream_block
            return list(
                stream_block.to_python(
                    [{"type": name, "value": value} for name, value in self.DEFAULT_BLOCKS]
                )
            )
        return [block for block in self.body if block.block_type != "hero"]

    @cached_property
    def block_groups(self):
        """``blocks_below_hero`` as runs: each home block alone, consecutive text blocks
        (paragraphs, quotes, tables…) together, so they read as one column of text."""
        groups = []
        for block in self.blocks_below_hero:
            is_text = block.block_type not in self.HOME_BLOCK_TYPES
            if is_text and groups and groups[-1]["text"]:
                groups[-1]["blocks"].append(block)
            else:
                groups.append({"text": is_text, "blocks": [block]})
        return groups

    @cached_property
    def hero(self):
        """The editor's hero block value, or ``None``: the template draws the pattern."""
        return next((block.value for block in self.body if block.block_type == "hero"), None)


from .social import SocialAccountsSettings  # noqa: E402  (a settings model of this app)

__all__ = ["HomePage", "SocialAccountsSettings"]
