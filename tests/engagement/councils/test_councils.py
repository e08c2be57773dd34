"""Public councils (W §8.3.5): the Public councils page lists each council in the
visitor's language with its members (directory people or external members), its
regulations and meeting minutes from the document register, and its meetings."""

import datetime

from django.core.exceptions import ValidationError

import pytest

from engagement.councils.models import CouncilMember
from tests import factories
from tests.utils import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

NAMES = {"kk": "Сапа жөніндегі қоғамдық кеңес", "ru": "Общественный совет по качеству"}
NAMES["en"] = "Public council on quality"
CHAIR = {"kk": "Дана Омарова", "ru": "Дана Омарова", "en": "Dana Omarova"}
AGENDA = {"kk": "Бағдарламаларды талқылау", "ru": "Обсуждение программ", "en": "Programmes"}


@pytest.fixture
def council():
    chair = factories.person_everywhere(
        factories.PersonFactory(name=CHAIR["kk"], slug="dana-omarova"), CHAIR
    )
    regulations = factories.RegisteredDocumentFactory(code="ҚазТБУ–ҚК–ЕРЖ–2026–01")
    minutes = factories.RegisteredDocumentFactory(code="ҚазТБУ–ҚК–ХТТ–2026–01")
    secret = factories.RegisteredDocumentFactory(code="ҚазТБУ–ҚК–ХТТ–2026–02", restricted=True)
    council = factories.CouncilFactory(name=NAMES["kk"], regulations=regulations)
    factories.council_member(council, person=chair["kk"], role=CouncilMember.Role.CHAIR)
    factories.council_member(
        council, external_name="Ержан Тоқтаров", affiliation="«Атамекен» палатасы"
    )
    factories.council_meeting(
        council, date=datetime.date(2026, 10, 1), agenda=AGENDA["kk"], minutes=minutes
    )
    factories.council_meeting(
        council, date=datetime.date(2026, 11, 1), agenda="Ішкі мәселе", minutes=secret
    )
    councils = {"kk": council}
    for language in factories.TARGET_LANGUAGES:
        councils[language] = factories.translate_snippet(
            council, language, {NAMES["kk"]: NAMES[language], AGENDA["kk"]: AGENDA[language]}
        )
    return councils


def test_the_public_councils_page_lists_councils_in_every_language(client, council, subtests):
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            response = client.get(factories.councils_page(language).url)
            assert response.status_code == 200
            html = response.content.decode()
            assert NAMES[language] in html
            assert CHAIR[language] in html
            assert "Ержан Тоқтаров" in html
            assert AGENDA[language] in html
            assert "ҚазТБУ–ҚК–ЕРЖ–2026–01" in html  # regulations
            assert "ҚазТБУ–ҚК–ХТТ–2026–01" in html  # minutes
            assert "/documents/" in html or "download" in html


def test_restricted_minutes_are_not_shown_to_visitors(client, council):
    html = client.get(factories.councils_page("kk").url).content.decode()
    assert "ҚазТБУ–ҚК–ХТТ–2026–02" not in html


def test_a_member_is_a_directory_person_or_an_external_member_not_both(subtests):
    council = factories.CouncilFactory()
    person = factories.PersonFactory()
    cases = {
        "neither": {},
        "both": {"person": person, "external_name": "Ержан Тоқтаров"},
    }
    for name, fields in cases.items():
        with subtests.test(case=name):
            member = CouncilMember(council=council, locale=council.locale, **fields)
            with pytest.raises(ValidationError) as error:
                member.full_clean()
            assert error.value.error_dict["__all__"][0].code == "one_member"
