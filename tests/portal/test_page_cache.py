"""The anonymous page cache (T4): pages come from it, and never stale.

Each test switches the cache on with a store of its own and makes its changes inside
``django_capture_on_commit_callbacks(execute=True)``: the cache forgets when a
transaction commits, which a rolled-back test transaction otherwise never does.
"""

import time

from django.test import Client

import pytest

from documents.programmes import Level, Programme, StudyForm
from tests import factories
from tests.live import free_port, redis_caches

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def _get(url, client=None, **params):
    response = (client or Client()).get(url, params)
    assert response.status_code == 200, (url, response.status_code)
    return response


def _source(response) -> str:
    return response.headers.get("X-Page-Cache", "none")


def _publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


@pytest.fixture
def section(committed):
    with committed():
        return factories.SectionPageFactory(
            parent=factories.home_page(), title="Кэштелетін бөлім", slug="cached-section"
        )


def test_the_second_anonymous_visit_is_served_from_the_cache(section):
    first = _get(section.url)
    second = _get(section.url)
    assert (_source(first), _source(second)) == ("miss", "hit")
    assert second.content == first.content
    assert "s-maxage" in second["Cache-Control"]


def test_a_published_change_shows_at_once(section, committed):
    _get(section.url)
    with committed():
        _publish(section, title="Жаңа атауы")
    response = _get(section.url)
    assert _source(response) == "miss"
    assert "Жаңа атауы" in response.text


def test_a_change_shows_on_every_page_that_shows_it(section, committed):
    """The home page's menu and footer list the section: renaming it reaches them."""
    home = factories.home_page()
    assert "Кэштелетін бөлім" in _get(home.url).text
    with committed():
        _publish(section, title="Атауы өзгерген бөлім")
    assert "Атауы өзгерген бөлім" in _get(home.url).text


def test_unpublishing_a_page_removes_it_from_the_cache(section, committed):
    _get(section.url)
    with committed():
        section.unpublish()
    assert Client().get(section.url).status_code == 404


def test_a_translation_purges_only_its_own_locale(section, committed):
    with committed():
        pages = factories.translate_everywhere(section, {"ru": "Раздел", "en": "Section"})
    for page in pages.values():
        _get(page.url)
    with committed():
        _publish(pages["ru"], title="Раздел обновлён")
    assert "Раздел обновлён" in _get(pages["ru"].url).text
    assert _source(_get(pages["kk"].url)) == "hit"
    assert _source(_get(pages["en"].url)) == "hit"


def test_a_change_in_the_source_language_purges_every_locale(section, committed):
    with committed():
        pages = factories.translate_everywhere(section, {"ru": "Раздел", "en": "Section"})
    for page in pages.values():
        _get(page.url)
    with committed():
        _publish(pages["kk"], intro="Бастапқы мәтін өзгерді.")
    assert [_source(_get(page.url)) for page in pages.values()] == ["miss"] * 3


def test_a_snippet_change_shows_on_the_page_that_lists_it(committed):
    with committed():
        disclosure = factories.DisclosurePageFactory(parent=factories.home_page())
        Programme.objects.create(
            code="6B06101",
            name="Ақпараттық жүйелер",
            level=Level.BACHELOR,
            study_form=StudyForm.FULL_TIME,
            instruction_languages="қазақ",
            locale=factories.locale(),
        )
    assert "Ақпараттық жүйелер" in _get(disclosure.url).text
    with committed():
        programme = Programme.objects.get(code="6B06101")
        programme.name = "Бағдарламалық инженерия"
        programme.save()
    assert "Бағдарламалық инженерия" in _get(disclosure.url).text


def test_a_signed_in_editor_never_gets_or_fills_the_cache(section, admin_user):
    editor = Client()
    editor.force_login(admin_user)
    _get(section.url)  # stored for visitors
    assert _source(_get(section.url, editor)) == "none"
    section_two = factories.SectionPageFactory(parent=factories.home_page())
    assert _source(_get(section_two.url, editor)) == "none"
    assert _source(_get(section_two.url)) == "miss"


@pytest.mark.parametrize(
    "params",
    [
        {"x": "4f1c2a"},
        {"page": "2", "utm_source": "mail"},
        {"page": "1" * 200},
        {"a": "1", "b": "2", "c": "3", "d": "4", "e": "5"},
    ],
)
def test_cache_busting_query_strings_are_answered_but_never_stored(section, params):
    first = _get(section.url, **params)
    second = _get(section.url, **params)
    assert _source(first) == _source(second) == "none"


def test_a_listing_parameter_is_part_of_the_key(section):
    assert _source(_get(section.url, page="2")) == "miss"
    assert _source(_get(section.url, page="2")) == "hit"
    assert _source(_get(section.url, page="3")) == "miss"


def test_the_admin_and_posts_are_never_cached(section, admin_user):
    assert "X-Page-Cache" not in Client().get("/admin/login/").headers
    assert "X-Page-Cache" not in Client().post(section.url, {}).headers


def test_pages_are_sent_compressed_and_pictures_as_they_are(section):
    page = Client().get(section.url, headers={"Accept-Encoding": "gzip"})
    assert page["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in page["Vary"]
    picture = factories.ImageFactory().get_rendition("fill-200x100")
    served = Client().get(picture.url, headers={"Accept-Encoding": "gzip"})
    assert served.status_code == 200
    assert "Content-Encoding" not in served


def test_on_redis_pages_are_shared_and_an_outage_still_serves_them(
    section, settings, redis_url, committed
):
    settings.CACHES = redis_caches(redis_url)
    assert [_source(_get(section.url)) for _ in range(2)] == ["miss", "hit"]
    with committed():
        _publish(section, title="Redis арқылы жаңарды")
    assert "Redis арқылы жаңарды" in _get(section.url).text
    settings.CACHES = redis_caches(f"redis://127.0.0.1:{free_port()}/0")
    down = _get(section.url)
    assert "Redis арқылы жаңарды" in down.text


def test_a_worker_s_own_copy_of_a_stored_page_is_never_stale(
    section, settings, redis_url, committed
):
    """A worker keeps copies of the pages it fetched from the shared store: a change
    published elsewhere, and the end of the stored page's life, reach visitors all
    the same."""
    settings.CACHES = redis_caches(redis_url)
    settings.PAGE_CACHE_SECONDS = 2
    assert [_source(_get(section.url)) for _ in range(3)] == ["miss", "hit", "hit"]
    with committed():
        _publish(section, title="Көшірмесі жаңарды")
    changed = _get(section.url)
    assert (_source(changed), "Көшірмесі жаңарды" in changed.text) == ("miss", True)
    assert [_source(_get(section.url)) for _ in range(2)] == ["hit", "hit"]
    time.sleep(2.1)
    assert _source(_get(section.url)) == "miss"


def test_each_visitor_gets_a_stored_page_of_their_own(section):
    """What is added to one visitor's response (a cookie, a header) never reaches the
    next visitor served the same stored page."""
    _get(section.url)
    for _ in range(2):
        served = _get(section.url)
        assert _source(served) == "hit"
        assert not served.cookies and "X-For-One-Visitor" not in served
        served.cookies["sessionid"] = "one-visitor"
        served["X-For-One-Visitor"] = "1"


def test_a_pending_comment_keeps_the_cache_and_its_approval_purges_it(committed):
    """Visitors cannot empty the cache by posting; a moderator's approval shows at once."""
    with committed():
        post = factories.BlogPostPageFactory(parent=factories.blog_index())
    section_url = factories.home_page().url
    _get(section_url)
    with committed():
        comment = factories.BlogCommentFactory(post=post, status="pending", text="Рақмет!")
    assert _source(_get(section_url)) == "hit"
    with committed():
        comment.moderate("approved", None)
    assert _source(_get(section_url)) == "miss"


def test_a_new_release_of_the_static_files_does_not_serve_pages_of_the_old(
    section, settings, tmp_path
):
    """Stored pages name hashed CSS and scripts: after collectstatic and a restart,
    pages stored by the previous release are not served."""
    from portal import page_cache

    for release in ("one", "two"):
        (tmp_path / release).mkdir()
        (tmp_path / release / "staticfiles.json").write_text(f'{{"release": "{release}"}}')
    settings.STATIC_ROOT = str(tmp_path / "one")
    page_cache._release.cache_clear()
    assert [_source(_get(section.url)) for _ in range(2)] == ["miss", "hit"]
    settings.STATIC_ROOT = str(tmp_path / "two")
    page_cache._release.cache_clear()
    assert _source(_get(section.url)) == "miss"
    page_cache._release.cache_clear()
