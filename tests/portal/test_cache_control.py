"""A page carrying a CSRF form is never stored by a shared cache (FORM-1): one
visitor's token must not be served to the next. Pages without a form stay cacheable."""

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


def test_a_page_with_the_comment_form_is_private_and_not_stored(client, blog_post):
    response = client.get(blog_post.url)
    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()
    directives = cache_control(response)
    assert {"private", "no-store"} <= directives, directives
    assert "public" not in directives


def test_a_returning_visitor_with_a_csrf_cookie_still_gets_a_private_page(client, blog_post):
    client.get(blog_post.url)
    assert "csrftoken" in client.cookies
    assert {"private", "no-store"} <= cache_control(client.get(blog_post.url))


def test_a_refused_comment_with_the_form_again_is_private(client, blog_post):
    response = client.post(blog_post.url + "comment/", {"name": "", "email": "x", "text": ""})
    assert response.status_code == 400
    assert "private" in cache_control(response)


def test_pages_without_a_form_stay_cacheable(client, blog_post):
    for language in LANGUAGE_CODES:
        for url in (f"/{language}/", blog_post.get_parent().localized.url):
            with translation.override(language):
                response = client.get(url)
            assert response.status_code == 200, url
            assert 'name="csrfmiddlewaretoken"' not in response.content.decode()
            directives = cache_control(response)
            assert not directives & {"private", "no-store", "no-cache"}, (url, directives)
