# ruff: noqa: E501  (long lines of text in three languages, as in demo/content)
"""The demo's directory of people (W §8.5): the leaders, deans and heads by role title
with invented names (the regulations name real people; the demo does not), the public
persons who may speak officially (P §8.3–8.4), and three experts of the pool the rector
approved (P glossary). Each person is made in Kazakh and translated into Russian and
English through wagtail-localize, as a translator would."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings

from wagtail.models import Locale

from demo.spec import T
from home.prescribed.localize import translate
from people.models import Category, Person, PublicPosition

TOOL_NAME = "demo"
EMPTY = T("", "", "")


@dataclass(frozen=True)
class PersonSpec:
    """A person of the directory; usable as a content-spec field value (``resolve``)."""

    slug: str
    name: T
    position: T
    category: str
    public_position: str = ""
    in_office: bool = True
    email: str = ""
    phone: str = ""
    office: T = EMPTY
    office_hours: T = EMPTY
    degrees: T = EMPTY
    biography: T = EMPTY
    expertise: T = EMPTY
    expert_approved_on: datetime.date | None = None

    def resolve(self) -> Person:
        return ensure_person(self)


HOURS = T("Дс–Жм, 9:00–18:00", "Пн–Пт, 9:00–18:00", "Mon–Fri, 9:00–18:00")
RECEPTION = T(
    "Сейсенбі, 15:00–17:00 (алдын ала жазылу арқылы)",
    "Вторник, 15:00–17:00 (по предварительной записи)",
    "Tuesday, 15:00–17:00 (by appointment)",
)

PRESIDENT = PersonSpec(
    "yerlan-seitov",
    T("Ерлан Маратұлы Сейітов", "Ерлан Маратулы Сеитов", "Yerlan Seitov"),
    T(
        "Басқарма төрағасы – президент",
        "Председатель правления – президент",
        "Chair of the board and president",
    ),
    Category.LEADERSHIP,
    PublicPosition.PRESIDENT,
    email="president@example.edu.kz",
    office=T("Бас ғимарат, 301 кабинет", "Главный корпус, кабинет 301", "Main building, room 301"),
    office_hours=RECEPTION,
)
RECTOR = PersonSpec(
    "nurlan-abdibekov",
    T("Нұрлан Серікұлы Әбдібеков", "Нурлан Серикулы Абдибеков", "Nurlan Abdibekov"),
    T("Ректор", "Ректор", "Rector"),
    Category.LEADERSHIP,
    PublicPosition.RECTOR,
    email="rector@example.edu.kz",
    phone="+7 (7172) 00-00-01",
    office=T("Бас ғимарат, 305 кабинет", "Главный корпус, кабинет 305", "Main building, room 305"),
    office_hours=RECEPTION,
    degrees=T(
        "Экономика ғылымдарының докторы, профессор",
        "Доктор экономических наук, профессор",
        "Doctor of Economics, professor",
    ),
    biography=T(
        "Университетте 2004 жылдан бері жұмыс істейді: кафедра меңгерушісі, ғылым жөніндегі проректор болған.",
        "Работает в университете с 2004 года: был заведующим кафедрой, проректором по науке.",
        "Has worked at the university since 2004 as a head of department and vice-rector for research.",
    ),
)
VICE_RECTOR = PersonSpec(
    "aigul-zhaksylykova",
    T("Айгүл Болатқызы Жақсылықова", "Айгуль Болаткызы Жаксылыкова", "Aigul Zhaksylykova"),
    T(
        "Академиялық мәселелер жөніндегі проректор",
        "Проректор по академическим вопросам",
        "Vice-rector for academic affairs",
    ),
    Category.LEADERSHIP,
    PublicPosition.VICE_RECTOR,
    email="academic@example.edu.kz",
    office=T("Бас ғимарат, 310 кабинет", "Главный корпус, кабинет 310", "Main building, room 310"),
    office_hours=HOURS,
)
RESEARCH_VICE_RECTOR = PersonSpec(
    "bakhyt-nurpeisov",
    T("Бақыт Қайратұлы Нұрпейісов", "Бахыт Кайратулы Нурпеисов", "Bakhyt Nurpeisov"),
    T(
        "Ғылыми жұмыс жөніндегі проректор",
        "Проректор по научной работе",
        "Vice-rector for research",
    ),
    Category.LEADERSHIP,
    PublicPosition.VICE_RECTOR,
    email="research@example.edu.kz",
    office=T("Бас ғимарат, 312 кабинет", "Главный корпус, кабинет 312", "Main building, room 312"),
    office_hours=HOURS,
)
DEAN = PersonSpec(
    "dana-omarova",
    T("Дана Ерланқызы Омарова", "Дана Ерланкызы Омарова", "Dana Omarova"),
    T(
        "Экономика факультетінің деканы",
        "Декан экономического факультета",
        "Dean of the Faculty of Economics",
    ),
    Category.HEAD,
    PublicPosition.DEAN,
    email="economics@example.edu.kz",
    office=T(
        "№2 оқу ғимараты, 201 кабинет",
        "Учебный корпус №2, кабинет 201",
        "Teaching building 2, room 201",
    ),
    office_hours=HOURS,
)
ENGINEERING_DEAN = PersonSpec(
    "timur-kassymov",
    T("Тимур Асқарұлы Қасымов", "Тимур Аскарулы Касымов", "Timur Kassymov"),
    T(
        "Инженерия факультетінің деканы",
        "Декан инженерного факультета",
        "Dean of the Faculty of Engineering",
    ),
    Category.HEAD,
    PublicPosition.DEAN,
    email="engineering@example.edu.kz",
    office=T(
        "№3 оқу ғимараты, 105 кабинет",
        "Учебный корпус №3, кабинет 105",
        "Teaching building 3, room 105",
    ),
    office_hours=HOURS,
)
MARKETING_HEAD = PersonSpec(
    "assel-tursynova",
    T("Әсел Нұржанқызы Тұрсынова", "Асель Нуржанкызы Турсынова", "Assel Tursynova"),
    T(
        "Маркетинг және коммуникация департаментінің директоры",
        "Директор департамента маркетинга и коммуникаций",
        "Director of marketing and communications",
    ),
    Category.HEAD,
    PublicPosition.MARKETING_HEAD,
    email="marketing@example.edu.kz",
    office=T("Бас ғимарат, 120 кабинет", "Главный корпус, кабинет 120", "Main building, room 120"),
    office_hours=HOURS,
)
# In the directory, but not a position that may speak for the university (P §8.3).
PRESS_OFFICER = PersonSpec(
    "madina-akhmetova",
    T("Мадина Ахметова", "Мадина Ахметова", "Madina Akhmetova"),
    T("Баспасөз хатшысы", "Пресс-секретарь", "Press secretary"),
    Category.STAFF,
    email="press@example.edu.kz",
    phone="+7 (7172) 00-00-20",
    office=T("Бас ғимарат, 122 кабинет", "Главный корпус, кабинет 122", "Main building, room 122"),
    office_hours=HOURS,
)
LIBRARY_HEAD = PersonSpec(
    "gulnara-sadykova",
    T("Гүлнара Сәдуақасқызы Садықова", "Гульнара Садуакаскызы Садыкова", "Gulnara Sadykova"),
    T(
        "Ғылыми кітапхана директоры",
        "Директор научной библиотеки",
        "Director of the research library",
    ),
    Category.HEAD,
    email="library@example.edu.kz",
    office_hours=HOURS,
)

# Three experts of the pool the rector approved (P glossary).
EXPERT_ECONOMY = PersonSpec(
    "aliya-zhumabayeva",
    T("Әлия Серікқызы Жұмабаева", "Алия Серикказы Жумабаева", "Aliya Zhumabayeva"),
    T("Қаржы кафедрасының профессоры", "Профессор кафедры финансов", "Professor of finance"),
    Category.TEACHER,
    email="a.zhumabayeva@example.edu.kz",
    degrees=T(
        "Экономика ғылымдарының кандидаты",
        "Кандидат экономических наук",
        "Candidate of Economic Sciences",
    ),
    expertise=T(
        "Қаржы нарықтары\nШағын бизнес",
        "Финансовые рынки\nМалый бизнес",
        "Financial markets\nSmall business",
    ),
    expert_approved_on=datetime.date(2026, 9, 1),
)
EXPERT_FOOD = PersonSpec(
    "nurlan-bekov",
    T("Нұрлан Асқарұлы Беков", "Нурлан Аскарулы Беков", "Nurlan Bekov"),
    T(
        "Тамақ өнімдерінің технологиясы кафедрасының меңгерушісі",
        "Заведующий кафедрой технологии пищевых продуктов",
        "Head of the food technology department",
    ),
    Category.HEAD,
    email="n.bekov@example.edu.kz",
    degrees=T(
        "Техника ғылымдарының докторы", "Доктор технических наук", "Doctor of Engineering Sciences"
    ),
    expertise=T(
        "Азық-түлік қауіпсіздігі\nТамақ өнеркәсібі",
        "Продовольственная безопасность\nПищевая промышленность",
        "Food safety\nFood industry",
    ),
    expert_approved_on=datetime.date(2026, 9, 1),
)
EXPERT_DIGITAL = PersonSpec(
    "zhanar-ospanova",
    T("Жанар Болатқызы Оспанова", "Жанар Болаткызы Оспанова", "Zhanar Ospanova"),
    T(
        "Ақпараттық жүйелер кафедрасының доценті",
        "Доцент кафедры информационных систем",
        "Associate professor of information systems",
    ),
    Category.TEACHER,
    email="z.ospanova@example.edu.kz",
    degrees=T("PhD", "PhD", "PhD"),
    expertise=T(
        "Цифрлық білім беру\nКиберқауіпсіздік",
        "Цифровое образование\nКибербезопасность",
        "Digital education\nCybersecurity",
    ),
    expert_approved_on=datetime.date(2026, 10, 15),
)

PUBLIC_PERSONS = (PRESIDENT, RECTOR, VICE_RECTOR, DEAN, MARKETING_HEAD, PRESS_OFFICER)
DIRECTORY = (
    *PUBLIC_PERSONS,
    RESEARCH_VICE_RECTOR,
    ENGINEERING_DEAN,
    LIBRARY_HEAD,
    EXPERT_ECONOMY,
    EXPERT_FOOD,
    EXPERT_DIGITAL,
)
TEXT_FIELDS = ("name", "position", "office", "office_hours", "degrees", "biography", "expertise")


def ensure_person(spec: PersonSpec) -> Person:
    """The Kazakh person of ``spec``, made with its translations when missing; an
    existing person (perhaps edited since) is left as it is."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    source = settings.LANGUAGE_CODE
    person = Person.objects.filter(locale=locales[source], slug=spec.slug).first()
    if person is None:
        person = Person(
            locale=locales[source],
            slug=spec.slug,
            category=spec.category,
            public_position=spec.public_position,
            in_office=spec.in_office,
            email=spec.email,
            phone=spec.phone,
            expert_approved_on=spec.expert_approved_on,
            **{field: getattr(spec, field)[source] for field in TEXT_FIELDS},
        )
        person.full_clean()
        person.save()
    for language, locale in locales.items():
        if language == source or person.has_translation(locale):
            continue
        texts = {field: getattr(spec, field)[language] for field in TEXT_FIELDS}
        translate(
            person,
            locale,
            lambda segment, texts=texts: texts.get(segment.context.path),
            tool_name=TOOL_NAME,
        )
    return person


def ensure_people() -> None:
    for spec in DIRECTORY:
        ensure_person(spec)
