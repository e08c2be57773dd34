"""Content-Security-Policy (DEP-7, DEP-8, UP-1): strict on every public page type in
every language, relaxed but present in the Wagtail admin, ``default-src 'none'`` on
served files; and no public page carries anything that strict policy would block."""

import datetime
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.test import Client

from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.finders import get_finders
from wagtail.embeds.models import Embed
from wagtail.models import Page, get_page_models

import pytest

from documents.register import DocumentVersion, RegisteredDocument
from portal.blocks import VideoBlock
from tests import factories
from tests.documents.conftest import pdf_document
from tests.utils import translation_of

pytestmark = pytest.mark.django_db

LANGUAGES = ["kk", "ru", "en"]
OUR_APPS = {"home", "sections", "news", "documents", "opendata"}
LOOSE_SOURCES = ("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "https:", "data:")
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data")
EXECUTABLE_SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}


def policy_of(response, header="Content-Security-Policy") -> dict[str, list[str]]:
    """The policy as the browser reads it: directive name → source list."""
    assert header in response, f"no {header} header"
    directives = {}
    for part in response[header].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def nonce_of(policy, directive) -> str | None:
    for source in policy.get(directive, []):
        if source.startswith("'nonce-"):
            return source[len("'nonce-") : -1]
    return None


def assert_strict(policy):
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    for directive in ("script-src", "style-src"):
        sources = policy[directive]
        for loose in (
            "'unsafe-inline'",
            "'unsafe-eval'",
            "'unsafe-hashes'",
            "*",
            "https:",
            "data:",
        ):
            assert loose not in sources, f"{directive} allows {loose}"
    for directive in ("script-src-attr", "style-src-attr", "script-src-elem", "style-src-elem"):
        assert directive not in policy, f"{directive} would loosen the policy"
    assert set(policy["frame-src"]) <= set(settings.VIDEO_PLAYER_ORIGINS)


class BlockedByStrictPolicy(HTMLParser):
    """Lists what a strict policy would block in a page: inline scripts and style
    elements without the response's nonce, style attributes, event-handler attributes,
    ``javascript:`` URLs, and scripts, styles, images or frames from other origins."""

    def __init__(self, nonce, frame_origins):
        super().__init__(convert_charrefs=True)
        self.nonce = nonce
        self.frame_origins = set(frame_origins)
        self.problems: list[str] = []

    def _foreign(self, url, allow_data=False):
        if allow_data and url.startswith("data:"):
            return False
        parts = urlsplit(url)
        return bool(parts.scheme or parts.netloc) and parts.netloc not in ("testserver", "")

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        where = f"<{tag} {' '.join(f'{k}={v!r}' for k, v in attributes.items())}>"[:200]
        for name, value in attributes.items():
            if name.startswith("on"):
                self.problems.append(f"event handler attribute: {where}")
            if name == "style":
                self.problems.append(f"style attribute: {where}")
            if name in URL_ATTRIBUTES and value.strip().lower().startswith("javascript:"):
                self.problems.append(f"javascript: URL: {where}")
        if tag == "script":
            if "src" in attributes:
                if self._foreign(attributes["src"]):
                    self.problems.append(f"script from another origin: {where}")
            elif attributes.get("type", "").lower() in EXECUTABLE_SCRIPT_TYPES and (
                not self.nonce or attributes.get("nonce") != self.nonce
            ):
                self.problems.append(f"inline script without the nonce: {where}")
        elif tag == "style" and (not self.nonce or attributes.get("nonce") != self.nonce):
            self.problems.append(f"style element without the nonce: {where}")
        elif tag == "link" and "stylesheet" in attributes.get("rel", "").split():
            if self._foreign(attributes.get("href", "")):
                self.problems.append(f"stylesheet from another origin: {where}")
        elif tag in ("img", "source"):
            for name in ("src", "srcset"):
                for candidate in attributes.get(name, "").split(","):
                    url = candidate.strip().split(" ")[0]
                    if url and self._foreign(url, allow_data=True):
                        self.problems.append(f"image from another origin: {where}")
        elif tag == "iframe":
            parts = urlsplit(attributes.get("src", ""))
            if f"{parts.scheme}://{parts.netloc}" not in self.frame_origins:
                self.problems.append(f"frame the policy refuses: {where}")
        elif tag in ("object", "embed", "base"):
            self.problems.append(f"<{tag}> is refused by the policy: {where}")


def blocked_content(response) -> list[str]:
    policy = policy_of(response)
    nonces = {nonce_of(policy, "script-src"), nonce_of(policy, "style-src")}
    assert len(nonces) == 1, "script and style share the request's nonce"
    parser = BlockedByStrictPolicy(nonces.pop(), policy.get("frame-src", []))
    parser.feed(response.content.decode())
    return parser.problems


def public_page_types():
    """Every page type the portal defines (Wagtail's registry, not a hand list)."""
    return sorted(
        (model for model in get_page_models() if model._meta.app_label in OUR_APPS),
        key=lambda model: model._meta.label,
    )


def live_page(model, language):
    """A live public page of ``model`` in ``language``, built with its translations."""
    return factories.page_in_every_language(model)[language]


# --- the public site ---------------------------------------------------------------------


def test_every_page_type_is_covered_by_the_public_checks():
    """A new page type joins the checks below without anyone listing it."""
    labels = {model._meta.label for model in public_page_types()}
    assert {"home.HomePage", "news.NewsPage", "news.EventPage", "sections.ContactsPage"} <= labels
    assert {"documents.DocumentLibraryPage", "opendata.OpenDataCatalogPage"} <= labels


@pytest.mark.parametrize("model", public_page_types(), ids=lambda model: model._meta.label)
def test_every_public_page_type_is_served_with_the_strict_policy_and_nothing_it_blocks(
    client, model
):
    pages = factories.page_in_every_language(model)
    for language in LANGUAGES:
        page = pages[language]
        response = client.get(page.url)
        assert response.status_code in (200, 301, 302), (page.url, response.status_code)
        assert_strict(policy_of(response))
        if response.status_code == 200:
            assert blocked_content(response) == [], page.url


def test_public_page_sent_to_a_signed_in_editor_keeps_the_strict_policy_and_the_userbar(
    admin_client,
):
    for language in LANGUAGES:
        response = admin_client.get(f"/{language}/")
        assert response.status_code == 200
        assert "wagtail-userbar" in response.content.decode(), "the editor's userbar is shown"
        assert_strict(policy_of(response))
        assert blocked_content(response) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_found_page_has_the_strict_policy(client, language):
    response = client.get(f"/{language}/no-such-page-here/")
    assert response.status_code == 404
    assert_strict(policy_of(response))
    assert blocked_content(response) == []


def test_csrf_failure_page_has_the_strict_policy():
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    # The admin path keeps the admin's policy, which is still present and framing-safe.
    assert policy_of(response)["frame-ancestors"] == ["'self'"]
    response = csrf_client.post("/kk/", {})
    assert response.status_code in (403, 405)
    assert_strict(policy_of(response))


def test_public_policy_carries_a_fresh_nonce_to_templates_that_ask_for_it(rf):
    """A template that must inline a script writes ``{{ request.csp_nonce }}``: the header
    then names that nonce, and each request has its own."""
    from django.http import HttpResponse
    from django.template import engines

    from portal.csp import PortalCSPMiddleware

    template = engines["django"].from_string("<script nonce='{{ request.csp_nonce }}'></script>")
    seen = set()
    for _ in range(2):
        request = rf.get("/kk/")
        middleware = PortalCSPMiddleware(lambda r: HttpResponse(template.render(request=r)))
        middleware.process_request(request)
        response = middleware.process_response(request, middleware.get_response(request))
        policy = policy_of(response)
        nonce = nonce_of(policy, "script-src")
        assert nonce and f"nonce='{nonce}'" in response.content.decode()
        assert nonce_of(policy, "style-src") == nonce
        seen.add(nonce)
    assert len(seen) == 2


# --- video players -------------------------------------------------------------------------

YOUTUBE_URL = "https://www.youtube.com/watch?v=mwrGSfiB1Mg"


def test_youtube_player_comes_from_the_no_cookie_origin_without_a_style_attribute():
    Embed.objects.create(
        url=YOUTUBE_URL,
        hash=get_embed_hash(YOUTUBE_URL),
        type="video",
        html='<iframe width="200" height="113" src="https://www.youtube.com/embed/mwrGSfiB1Mg'
        '?feature=oembed" allowfullscreen title="Campus"></iframe>',
        width=200,
        height=113,
    )
    block = VideoBlock()
    html = block.render(block.normalize({"video": YOUTUBE_URL, "title": "Campus"}))

    assert 'src="https://www.youtube-nocookie.com/embed/mwrGSfiB1Mg?feature=oembed"' in html
    assert "style=" not in html
    assert "https://www.youtube-nocookie.com" in settings.VIDEO_PLAYER_ORIGINS


def test_only_video_sites_the_policy_may_frame_are_looked_up():
    """An address of another oEmbed site (whose player the policy would refuse) stays a
    plain link rather than becoming a frame the browser blocks."""
    get_finders.cache_clear()
    finders = get_finders()
    for url in (YOUTUBE_URL, "https://youtu.be/mwrGSfiB1Mg", "https://vimeo.com/76979871"):
        assert any(finder.accept(url) for finder in finders), url
    for url in (
        "https://www.dailymotion.com/video/x7tgad0",
        "https://www.instagram.com/p/abc/",
        "https://twitter.com/x/status/1",
    ):
        assert not any(finder.accept(url) for finder in finders), url


# --- the admin ---------------------------------------------------------------------------


def assert_admin_policy(response):
    policy = policy_of(response)
    assert "'unsafe-inline'" in policy["script-src"], "the admin's inline scripts may run"
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"], "only the editor's own preview frames it"
    assert policy["form-action"] == ["'self'"]


def test_admin_login_has_the_admin_policy(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert_admin_policy(response)


def test_admin_screens_have_the_admin_policy(admin_client):
    kk_news = live_page(apps.get_model("news.NewsPage"), "kk")
    ru_news = translation_of(kk_news, "ru")
    for url in (
        "/admin/",
        f"/admin/pages/{kk_news.pk}/edit/",
        f"/admin/pages/{ru_news.pk}/edit/",  # wagtail-localize's translation editor
        "/admin/images/chooser/",
        "/admin/documents/chooser/",
    ):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert_admin_policy(response)


def test_page_editor_and_translation_editor_render_under_the_admin_policy(admin_client):
    kk_news = live_page(apps.get_model("news.NewsPage"), "kk")
    editor = admin_client.get(f"/admin/pages/{kk_news.pk}/edit/")
    assert 'id="page-edit-form"' in editor.content.decode()
    translation = admin_client.get(f"/admin/pages/{translation_of(kk_news, 'ru').pk}/edit/")
    assert "js-translation-editor" in translation.content.decode()


def test_page_preview_gets_the_public_policy_framed_only_by_the_editor():
    """Wagtail renders a preview through the middleware with a dummy request for the
    page's public URL: the editor sees what visitors get, in the editor's own frame."""
    page = live_page(apps.get_model("news.NewsPage"), "kk")
    response = page.make_preview_request(preview_mode=page.default_preview_mode)
    policy = policy_of(response)
    assert policy["frame-ancestors"] == ["'self'"]
    assert_strict({**policy, "frame-ancestors": ["'none'"]})


def test_admin_policy_applies_to_the_admin_only(client):
    """``/en/admin/`` is a public URL (a page slug), not the admin: strict policy."""
    response = client.get("/en/admin/")
    assert_strict(policy_of(response))


# --- served files (UP-1) -----------------------------------------------------------------


def test_wagtail_document_keeps_its_own_default_src_none(client):
    document = pdf_document("Public timetable")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_register_download_gets_default_src_none(client):
    entry = RegisteredDocument.objects.create(
        code="ҚазТБУ–СҚЕжАБ–ҚП–7.5–2026–77", title_kk="Ереже", category="regulation"
    )
    version = DocumentVersion.objects.create(
        document=entry,
        effective_date=datetime.date(2026, 1, 1),
        file_kk=pdf_document("Regulation"),
    )
    response = client.get(version.download_url("kk"))
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_a_page_is_never_framed_by_another_site(client):
    response = client.get(Page.objects.get(depth=2, locale__language_code="kk").url)
    assert policy_of(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
