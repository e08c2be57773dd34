"""More news items for autumn 2026, with hero photos, a photo report, a video report and
one withdrawn item; and the tags of every news item in each language (N1, W §8.3.8).

Tags are set per language by the news app's bootstrap step (``news.bootstrap``), keyed
by the Kazakh slug, because a tag is a word of the visitor's language.
"""

import datetime

from demo.images import DemoImage
from demo.spec import Gallery, PageSpec, Paragraphs, Photo, T, Video


def news_fields(date, category: str, colour, subject: T, **extra) -> dict:
    """A news item's date, category and hero picture: an illustration saying ``subject``
    (drawn once, found again by title), with alt text that says it is one."""
    image = DemoImage(f"news {date.isoformat()} {category}", colour, subject=subject)
    return {
        "date": date,
        "category": category,
        "hero_image": image,
        "hero_alt": image.alt,
        **extra,
    }


def illustration(title: str, colour, subject: T, caption: T | None = None) -> Photo:
    """A gallery picture: an illustration saying ``subject``, labelled as one."""
    image = DemoImage(title, colour, subject=subject)
    return Photo(image, image.alt, caption)


def item(slug: T, title: T, intro: T, paragraphs: tuple[T, ...], fields: dict, extra=(), tags=()):
    return PageSpec(
        model="news.NewsPage",
        slug=slug,
        title=title,
        intro=intro,
        body=(Paragraphs(paragraphs), *extra),
        fields=fields,
        tags=tags,
    )


# News tags: words of each language, set on each language's page.
STUDENTS = T(kk="студенттер", ru="студенты", en="students")
SCIENCE = T(kk="ғылым", ru="наука", en="research")
ADMISSION = T(kk="қабылдау", ru="приём", en="admission")
INTERNATIONAL = T(kk="халықаралық", ru="международное", en="international")
SPORT = T(kk="спорт", ru="спорт", en="sport")
CULTURE = T(kk="мәдениет", ru="культура", en="culture")
PHOTO = T(kk="фотоесеп", ru="фоторепортаж", en="photo report")
VIDEO = T(kk="бейнеесеп", ru="видеоотчёт", en="video report")
QUALITY = T(kk="сапа", ru="качество", en="quality")


LIBRARY = item(
    T(
        kk="kitaphana-taulik-boiy",
        ru="biblioteka-kruglosutochno",
        en="library-open-around-the-clock",
    ),
    T(
        kk="Кітапхананың оқу залы енді тәулік бойы ашық",
        ru="Читальный зал библиотеки теперь открыт круглосуточно",
        en="The library reading room is now open around the clock",
    ),
    T(
        kk="Емтихан кезеңінде студенттер оқу залында түнде де дайындала алады.",
        ru="В период экзаменов студенты могут готовиться в читальном зале и ночью.",
        en="During exams students can now study in the reading room at night too.",
    ),
    (
        T(
            kk="Оқу залына студенттік билет арқылы кіруге болады. Түнгі уақытта кезекші әкімші жұмыс істейді, Wi-Fi және электрондық каталог қолжетімді.",
            ru="Вход в читальный зал – по студенческому билету. Ночью работает дежурный администратор, доступны Wi-Fi и электронный каталог.",
            en="Entry is with a student card. A duty administrator is on site at night, and Wi-Fi and the e-catalogue are available.",
        ),
    ),
    news_fields(
        datetime.date(2026, 9, 10),
        "students",
        (70, 90, 120),
        T(
            kk="Кешкі уақытта оқу залында дайындалып отырған студенттер",
            ru="Студенты готовятся в читальном зале вечером",
            en="Students studying in the reading room in the evening",
        ),
    ),
    tags=(STUDENTS,),
)

GRANT = item(
    T(
        kk="azyk-kauipsizdigi-granty",
        ru="grant-na-pishchevuyu-bezopasnost",
        en="food-safety-research-grant",
    ),
    T(
        kk="Ғалымдарымыз азық-түлік қауіпсіздігі бойынша грант жеңіп алды",
        ru="Наши учёные выиграли грант по пищевой безопасности",
        en="Our researchers win a food safety research grant",
    ),
    T(
        kk="Жоба сүт өнімдерінің сапасын жылдам бақылау әдісін әзірлеуге арналған.",
        ru="Проект посвящён разработке метода быстрого контроля качества молочной продукции.",
        en="The project will develop a rapid quality test for dairy products.",
    ),
    (
        T(
            kk="Грант үш жылға берілді. Жобаға екі магистрант пен төрт студент тартылады, зерттеу нәтижелері өңірлік кәсіпорындарда сыналады.",
            ru="Грант выделен на три года. В проекте участвуют два магистранта и четыре студента, результаты испытают на предприятиях региона.",
            en="The grant runs for three years. Two master's students and four undergraduates join the project, and results will be tested at regional plants.",
        ),
    ),
    news_fields(
        datetime.date(2026, 9, 28),
        "science",
        (40, 120, 130),
        T(
            kk="Зертханада сүт үлгілерін талдап жатқан ғалымдар",
            ru="Учёные анализируют образцы молока в лаборатории",
            en="Researchers analysing milk samples in the laboratory",
        ),
    ),
    tags=(SCIENCE,),
)

OPEN_DAY = item(
    T(kk="ashyk-esik-kuni-2026", ru="den-otkrytykh-dverei-2026", en="open-day-2026"),
    T(
        kk="Ашық есік күніне мыңға жуық мектеп оқушысы келді",
        ru="День открытых дверей посетили почти тысяча школьников",
        en="Nearly a thousand school pupils came to the open day",
    ),
    T(
        kk="Талапкерлер факультеттермен, зертханалармен және студенттік клубтармен танысты.",
        ru="Абитуриенты познакомились с факультетами, лабораториями и студенческими клубами.",
        en="Future applicants met the faculties and visited laboratories and student clubs.",
    ),
    (
        T(
            kk="Әр факультет шеберлік сыныптарын өткізді, ал қабылдау комиссиясы грант пен ауыл жастарына арналған квота туралы сұрақтарға жауап берді.",
            ru="Каждый факультет провёл мастер-классы, а приёмная комиссия ответила на вопросы о грантах и квоте для сельской молодёжи.",
            en="Each faculty ran workshops, and the admission office answered questions about grants and the rural youth quota.",
        ),
    ),
    news_fields(
        datetime.date(2026, 10, 5),
        "admission",
        (180, 80, 60),
        T(
            kk="Ашық есік күнінде университеттің кіреберісіндегі мектеп оқушылары",
            ru="Школьники у входа в университет в день открытых дверей",
            en="School pupils at the university entrance on the open day",
        ),
    ),
    extra=(
        Gallery(
            title=T(
                kk="Ашық есік күні: иллюстрациялар",
                ru="День открытых дверей: иллюстрации",
                en="Open day: illustrations",
            ),
            photos=(
                illustration(
                    "Open day: chemistry workshop",
                    (60, 130, 90),
                    T(
                        kk="Химия зертханасындағы шеберлік сыныбы",
                        ru="Мастер-класс в химической лаборатории",
                        en="A workshop in the chemistry laboratory",
                    ),
                ),
                illustration(
                    "Open day: admission desk",
                    (30, 80, 160),
                    T(
                        kk="Қабылдау комиссиясының кеңесшілері талапкерлермен сөйлесуде",
                        ru="Консультанты приёмной комиссии беседуют с абитуриентами",
                        en="Admission advisers talking to future applicants",
                    ),
                    T(kk="Кеңес беру алаңы", ru="Зона консультаций", en="The advice desk"),
                ),
                illustration(
                    "Open day: student clubs fair",
                    (160, 60, 110),
                    T(
                        kk="Студенттік клубтар жәрмеңкесіндегі стендтер",
                        ru="Стенды на ярмарке студенческих клубов",
                        en="Stands at the student clubs fair",
                    ),
                ),
            ),
        ),
    ),
    tags=(ADMISSION, PHOTO),
)

VOLLEYBALL = item(
    T(kk="voleibol-chempiondary", ru="chempiony-po-voleibolu", en="volleyball-champions"),
    T(
        kk="Волейбол командамыз қалалық чемпионатта жеңіске жетті",
        ru="Наша волейбольная команда выиграла городской чемпионат",
        en="Our volleyball team wins the city championship",
    ),
    T(
        kk="Финалда құрама үш партияда жеңіп, алтын медаль алды.",
        ru="В финале сборная победила в трёх партиях и завоевала золото.",
        en="The team won the final in three sets and took gold.",
    ),
    (
        T(
            kk="Чемпионатқа Астананың он екі жоғары оқу орны қатысты. Команданың жаттықтырушысы жеңісті бүкіл университетке арнады.",
            ru="В чемпионате участвовали двенадцать вузов Астаны. Тренер команды посвятил победу всему университету.",
            en="Twelve Astana universities took part. The coach dedicated the win to the whole university.",
        ),
    ),
    news_fields(
        datetime.date(2026, 10, 22),
        "students",
        (200, 120, 30),
        T(
            kk="Медаль таққан волейболшылар спорт залында",
            ru="Волейболисты с медалями в спортивном зале",
            en="The volleyball players with their medals in the sports hall",
        ),
    ),
    tags=(SPORT, STUDENTS),
)

REPUBLIC_DAY = item(
    T(kk="respublika-kuni-konserti", ru="koncert-ko-dnyu-respubliki", en="republic-day-concert"),
    T(
        kk="Республика күніне арналған мерекелік концерт өтті",
        ru="Состоялся праздничный концерт ко Дню Республики",
        en="A concert for Republic Day",
    ),
    T(
        kk="Студенттер ән, күй және би нөмірлерін ұсынды; бейнеесепті төменде көріңіз.",
        ru="Студенты исполнили песни, кюи и танцы; видеоотчёт – ниже.",
        en="Students performed songs, kuis and dances; watch the video report below.",
    ),
    (
        T(
            kk="Концерт университеттің акт залында өтті. Үздік орындаушыларға ректордың алғыс хаттары табысталды.",
            ru="Концерт прошёл в актовом зале университета. Лучшим исполнителям вручены благодарственные письма ректора.",
            en="The concert took place in the main hall, and the best performers received letters of thanks from the Rector.",
        ),
    ),
    news_fields(
        datetime.date(2026, 10, 26),
        "university",
        (140, 30, 50),
        T(
            kk="Акт залының сахнасында домбыра ансамблі өнер көрсетуде",
            ru="Ансамбль домбристов выступает на сцене актового зала",
            en="A dombra ensemble performing on the stage of the main hall",
        ),
    ),
    extra=(
        Video(
            url="https://www.youtube.com/watch?v=mwrGSfiB1Mg",
            title=T(
                kk="Концерттен бейнеесеп",
                ru="Видеоотчёт с концерта",
                en="Video report from the concert",
            ),
            transcript=T(
                kk="Бейнеде студенттер домбыра ансамблінің орындауында күй тартып, халық биін билейді.",
                ru="На видео студенты исполняют кюй в составе ансамбля домбристов и танцуют народный танец.",
                en="The video shows students playing a kui in a dombra ensemble and performing a folk dance.",
            ),
        ),
    ),
    tags=(CULTURE, VIDEO),
)

ERASMUS_SESSION = item(
    T(
        kk="erasmus-akparattyk-sessiyasy",
        ru="informatsionnaya-sessiya-erasmus",
        en="erasmus-information-session",
    ),
    T(
        kk="Erasmus+ бағдарламасы бойынша ақпараттық сессия өтті",
        ru="Прошла информационная сессия по программе Erasmus+",
        en="Erasmus+ information session held",
    ),
    T(
        kk="Студенттерге шетелде бір семестр оқуға өтінім беру тәртібі түсіндірілді.",
        ru="Студентам рассказали, как подать заявку на семестр обучения за рубежом.",
        en="Students learned how to apply for a semester abroad.",
    ),
    (
        T(
            kk="Өтінімдер халықаралық ынтымақтастық бөліміне 15 желтоқсанға дейін қабылданады. Ағылшын тілін B2 деңгейінде білу талап етіледі.",
            ru="Заявки принимает отдел международного сотрудничества до 15 декабря. Требуется английский язык на уровне B2.",
            en="Applications go to the international office by 15 December. English at B2 level is required.",
        ),
    ),
    news_fields(
        datetime.date(2026, 10, 29),
        "international",
        (20, 60, 140),
        T(
            kk="Аудиторияда Erasmus+ туралы баяндаманы тыңдап отырған студенттер",
            ru="Студенты слушают доклад об Erasmus+ в аудитории",
            en="Students listening to a talk about Erasmus+ in a lecture room",
        ),
    ),
    tags=(INTERNATIONAL, STUDENTS),
)

LOGISTICS_MASTERS = item(
    T(
        kk="cifrlyk-logistika-magistraturasy",
        ru="magistratura-tsifrovaya-logistika",
        en="digital-logistics-masters",
    ),
    T(
        kk="«Цифрлық логистика» жаңа магистратура бағдарламасы ашылды",
        ru="Открыта новая магистерская программа «Цифровая логистика»",
        en="New master's programme in digital logistics",
    ),
    T(
        kk="Бағдарлама жұмыс берушілермен бірлесіп әзірленді, қабылдау 2027 жылы басталады.",
        ru="Программа разработана вместе с работодателями, набор начнётся в 2027 году.",
        en="Designed with employers, the programme takes its first students in 2027.",
    ),
    (
        T(
            kk="Оқу екі жылға созылады, пәндердің үштен бірін логистикалық компаниялардың мамандары жүргізеді.",
            ru="Обучение длится два года, треть дисциплин ведут специалисты логистических компаний.",
            en="The course lasts two years, and a third of the modules are taught by people from logistics companies.",
        ),
    ),
    news_fields(
        datetime.date(2026, 11, 3),
        "education",
        (90, 100, 40),
        T(
            kk="Логистикалық орталықтың қоймасындағы жүк тиеу аймағы",
            ru="Зона погрузки на складе логистического центра",
            en="The loading area of a logistics centre warehouse",
        ),
    ),
    tags=(ADMISSION,),
)

DONORS = item(
    T(kk="donorlar-kuni", ru="den-donora", en="blood-donor-day"),
    T(
        kk="Еріктілер қан тапсыру акциясын ұйымдастырды",
        ru="Волонтёры организовали донорскую акцию",
        en="Volunteers organise a blood donation day",
    ),
    T(
        kk="Акцияға жүзден астам студент пен қызметкер қатысты.",
        ru="В акции приняли участие более ста студентов и сотрудников.",
        en="More than a hundred students and staff gave blood.",
    ),
    (
        T(
            kk="Акция қалалық қан орталығымен бірлесіп өтті. Жиналған қан облыстық аурухананың қажетіне жіберіледі.",
            ru="Акция прошла совместно с городским центром крови. Собранная кровь направлена в областную больницу.",
            en="The day was run with the city blood centre, and the blood collected goes to the regional hospital.",
        ),
    ),
    news_fields(
        datetime.date(2026, 11, 20),
        "students",
        (170, 40, 40),
        T(
            kk="Жылжымалы донорлық пунктте қан тапсырып жатқан студент",
            ru="Студент сдаёт кровь в мобильном донорском пункте",
            en="A student giving blood at the mobile donor station",
        ),
    ),
    tags=(STUDENTS,),
)

WITHDRAWN = item(
    T(kk="kysky-sessiya-kestesi", ru="raspisanie-zimnei-sessii", en="winter-exam-timetable"),
    T(
        kk="Қысқы емтихан сессиясының кестесі жарияланды",
        ru="Опубликовано расписание зимней экзаменационной сессии",
        en="Winter exam timetable published",
    ),
    T(
        kk="Емтихандар 21 желтоқсанда басталады.",
        ru="Экзамены начнутся 21 декабря.",
        en="Exams start on 21 December.",
    ),
    (
        T(
            kk="Кесте студенттің жеке кабинетінде жарияланды.",
            ru="Расписание опубликовано в личном кабинете студента.",
            en="The timetable is in the personal account.",
        ),
    ),
    news_fields(
        datetime.date(2026, 11, 16),
        "education",
        (100, 100, 110),
        T(
            kk="Емтихан кестесі ілінген ақпарат тақтасы",
            ru="Информационная доска с расписанием экзаменов",
            en="A notice board with the exam timetable",
        ),
        withdrawn_on=datetime.date(2026, 11, 18),
        withdrawal_notice=T(
            kk="Кесте қателікпен жарияланды. Нақты кесте студенттің жеке кабинетінде берілген.",
            ru="Расписание было опубликовано по ошибке. Актуальное расписание – в личном кабинете студента.",
            en="The timetable was published by mistake. The correct timetable is in the personal account.",
        ),
    ),
    tags=(STUDENTS,),
)

MORE_NEWS = (
    LIBRARY,
    GRANT,
    OPEN_DAY,
    VOLLEYBALL,
    REPUBLIC_DAY,
    ERASMUS_SESSION,
    LOGISTICS_MASTERS,
    DONORS,
    WITHDRAWN,
)
