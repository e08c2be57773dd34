"""The experts pool the rector approves (P glossary): only approved experts are shown
anywhere public; an expert's page lists the news in which they spoke; journalists filter
experts by area; news items choose their experts only from the pool."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone

from wagtail_localize.strings import StringValue

import pytest

from news.models import NewsPage
from tests import factories
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

AREAS = {
    "kk": "Азық-түлік қауіпсіздігі\nТамақ өнеркәсібі",
    "ru": "Продовольственная безопасность\nПищевая промышленность",
    "en": "Food safety\nFood industry",
}
NAMES = {"kk": "Нұрлан Беков", "ru": "Нурлан Беков", "en": "Nurlan Bekov"}


@pytest.fixture
def expert():
    person = factories.ExpertFactory(name=NAMES["kk"], slug="nurlan-bekov", expertise=AREAS["kk"])
    people = {"kk": person}
    for language in factories.TARGET_LANGUAGES:
        # wagtail-localize keeps a multi-line text as one segment with <br> tags.
        areas = StringValue.from_plaintext(AREAS["kk"]).data
        people[language] = factories.translate_snippet(
            person, language, {NAMES["kk"]: NAMES[language], areas: AREAS[language]}
        )
    return people


@pytest.fixture
def candidate():
    """Proposed to the pool, not (yet) approved by the rector."""
    person = factories.PersonFactory(
        name="Жанар Оспанова",
        slug="zhanar-ospanova",
        expertise="Киберқауіпсіздік",
        expert_approved_on=None,
    )
    return factories.person_everywhere(person)


@pytest.fixture
def news(expert):
    """A news item in every language in which the expert spoke (chosen on the source)."""
    items = factories.news_item(
        factories.own_news_index()["kk"],
        titles={"kk": "Сарапшы пікірі", "ru": "Мнение эксперта", "en": "The expert view"},
    )
    items["kk"].experts.set([expert["kk"]])
    items["kk"].save_revision().publish()
    return items


def expert_url(language, person):
    return factories.directory(language).url + person.slug + "/"


def test_the_experts_page_lists_approved_experts_in_every_language(client, expert, subtests):
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            html = client.get(factories.experts_page(language).url).content.decode()
            assert NAMES[language] in html
            assert AREAS[language].splitlines()[0] in html
            assert expert_url(language, expert[language]) in html


def test_journalists_filter_experts_by_area(client, expert, subtests):
    other = factories.ExpertFactory(name="Әлия Жұмабаева", expertise="Қаржы нарықтары")
    page = factories.experts_page("kk")
    html = client.get(page.url, {"area": "Қаржы нарықтары"}).content.decode()
    assert other.name in html
    assert NAMES["kk"] not in html
    response = client.get(page.url, {"area": "Астрология"})
    assert response.status_code == 400
    assert other.name not in response.content.decode()


def test_an_experts_page_lists_the_news_they_spoke_in_every_language(
    client, expert, news, subtests
):
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            html = client.get(expert_url(language, expert[language])).content.decode()
            assert news[language].title in html
            assert news[language].url in html
            item = client.get(news[language].url).content.decode()
            assert NAMES[language] in item


def test_an_unapproved_expert_is_absent_from_every_public_route(
    client, expert, candidate, subtests
):
    """Not on the experts page (nor in its filter), not on any news item, and their
    directory page shows no expertise: the pool shows the rector's choice only."""
    items = factories.news_item(factories.own_news_index()["kk"])
    # Written past the form and the model's check (as a stale record would be, or an
    # approval withdrawn later): the pages still leave the candidate out.
    through = NewsPage.experts.through
    for person in (candidate["kk"], expert["kk"]):
        through.objects.create(newspage=items["kk"], person=person)
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            experts = client.get(factories.experts_page(language).url).content.decode()
            assert candidate[language].name not in experts
            assert "Киберқауіпсіздік" not in experts
            filtered = client.get(
                factories.experts_page(language).url, {"area": "Киберқауіпсіздік"}
            )
            assert filtered.status_code == 400
            item = client.get(items[language].url).content.decode()
            assert candidate[language].name not in item
            assert NAMES[language] in item
            own = client.get(expert_url(language, candidate[language])).content.decode()
            assert "Киберқауіпсіздік" not in own
            assert "knowsAbout" not in own


def test_an_approval_dated_in_the_future_is_not_yet_an_expert(client):
    person = factories.ExpertFactory(
        name="Болашақ Сарапшы",
        expert_approved_on=timezone.localdate() + datetime.timedelta(days=1),
    )
    assert person.name not in client.get(factories.experts_page("kk").url).content.decode()


def test_a_news_item_cannot_choose_someone_outside_the_pool(candidate):
    item = factories.news_item(factories.own_news_index()["kk"])["kk"]
    item.experts.set([candidate["kk"]])
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert error.value.error_dict["experts"][0].code == "not_an_expert"


def test_the_news_form_offers_only_approved_experts(admin_client, expert, candidate):
    item = factories.news_item(factories.own_news_index()["kk"])["kk"]
    html = admin_client.get(f"/admin/pages/{item.pk}/edit/").content.decode()
    assert NAMES["kk"] in html
    assert candidate["kk"].name not in html
