"""A page carrying a CSRF token is never stored by a shared cache (FORM-1): one
visitor's token must not be served to the next. The visitor forms carry none (their
posts are checked by origin, portal/form_origin.py), so their pages stay cacheable,
like pages without a form."""

from django.utils import translation

import pytest

from news.models import BlogIndexPage, BlogPostPage
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part}


@pytest.fixture
def blog_post():
    index = BlogIndexPage.objects.filter(locale__language_code="kk").first()
    post = index.add_child(instance=BlogPostPage(title="Кэш сынағы", slug="kesh-synagy"))
    post.save_revision().publish()
    return post


def test_a_page_with_the_comment_form_carries_no_token_and_may_be_shared(client, blog_post):
    """The visitor forms take no per-visitor token (portal/form_origin.py), so the page
    is the same for everyone and a shared cache may keep it."""
    response = client.get(blog_post.url)
    assert response.status_code == 200
    assert 'action="' + blog_post.url + 'comment/"' in response.content.decode()
    assert 'name="csrfmiddlewaretoken"' not in response.content.decode()
    assert "csrftoken" not in response.cookies
    assert not cache_control(response) & {"private", "no-store", "no-cache"}


def test_a_refused_comment_with_the_form_again_is_never_stored(client, blog_post):
    response = client.post(blog_post.url + "comment/", {"name": "", "email": "x", "text": ""})
    assert response.status_code == 400
    assert {"private", "no-store"} <= cache_control(response)


def test_a_response_that_used_a_csrf_token_is_still_private(rf):
    """Any other form that renders ``{% csrf_token %}`` keeps its page out of shared
    caches, without being listed anywhere."""
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from portal.cache_control import PrivateCsrfPagesMiddleware

    def view_with_a_token(request):
        return HttpResponse(f'<input name="csrfmiddlewaretoken" value="{get_token(request)}">')

    response = PrivateCsrfPagesMiddleware(view_with_a_token)(rf.get("/kk/"))
    assert {"private", "no-store"} <= cache_control(response)


def test_pages_without_a_form_stay_cacheable(client, blog_post):
    for language in LANGUAGE_CODES:
        for url in (f"/{language}/", blog_post.get_parent().localized.url):
            with translation.override(language):
                response = client.get(url)
            assert response.status_code == 200, url
            assert 'name="csrfmiddlewaretoken"' not in response.content.decode()
            directives = cache_control(response)
            assert not directives & {"private", "no-store", "no-cache"}, (url, directives)
