"""Link blocks: a single link, a list of links and a call to action.

A link to a page stores the page chosen in the source (Kazakh) content; wagtail-localize
copies that choice into every translation, and the link follows ``page.localized`` when it
is rendered, so a Russian page links to the Russian translation once it is published.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .preview import PREVIEW_TEMPLATE

__all__ = [
    "WEB_SCHEMES",
    "CallToActionBlock",
    "LinkBlock",
    "LinkValue",
    "LinksBlock",
    "localize_targets",
    "web_url",
]

# What URLBlock accepts; anything else in stored data (e.g. "javascript:") is never linked.
WEB_SCHEMES = frozenset({"http", "https", "ftp", "ftps"})


def web_url(url):
    """Return ``url`` if it is an absolute web address, else ""."""
    url = (url or "").strip()
    return url if urlsplit(url).scheme.lower() in WEB_SCHEMES else ""


def localize_targets(links) -> None:
    """Find the visitor-language targets of several links at once, in one query for
    all of them (``page.localized`` costs two a link: the active locale, then the
    translation), and keep each on its link for :attr:`LinkValue.target_page`.

    A link's target is the chosen page's live translation, else the chosen page itself
    while it is live (its translation is missing or a draft), else none."""
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Page

    language = translation.get_language()
    pending = [link for link in links if link.__dict__.get("_target_page", (None,))[0] != language]
    chosen = {link["page"].translation_key for link in pending if link.get("page") is not None}
    found = {}
    if chosen:
        try:
            content_language = get_supported_content_language_variant(language)
        except LookupError:  # as Locale.get_active(): the default language's locale
            content_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        translations = Page.objects.filter(
            translation_key__in=chosen, locale__language_code=content_language, live=True
        )
        found = {page.translation_key: page for page in translations}
    for link in pending:
        page = link.get("page")
        if page is not None:
            page = found.get(page.translation_key) or (page if page.live else None)
        link.__dict__["_target_page"] = (language, page)


class LinkValue(blocks.StructValue):
    @property
    def target_page(self):
        """The chosen page in the visitor's language, or ``None`` if it is not published.

        Falls back to the chosen page itself while its translation is missing or a draft.
        Looked up once per language: a template asks for it several times.
        """
        cached = self.__dict__.get("_target_page")
        if cached is None or cached[0] != translation.get_language():
            localize_targets([self])
            cached = self.__dict__["_target_page"]
        return cached[1]

    @property
    def external_url(self):
        return web_url(self.get("url"))

    @property
    def is_external(self):
        return bool(self.external_url)

    @property
    def has_target(self):
        return self.is_external or self.target_page is not None

    @property
    def text(self):
        """The editor's label, else the title of the page in the visitor's language."""
        if self.get("label"):
            return self["label"]
        page = self.target_page
        return page.title if page is not None else self.external_url


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=_("Label"),
        required=False,
        max_length=200,
        help_text=_(
            "The words visitors click. Leave empty to use the title of the chosen page "
            "in the visitor's language; required for a web address."
        ),
    )
    page = blocks.PageChooserBlock(
        label=_("Page on this site"),
        required=False,
        help_text=_("Choose the Kazakh page: visitors are sent to their language's version."),
    )
    url = blocks.URLBlock(
        label=_("Web address"),
        required=False,
        help_text=_("Only for other websites. For pages of this site, choose the page instead."),
    )

    class Meta:
        label = _("Link")
        icon = "link"
        template = "blocks/link_block.html"
        preview_template = PREVIEW_TEMPLATE
        value_class = LinkValue
        preview_value = {
            "label": _("Electronic government of Kazakhstan"),
            "page": None,
            "url": "https://www.gov.kz/",
        }
        description = _("A link to a page of this site or to another website.")

    def clean(self, value):
        value = super().clean(value)
        has_page, has_url = value.get("page") is not None, bool(value.get("url"))
        if has_page and has_url:
            raise blocks.StructBlockValidationError(
                non_block_errors=[
                    ValidationError(
                        gettext("Choose a page or enter a web address, not both."),
                        code="link_has_two_targets",
                    )
                ]
            )
        if not has_page and not has_url:
            raise blocks.StructBlockValidationError(
                non_block_errors=[
                    ValidationError(
                        gettext("Choose a page or enter a web address."),
                        code="link_has_no_target",
                    )
                ]
            )
        if has_url and not value.get("label"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "label": ValidationError(
                        gettext("Give a link to another website a label."),
                        code="external_link_needs_label",
                    )
                }
            )
        return value


class LinksValue(blocks.StructValue):
    @property
    def visible_links(self):
        """The links that lead somewhere: unpublished pages are left out."""
        links = self.get("links") or []
        localize_targets(links)
        return [link for link in links if link.has_target]


class LinksBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"), min_num=1)

    class Meta:
        label = _("Links")
        icon = "list-ul"
        template = "blocks/links_block.html"
        preview_template = PREVIEW_TEMPLATE
        value_class = LinksValue
        preview_value = {
            "title": _("Useful links"),
            "links": [
                {
                    "label": _("Electronic government of Kazakhstan"),
                    "page": None,
                    "url": "https://www.gov.kz/",
                },
                {
                    "label": _("Ministry of Science and Higher Education"),
                    "page": None,
                    "url": "https://www.gov.kz/memleket/entities/sci",
                },
            ],
        }
        description = _("A list of links with an optional title.")


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    text = blocks.TextBlock(label=_("Text"))
    link = LinkBlock(label=_("Button"))

    class Meta:
        label = _("Call to action")
        icon = "arrow-right"
        template = "blocks/call_to_action_block.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "heading": _("Apply for 2025"),
            "text": _("Submit your documents online before 25 August."),
            "link": {
                "label": _("Apply online"),
                "page": None,
                "url": "https://www.gov.kz/",
            },
        }
        description = _("A short invitation with a prominent button.")


# Migrations refer to the blocks by their public path, so modules can be reorganised.
DECONSTRUCT_ALIASES = {
    LinkBlock: "portal.blocks.LinkBlock",
    LinksBlock: "portal.blocks.LinksBlock",
    CallToActionBlock: "portal.blocks.CallToActionBlock",
}
