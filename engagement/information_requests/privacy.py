"""Where the privacy notice lives (E7, P §3.2.6): a prescribed page of the tree, found
by its slug in the visitor's language."""

from wagtail.models import Page

from home.prescribed.tree import PRIVACY_NOTICE_SLUG


def privacy_notice_url(language: str) -> str:
    slug = getattr(PRIVACY_NOTICE_SLUG, language, PRIVACY_NOTICE_SLUG.kk)
    page = Page.objects.live().filter(slug=slug, locale__language_code=language).first()
    return page.url if page else ""
