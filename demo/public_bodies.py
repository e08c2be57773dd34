# ruff: noqa: E501  (long lines of text in three languages, as in demo/content)
"""The demo's public bodies and press extras (issue 15): one public council with its
regulations and the minutes of a meeting in the register, three "media about us" items,
the university's social-media accounts, the press service's contacts on the media
corner, and a demo news item in which an expert spoke. Whatever exists is left alone."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale

from demo.documents import ensure_register
from demo.persons import DEAN, EXPERT_ECONOMY, EXPERT_FOOD, ensure_person
from demo.spec import RegisterEntrySpec, T, VersionSpec
from engagement.councils.models import Council, CouncilMeeting, CouncilMember
from home.prescribed.localize import translate
from home.social import SocialAccountsSettings
from news.models import MediaCornerPage, MediaMention, NewsPage

TOOL_NAME = "demo"
D = datetime.date

REGULATIONS = RegisterEntrySpec(
    code="КазТБУ–ҚК–ЕР–5.1–2026–01",
    category="regulation",
    title=T(
        kk="Университеттің қоғамдық кеңесі туралы ереже",
        ru="Положение об общественном совете университета",
        en="Regulation on the university's public council",
    ),
    versions=(VersionSpec(D(2026, 2, 2), ("kk", "ru", "en")),),
)
MINUTES = RegisterEntrySpec(
    code="КазТБУ–ҚК–ХТ–5.1–2026–03",
    category="report",
    title=T(
        kk="Қоғамдық кеңес отырысының хаттамасы, 2026 жылғы 15 қазан",
        ru="Протокол заседания общественного совета от 15 октября 2026 года",
        en="Minutes of the public council meeting of 15 October 2026",
    ),
    versions=(VersionSpec(D(2026, 10, 20), ("kk", "ru", "en")),),
)

COUNCIL = {
    "name": T(
        "Университеттің қоғамдық кеңесі",
        "Общественный совет университета",
        "Public council of the university",
    ),
    "purpose": T(
        "Кеңес университет қызметінің ашықтығын қоғамдық бақылауды жүзеге асырады және білім алушылар, жұмыс берушілер мен ата-аналардың пікірін басшылыққа жеткізеді.",
        "Совет осуществляет общественный контроль за открытостью деятельности университета и доносит до руководства мнение обучающихся, работодателей и родителей.",
        "The council oversees how openly the university works and brings the views of students, employers and parents to its leadership.",
    ),
}
EXTERNAL_MEMBERS = (
    (
        T("Ержан Тоқтаров", "Ержан Токтаров", "Yerzhan Toktarov"),
        T(
            "«Атамекен» ұлттық кәсіпкерлер палатасы, сарапшы",
            "Национальная палата предпринимателей «Атамекен», эксперт",
            "Atameken National Chamber of Entrepreneurs, expert",
        ),
        "chair",
    ),
    (
        T("Сәуле Ибраева", "Сауле Ибраева", "Saule Ibrayeva"),
        T(
            "Ата-аналар комитетінің өкілі",
            "Представитель родительского комитета",
            "Representative of the parents' committee",
        ),
        "member",
    ),
)
MEETING = {
    "agenda": T(
        "1. Жатақханадағы тұру жағдайлары туралы.\n2. 2027 жылғы талапкерлерге арналған ақпараттың ашықтығы туралы.",
        "1. Об условиях проживания в общежитии.\n2. Об открытости информации для абитуриентов 2027 года.",
        "1. Living conditions in the dormitory.\n2. Openness of information for the applicants of 2027.",
    ),
    "decisions": T(
        "Жатақхананы жөндеу жоспары мақұлданды; талапкерлерге арналған бетке оқу ақысы мен гранттар туралы толық ақпарат қосу ұсынылды.",
        "Одобрен план ремонта общежития; рекомендовано дополнить страницу для абитуриентов полной информацией о стоимости обучения и грантах.",
        "The dormitory repair plan was approved; the applicants' page is to give full information on tuition fees and grants.",
    ),
}

MENTIONS = (
    (
        "Kazinform",
        "Қазақ технология және бизнес университеті тамақ қауіпсіздігі зертханасын ашты",
        D(2026, 11, 5),
        "kk",
        "https://www.inform.kz/",
    ),
    (
        "Tengrinews",
        "В Астане студенты КазУТБ разработали приложение для контроля качества продуктов",
        D(2026, 10, 21),
        "ru",
        "https://tengrinews.kz/",
    ),
    (
        "The Astana Times",
        "Kazakh university joins the national digital education programme",
        D(2026, 11, 3),
        "en",
        "https://astanatimes.com/",
    ),
)

ACCOUNTS = {
    "instagram": "https://www.instagram.com/kazutb_official/",
    "facebook": "https://www.facebook.com/kazutb.official/",
    "telegram": "https://t.me/kazutb_official",
    "youtube": "https://www.youtube.com/@kazutb",
}


def _translate(instance, texts_by_language):
    for locale in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE):
        if instance.has_translation(locale):
            continue
        texts = texts_by_language[locale.language_code]
        translate(
            instance,
            locale,
            lambda segment, texts=texts: texts.get(segment.string.data),
            tool_name=TOOL_NAME,
        )


def _texts(pairs) -> dict[str, dict[str, str]]:
    """language → {Kazakh source text → its translation} for the given T values."""
    from wagtail_localize.strings import StringValue

    table = {}
    for text in pairs:
        for language in ("ru", "en"):
            table.setdefault(language, {})[text.kk] = text[language]
            table[language][StringValue.from_plaintext(text.kk).data] = text[language]
    return table


def ensure_council() -> None:
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    if Council.objects.filter(locale=source, name=COUNCIL["name"].kk).exists():
        return
    ensure_register((REGULATIONS, MINUTES))
    from documents.register import RegisteredDocument

    council = Council.objects.create(
        locale=source,
        name=COUNCIL["name"].kk,
        purpose=COUNCIL["purpose"].kk,
        regulations=RegisteredDocument.objects.get(code=REGULATIONS.code),
        email="council@example.edu.kz",
    )
    for order, (name, affiliation, role) in enumerate(EXTERNAL_MEMBERS):
        CouncilMember.objects.create(
            council=council,
            locale=source,
            sort_order=order,
            external_name=name.kk,
            affiliation=affiliation.kk,
            role=role,
        )
    CouncilMember.objects.create(
        council=council,
        locale=source,
        sort_order=len(EXTERNAL_MEMBERS),
        person=ensure_person(DEAN),
        role="secretary",
    )
    CouncilMeeting.objects.create(
        council=council,
        locale=source,
        date=D(2026, 10, 15),
        agenda=MEETING["agenda"].kk,
        decisions=MEETING["decisions"].kk,
        minutes=RegisteredDocument.objects.get(code=MINUTES.code),
    )
    texts = [COUNCIL["name"], COUNCIL["purpose"], *MEETING.values()]
    texts += [text for member in EXTERNAL_MEMBERS for text in member[:2]]
    _translate(council, _texts(texts))


def ensure_mentions() -> None:
    for outlet, title, date, language, url in MENTIONS:
        MediaMention.objects.get_or_create(
            outlet=outlet, title=title, defaults={"date": date, "language": language, "url": url}
        )


def ensure_accounts() -> None:
    accounts = SocialAccountsSettings.load()
    if not any(getattr(accounts, key) for key in ACCOUNTS):
        for key, url in ACCOUNTS.items():
            setattr(accounts, key, url)
        accounts.save()


def ensure_press_service() -> None:
    """The press service's contacts on every language's media corner, if empty."""
    hours = {"kk": "Дс–Жм, 9:00–18:00", "ru": "Пн–Пт, 9:00–18:00", "en": "Mon–Fri, 9:00–18:00"}
    for corner in MediaCornerPage.objects.select_related("locale"):
        if corner.press_email:
            continue
        corner.press_email = "press@example.edu.kz"
        corner.press_phone = "+7 (7172) 00-00-20"
        corner.press_hours = hours.get(corner.locale.language_code, hours["en"])
        corner.save_revision().publish()


def ensure_experts_in_news() -> None:
    """The first published demo news items (Kazakh source) quote the demo experts; a
    draft (the submission accepted into news) is never touched, let alone published."""
    experts = [ensure_person(EXPERT_FOOD), ensure_person(EXPERT_ECONOMY)]
    items = (
        NewsPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE, has_unpublished_changes=False)
        .order_by("-date")
    )
    for item, expert in zip(items[:2], experts, strict=False):
        if not item.experts.exists():
            item.experts.set([expert])
            item.save_revision().publish()


@transaction.atomic
def ensure_public_bodies() -> None:
    ensure_council()
    ensure_mentions()
    ensure_accounts()
    ensure_press_service()
    ensure_experts_in_news()
