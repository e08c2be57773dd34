"""The demo's participation content: the units from the regulations (W §11.5), material
submitted by a faculty (one waiting for the head, one for the marketing office, one
accepted into a news draft), and two public discussions, one open and one closed, with
proposals. Idempotent: what exists (by name, topic or slug) is left as it is."""

from __future__ import annotations

import contextlib
import datetime
from html import unescape

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale, Page

from demo.images import DemoImage, illustration_alt
from demo.spec import T
from engagement.participation.acceptance import accept
from engagement.participation.models import (
    DiscussionPage,
    Proposal,
    Submission,
    SubmissionPhoto,
    SubmissionStatus,
)
from governance.unit_rights import UnitRightsError, grant_unit_rights
from home.prescribed.localize import translate
from people.models import Unit
from portal.languages import SOURCE_LANGUAGE

TOOL_NAME = "load_demo"
SOURCE = SOURCE_LANGUAGE

# (kk, ru, en names, abbreviation, kind, Kazakh slug of the unit's page or None)
UNITS = (
    (
        (
            "Маркетинг және контингентті қалыптастыру басқармасы",
            "Управление маркетинга и формирования контингента",
            "Marketing and Enrolment Office",
        ),
        "МКҚБ",
        "office",
        None,
    ),
    (
        (
            "Қоғаммен байланыс бөлімі",
            "Отдел по связям с общественностью",
            "Public Relations Department",
        ),
        "ҚББ",
        "department",
        None,
    ),
    (
        (
            "Сапаны қамтамасыз ету және аккредиттеу бөлімі",
            "Отдел обеспечения качества и аккредитации",
            "Quality Assurance and Accreditation Office",
        ),
        "СҚАБ",
        "office",
        None,
    ),
    (
        (
            "Технология және стандарттау факультеті",
            "Факультет технологии и стандартизации",
            "Faculty of Technology and Standardization",
        ),
        "ТСФ",
        "faculty",
        "tehnologiya-zhane-standarttau",
    ),
    (
        (
            "Экономика және бизнес факультеті",
            "Факультет экономики и бизнеса",
            "Faculty of Economics and Business",
        ),
        "ЭБФ",
        "faculty",
        "ekonomika-zhane-biznes",
    ),
    (
        (
            "Инжиниринг және ақпараттық технологиялар факультеті",
            "Факультет инжиниринга и информационных технологий",
            "Faculty of Engineering and Information Technology",
        ),
        "ИАТФ",
        "faculty",
        "inzhiniring-zhane-akparattyk-tehnologiyalar",
    ),
)
ENGINEERING = "ИАТФ"


def _locales() -> dict[str, Locale]:
    return {locale.language_code: locale for locale in Locale.objects.all()}


def _translator(texts: dict[str, dict[str, str]], language: str, slugs=None):
    """``translation_of`` for home.prescribed.localize: source text → translation."""

    def translation_of(segment) -> str | None:
        if segment.context.path == "slug":
            return (slugs or {}).get(language) or unescape(segment.string.data)
        return texts.get(unescape(segment.string.data), {}).get(language)

    return translation_of


def ensure_units() -> dict[str, Unit]:
    locales = _locales()
    units = {}
    for names, abbreviation, kind, page_slug in UNITS:
        unit = Unit.objects.filter(abbreviation=abbreviation, locale=locales[SOURCE]).first()
        if unit is None:
            page = (
                Page.objects.filter(slug=page_slug, locale=locales[SOURCE]).first()
                if page_slug
                else None
            )
            unit = Unit.objects.create(
                name=names[0],
                abbreviation=abbreviation,
                kind=kind,
                page=page,
                locale=locales[SOURCE],
            )
        texts = {names[0]: {"ru": names[1], "en": names[2]}}
        for language in ("ru", "en"):
            if language in locales and not unit.has_translation(locales[language]):
                translate(
                    unit, locales[language], _translator(texts, language), tool_name=TOOL_NAME
                )
        units[abbreviation] = unit
    return units


def _user(username: str):
    return get_user_model().objects.filter(username=username).first()


SUBMISSIONS = (
    # (status, purpose, kk/ru/en topic, kk/ru/en content)
    (
        SubmissionStatus.AWAITING_HEAD,
        (
            "Студенттердің робототехника үйірмесі ашылды",
            "Открылся студенческий кружок робототехники",
            "A student robotics club has opened",
        ),
        (
            "Факультетте студенттерге арналған робототехника үйірмесі ашылды. "
            "Сабақтар сейсенбі және бейсенбі күндері өтеді.",
            "На факультете открылся кружок робототехники для студентов. "
            "Занятия проходят по вторникам и четвергам.",
            "The faculty has opened a robotics club for students. "
            "It meets on Tuesdays and Thursdays.",
        ),
    ),
    (
        SubmissionStatus.AWAITING_OFFICE,
        (
            "Бағдарламалау олимпиадасының жеңімпаздары",
            "Победители олимпиады по программированию",
            "Winners of the programming olympiad",
        ),
        (
            "Факультет студенттері республикалық бағдарламалау олимпиадасында екінші орын алды.",
            "Студенты факультета заняли второе место на республиканской олимпиаде "
            "по программированию.",
            "Students of the faculty took second place in the national programming olympiad.",
        ),
    ),
    (
        SubmissionStatus.ACCEPTED,
        (
            "Жаңа компьютерлік зертхана ашылды",
            "Открылась новая компьютерная лаборатория",
            "A new computer laboratory has opened",
        ),
        (
            "Инжиниринг факультетінде отыз орындық жаңа компьютерлік зертхана ашылды.\n"
            "Зертхана студенттерге күн сайын 9:00-ден 20:00-ге дейін ашық.",
            "На факультете инжиниринга открылась новая компьютерная лаборатория на тридцать "
            "мест.\nЛаборатория открыта для студентов ежедневно с 9:00 до 20:00.",
            "The engineering faculty has opened a new computer laboratory with thirty seats.\n"
            "It is open to students every day from 9:00 to 20:00.",
        ),
    ),
)
# The demo has no photographs: the submitted "photo" is an illustration that says so.
PHOTO_SUBJECT = T(
    kk="Студенттер жаңа зертханада компьютерлерде жұмыс істеп отыр",
    ru="Студенты работают за компьютерами в новой лаборатории",
    en="Students working at computers in the new laboratory",
)
PHOTO_ALT = illustration_alt(PHOTO_SUBJECT)
PHOTO_ALTS = (PHOTO_ALT.kk, PHOTO_ALT.ru, PHOTO_ALT.en)


def ensure_submissions(units) -> int:
    author, head, office = _user("unit-staff"), _user("unit-head"), _user("marketing-office")
    if not (author and head and office):
        return 0
    added = 0
    for status, topics, contents in SUBMISSIONS:
        if Submission.objects.filter(topic_kk=topics[0]).exists():
            continue
        submission = Submission.objects.create(
            submitter=author,
            unit=units[ENGINEERING],
            purpose="news",
            topic_kk=topics[0],
            topic_ru=topics[1],
            topic_en=topics[2],
            content_kk=contents[0],
            content_ru=contents[1],
            content_en=contents[2],
            head=head,
            responsible="Айдана Серікқызы, +7 717 239 00 00",
            status=(
                SubmissionStatus.AWAITING_HEAD
                if status == SubmissionStatus.AWAITING_HEAD
                else SubmissionStatus.AWAITING_OFFICE
            ),
            signed_at=None if status == SubmissionStatus.AWAITING_HEAD else timezone.now(),
        )
        picture = DemoImage(f"Сынақ {topics[2]}", (40, 90, 150), subject=PHOTO_SUBJECT)._jpeg()
        photo = SubmissionPhoto(
            submission=submission,
            width=1600,
            height=1067,
            alt_kk=PHOTO_ALTS[0],
            alt_ru=PHOTO_ALTS[1],
            alt_en=PHOTO_ALTS[2],
        )
        photo.file.save(f"demo-{submission.pk}.jpg", ContentFile(picture), save=True)
        if status == SubmissionStatus.ACCEPTED:
            accept(submission, office)
        added += 1
    return added


DISCUSSIONS = (
    # (slug, kk/ru/en title, kk/ru/en intro, open?, kk/ru/en outcome or None)
    (
        "sybailas-zhemkorlykka-karsy-sharalar-2027",
        (
            "Сыбайлас жемқорлыққа қарсы шаралар жоспарының жобасы, 2027",
            "Проект плана антикоррупционных мер на 2027 год",
            "Draft anti-corruption plan for 2027",
        ),
        (
            "Жоба қоғамдық талқылауға шығарылды: ұсыныстарыңызды жіберіңіз.",
            "Проект вынесен на общественное обсуждение: присылайте свои предложения.",
            "The draft is open for public discussion: send your proposals.",
        ),
        True,
        None,
    ),
    (
        "studentter-etikasy-kodeksi",
        (
            "Студенттердің академиялық адалдық кодексінің жобасы",
            "Проект кодекса академической честности студентов",
            "Draft code of academic integrity for students",
        ),
        (
            "Кодекстің жобасы талқыланып, қорытындысы жарияланды.",
            "Проект кодекса обсуждён, итоги опубликованы.",
            "The draft code has been discussed and the outcome published.",
        ),
        False,
        (
            "Түскен 12 ұсыныстың 7-еуі ескерілді; кодекс Ғылыми кеңесте бекітілді.",
            "Из 12 поступивших предложений учтены 7; кодекс утверждён Учёным советом.",
            "Seven of the twelve proposals were taken up; the Academic Council approved the code.",
        ),
    ),
)
PROPOSALS = (
    (
        "Ерлан",
        "erlan@example.com",
        "3.2",
        "Үшінші тармаққа студенттер кеңесінің пікірін қосу керек.",
        True,
    ),
    (
        "Анна",
        "anna@example.com",
        "",
        "Предлагаю публиковать отчёт о выполнении плана раз в полгода.",
        False,
    ),
)


def ensure_discussions(units) -> int:
    locales = _locales()
    parent = Page.objects.filter(slug="zhosparlar-men-esepter", locale=locales[SOURCE]).first()
    if parent is None:
        return 0
    added = 0
    now = timezone.now()
    for slug, titles, intros, is_open, outcome in DISCUSSIONS:
        if DiscussionPage.objects.filter(slug=slug, locale=locales[SOURCE]).exists():
            continue
        opens = now - datetime.timedelta(days=5 if is_open else 60)
        closes = now + datetime.timedelta(days=25) if is_open else now - datetime.timedelta(days=30)
        page = DiscussionPage(
            title=titles[0],
            slug=slug,
            intro=intros[0],
            subject="anti_corruption" if is_open else "document",
            opens_at=opens,
            closes_at=closes,
            responsible_unit=units.get("СҚАБ"),
            outcome=f"<p>{outcome[0]}</p>" if outcome else "",
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        texts = {titles[0]: {"ru": titles[1], "en": titles[2]}}
        texts[intros[0]] = {"ru": intros[1], "en": intros[2]}
        if outcome:
            texts[outcome[0]] = {"ru": outcome[1], "en": outcome[2]}
        for language in ("ru", "en"):
            translate(
                page,
                locales[language],
                _translator(texts, language, {"ru": slug, "en": slug}),
                tool_name=TOOL_NAME,
            )
        for name, email, clause, text, approved in PROPOSALS:
            Proposal.objects.create(
                page=page,
                name=name,
                email=email,
                clause=clause,
                text=text,
                consent_at=opens + datetime.timedelta(days=1),
                status=Proposal.Status.APPROVED if approved else Proposal.Status.PENDING,
            )
        added += 1
    return added


@transaction.atomic
def ensure_participation() -> dict[str, int]:
    units = ensure_units()
    engineering = units[ENGINEERING]
    editor = _user("unit-editor")
    if editor and engineering.site_editor_id is None:
        engineering.site_editor = editor
        engineering.save(update_fields=["site_editor"])
    if engineering.site_editor_id and engineering.page_id:
        # A unit whose page is missing (a trimmed tree) simply gets no rights.
        with contextlib.suppress(UnitRightsError):
            grant_unit_rights(engineering)
    return {
        "units": len(units),
        "submissions": ensure_submissions(units),
        "discussions": ensure_discussions(units),
    }
