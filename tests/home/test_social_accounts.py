"""The university's official social-media accounts (P §4.1.1): set once in the site
settings, shown with an icon and rel="me" in the footer of every language and on the
Contacts page; a unit's accounts on the unit's own page; a link that is not an account
of the platform is refused."""

from django.core.cache import cache
from django.core.exceptions import ValidationError

import pytest

from home.social import CACHE_KEY, SocialAccountsSettings
from sections.models import ContactsPage
from tests import factories
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_cached_accounts():
    """The accounts are cached across requests; each test starts from its own data."""
    cache.delete(CACHE_KEY)
    yield
    cache.delete(CACHE_KEY)


INSTAGRAM = "https://www.instagram.com/kazutb_official/"
TELEGRAM = "https://t.me/kazutb_news"


@pytest.fixture
def accounts():
    settings = SocialAccountsSettings.load()
    settings.instagram = INSTAGRAM
    settings.telegram = TELEGRAM
    settings.full_clean()
    settings.save()
    return settings


def test_official_accounts_are_in_every_footer_and_on_contacts(client, accounts, subtests):
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            contacts = factories.first_of_type(ContactsPage, language)
            html = client.get(contacts.url).content.decode()
            for url in (INSTAGRAM, TELEGRAM):
                # Footer and the Contacts page's own list.
                assert html.count(f'href="{url}" rel="me noopener"') == 2
            assert 'aria-hidden="true"' in html and "<svg" in html
            assert " style=" not in html.split("<svg", 1)[1].split("</svg>", 1)[0]
            home = client.get(factories.home_page(language).url).content.decode()
            assert f'href="{INSTAGRAM}" rel="me noopener"' in home


def test_nothing_is_shown_before_accounts_are_set(client):
    html = client.get(factories.home_page("kk").url).content.decode()
    assert "social-links" not in html


@pytest.mark.parametrize(
    ("field", "url"),
    [
        ("instagram", "https://evil.example.org/instagram.com"),
        ("instagram", "https://www.facebook.com/kazutb"),
        ("telegram", "http://t.me/kazutb"),
        ("youtube", "javascript:alert(1)"),
        ("x", "https://x.com.evil.example/kazutb"),
    ],
)
def test_a_link_that_is_not_an_account_of_the_platform_is_refused(field, url):
    settings = SocialAccountsSettings.load()
    setattr(settings, field, url)
    with pytest.raises(ValidationError) as error:
        settings.full_clean()
    assert field in error.value.error_dict


def test_a_units_accounts_are_on_its_page(client, subtests):
    section = factories.sections("kk")[0]
    page = factories.SubsectionPageFactory(parent=section, title="Кітапхана")
    pages = factories.translate_everywhere(page)
    factories.UnitFactory(
        name="Кітапхана",
        page=page,
        social_links="https://www.instagram.com/kazutb_library/\nhttps://t.me/kazutb_library",
    )
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            html = client.get(pages[language].url).content.decode()
            assert 'href="https://t.me/kazutb_library" rel="me noopener"' in html
            assert "social-links__link--instagram" in html


def test_a_unit_link_outside_the_known_platforms_is_refused():
    unit = factories.UnitFactory.build(social_links="https://example.org/not-a-network")
    with pytest.raises(ValidationError) as error:
        unit.full_clean(exclude=["translation_key", "locale"])
    assert "social_links" in error.value.error_dict


def test_a_page_view_before_the_accounts_are_set_shows_none_and_writes_nothing(client):
    SocialAccountsSettings.objects.all().delete()
    home = factories.home_page("kk")
    response = client.get(home.url)
    assert response.status_code == 200
    assert 'rel="me' not in response.content.decode()
    assert not SocialAccountsSettings.objects.exists(), "a visitor's GET created a row"
