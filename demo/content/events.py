"""The events calendar under News (N3): two past and three upcoming events.

Dates are relative to the day the tree is built, so a fresh demo always has upcoming
events; times are Astana local time (Asia/Almaty).
"""

import datetime
from zoneinfo import ZoneInfo

from demo.spec import PageSpec, Paragraphs, T

ALMATY = ZoneInfo("Asia/Almaty")
MAIN_HALL = T(
    kk="Бас ғимарат, акт залы", ru="Главный корпус, актовый зал", en="Main building, assembly hall"
)


def _at(days: int, hour: int, minute: int = 0) -> datetime.datetime:
    day = datetime.date.today() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=ALMATY)


def event(
    slug: T,
    title: T,
    intro: T,
    text: T,
    *,
    starts,
    hours: int,
    place: T,
    department: T,
    registration="",
):
    return PageSpec(
        model="news.EventPage",
        slug=slug,
        title=title,
        intro=intro,
        body=(Paragraphs((text,)),),
        fields={
            "start": starts,
            "end": starts + datetime.timedelta(hours=hours),
            "place": place,
            "department": department,
            "registration_url": registration,
        },
    )


SCIENCE_CONFERENCE = event(
    T(kk="gylymi-konferenciya", ru="nauchnaya-konferentsiya", en="research-conference"),
    T(
        kk="Жас ғалымдардың ғылыми конференциясы",
        ru="Научная конференция молодых учёных",
        en="Young researchers' conference",
    ),
    T(
        kk="Магистранттар мен докторанттар зерттеу нәтижелерін ұсынады.",
        ru="Магистранты и докторанты представят результаты исследований.",
        en="Master's and doctoral students present their research.",
    ),
    T(
        kk="Конференция жұмысы төрт секцияда өтеді: тағам технологиясы, экономика, ақпараттық технологиялар және педагогика.",
        ru="Конференция пройдёт в четырёх секциях: пищевые технологии, экономика, информационные технологии и педагогика.",
        en="The conference runs in four sections: food technology, economics, information technology and education.",
    ),
    starts=_at(-30, 10),
    hours=6,
    place=MAIN_HALL,
    department=T(
        kk="Ғылым және инновациялар департаменті",
        ru="Департамент науки и инноваций",
        en="Research and Innovation Department",
    ),
)

CAREER_FAIR = event(
    T(kk="bos-zhumys-orny-zharmenkesi", ru="yarmarka-vakansii", en="career-fair"),
    T(kk="Бос жұмыс орындарының жәрмеңкесі", ru="Ярмарка вакансий", en="Career fair"),
    T(
        kk="Отыздан астам компания түлектер мен студенттерге жұмыс ұсынады.",
        ru="Более тридцати компаний предложат работу выпускникам и студентам.",
        en="More than thirty companies offer jobs to graduates and students.",
    ),
    T(
        kk="Түйіндемеңізді басып шығарып алуды ұмытпаңыз: кәсіпорындар өкілдері бірден сұхбат өткізеді.",
        ru="Не забудьте распечатать резюме: представители компаний проводят собеседования на месте.",
        en="Bring a printed CV: employers interview on the spot.",
    ),
    starts=_at(-10, 11),
    hours=4,
    place=T(kk="Спорт кешені", ru="Спортивный комплекс", en="Sports centre"),
    department=T(kk="Мансап орталығы", ru="Центр карьеры", en="Career Centre"),
)

WINTER_OPEN_DAY = event(
    T(kk="kysky-ashyk-esik-kuni", ru="zimnii-den-otkrytykh-dverei", en="winter-open-day"),
    T(kk="Қысқы ашық есік күні", ru="Зимний день открытых дверей", en="Winter open day"),
    T(
        kk="Талапкерлер мен ата-аналарға арналған экскурсиялар мен кеңестер.",
        ru="Экскурсии и консультации для абитуриентов и родителей.",
        en="Tours and advice for future applicants and their parents.",
    ),
    T(
        kk="Бағдарламада факультеттер таныстырылымы, зертханаларға экскурсия және қабылдау комиссиясының кеңесі бар.",
        ru="В программе – презентации факультетов, экскурсии по лабораториям и консультации приёмной комиссии.",
        en="Faculty presentations, laboratory tours and advice from the admission office.",
    ),
    starts=_at(12, 10),
    hours=4,
    place=MAIN_HALL,
    department=T(kk="Қабылдау комиссиясы", ru="Приёмная комиссия", en="Admission Office"),
    registration="https://kazutb.edu.kz/",
)

GUEST_LECTURE = event(
    T(kk="konak-darisi", ru="gostevaya-lektsiya", en="guest-lecture"),
    T(
        kk="Қонақ дәрісі: азық-түлік өндірісіндегі цифрландыру",
        ru="Гостевая лекция: цифровизация пищевого производства",
        en="Guest lecture: digitalisation in food production",
    ),
    T(
        kk="Серіктес университеттің профессоры дәріс оқиды.",
        ru="Лекцию прочтёт профессор университета-партнёра.",
        en="A professor from our partner university gives the lecture.",
    ),
    T(
        kk="Дәріс ағылшын тілінде өтеді, қазақ және орыс тілдеріне ілеспе аударма беріледі.",
        ru="Лекция пройдёт на английском языке с синхронным переводом на казахский и русский.",
        en="The lecture is in English with interpreting into Kazakh and Russian.",
    ),
    starts=_at(20, 15),
    hours=2,
    place=T(
        kk="Бас ғимарат, 305 аудитория",
        ru="Главный корпус, аудитория 305",
        en="Main building, room 305",
    ),
    department=T(
        kk="Технология және стандарттау факультеті",
        ru="Факультет технологии и стандартизации",
        en="Faculty of Technology and Standardization",
    ),
    registration="https://kazutb.edu.kz/",
)

NEW_YEAR_CONCERT = event(
    T(kk="zhana-zhyl-konserti", ru="novogodnii-kontsert", en="new-year-concert"),
    T(
        kk="Жаңа жылдық студенттік концерт",
        ru="Новогодний студенческий концерт",
        en="Student New Year concert",
    ),
    T(
        kk="Студенттік клубтардың мерекелік бағдарламасы.",
        ru="Праздничная программа студенческих клубов.",
        en="A festive programme by the student clubs.",
    ),
    T(
        kk="Кіру тегін, орын саны шектеулі.",
        ru="Вход свободный, количество мест ограничено.",
        en="Entry is free; seats are limited.",
    ),
    starts=_at(30, 18),
    hours=3,
    place=MAIN_HALL,
    department=T(
        kk="Тәрбие жұмысы бөлімі", ru="Отдел воспитательной работы", en="Student Affairs Office"
    ),
)

EVENTS = PageSpec(
    model="news.EventIndexPage",
    slug=T(kk="is-sharalar", ru="meropriyatiya", en="events"),
    title=T(kk="Іс-шаралар", ru="Мероприятия", en="Events"),
    intro=T(
        kk="Университеттің алдағы және өткен іс-шаралары.",
        ru="Предстоящие и прошедшие мероприятия университета.",
        en="Upcoming and past events at the university.",
    ),
    children=(SCIENCE_CONFERENCE, CAREER_FAIR, WINTER_OPEN_DAY, GUEST_LECTURE, NEW_YEAR_CONCERT),
)
