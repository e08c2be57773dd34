"""University subsections carrying the mandatory disclosures: financial reporting, the licence
(W §9.7.2.2) and the information-disclosure page listing the invariant block (W §9.6–9.7).
"""

from demo.content.common import (
    ADDRESS,
    ADMISSION_EMAIL,
    ADMISSION_PHONE,
    FOUNDED,
    INFO_EMAIL,
    MAIN_PHONE,
    WORKING_HOURS,
    same,
)
from demo.spec import BulletList, Link, Links, PageSpec, Paragraphs, T, Table

# The items of W §9.7 as structured fields (D1). "Electronic resources for students" is
# deliberately left empty so the completeness report (D4) has something to show.
DISCLOSURE_FIELDS = {
    "founding": FOUNDED,
    "location": ADDRESS,
    "working_hours": WORKING_HOURS,
    "phones": same(f"{MAIN_PHONE}, {ADMISSION_PHONE}"),
    "emails": same(f"{INFO_EMAIL}, {ADMISSION_EMAIL}"),
    "structure": T(
        kk="Жоғары басқару органы – акционерлердің жалпы жиналысы; басқару органы – директорлар кеңесі; атқарушы орган – басқарма (ректор). Алқалы органдар: ғылыми кеңес, оқу-әдістемелік кеңес, жұмыс берушілер кеңесі. Құрылымдық бөлімшелер: факультеттер, кафедралар, департаменттер мен басқармалар.",
        ru="Высший орган – общее собрание акционеров; орган управления – совет директоров; исполнительный орган – правление (ректор). Коллегиальные органы: учёный совет, учебно-методический совет, совет работодателей. Структурные подразделения: факультеты, кафедры, департаменты и управления.",
        en="Supreme body: the General Meeting of Shareholders; governing body: the Board of Directors; executive body: the Management Board (the rector). Collegial bodies: the Academic Council, the Academic and Methodological Council, the Employers' Council. Units: faculties, departments, directorates and offices.",
    ),
    "study_forms": T(
        kk="Күндізгі оқу нысаны; қашықтықтан оқыту технологияларын қолданатын сырттай оқу; жоғары білімнің негізінде қысқартылған бағдарламалар.",
        ru="Очная форма обучения; заочная форма с применением дистанционных образовательных технологий; сокращённые программы на базе высшего образования.",
        en="Full-time study; part-time study with distance-learning technologies; shortened programmes for holders of a higher-education degree.",
    ),
    "head": T(
        kk="Басқарма төрағасы – ректор. Қабылдау: сәрсенбі, 15:00–17:00, бас ғимарат, 301 кабинет.",
        ru="Председатель правления – ректор. Приём: среда, 15:00–17:00, главный корпус, кабинет 301.",
        en="Chair of the Management Board: the rector. Office hours: Wednesday, 15:00–17:00, main building, room 301.",
    ),
    "facilities": T(
        kk="Оқу ғимараттары, зертханалар мен компьютерлік сыныптар, спорт кешені, асхана, медициналық пункт және студенттер жатақханасы.",
        ru="Учебные корпуса, лаборатории и компьютерные классы, спортивный комплекс, столовая, медицинский пункт и студенческое общежитие.",
        en="Teaching buildings, laboratories and computer rooms, a sports complex, a canteen, a medical centre and a student dormitory.",
    ),
    "library": T(
        kk="Ғылыми кітапхананың оқу залдары дүйсенбі–сенбі күндері 09:00–19:00 аралығында жұмыс істейді; қорда оқулықтар, ғылыми басылымдар мен мерзімді басылымдар бар.",
        ru="Читальные залы научной библиотеки работают с понедельника по субботу, 09:00–19:00; в фонде учебники, научные издания и периодика.",
        en="The reading rooms of the research library are open Monday to Saturday, 09:00–19:00; its collection holds textbooks, research publications and periodicals.",
    ),
}

FINANCIAL_REPORTING = PageSpec(
    model="documents.DocumentLibraryPage",
    fields={"category": "financial"},
    slug=T(kk="karzhylyk-eseptilik", ru="finansovaya-otchetnost", en="financial-reporting"),
    title=T(kk="Қаржылық есептілік", ru="Финансовая отчётность", en="Financial reporting"),
    intro=T(
        kk="Акционерлік қоғам ретінде университет жылдық қаржылық есептілікті тәуелсіз аудитордың есебімен бірге жариялайды.",
        ru="Как акционерное общество университет публикует годовую финансовую отчётность вместе с отчётом независимого аудитора.",
        en="As a joint-stock company, the university publishes its annual financial statements together with the independent auditor's report.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Жылдық қаржылық есептілік халықаралық қаржылық есептілік стандарттарына (ХҚЕС) сәйкес дайындалады, тәуелсіз аудиттен өтеді және акционерлердің жалпы жиналысы бекіткеннен кейін жарияланады.",
                    ru="Годовая финансовая отчётность составляется по международным стандартам финансовой отчётности (МСФО), проходит независимый аудит и публикуется после утверждения общим собранием акционеров.",
                    en="The annual financial statements are prepared under International Financial Reporting Standards (IFRS), independently audited and published once approved by the General Meeting of Shareholders.",
                ),
                T(
                    kk="Есептілік сонымен қатар қаржылық есептілік депозитарийінде орналастырылады.",
                    ru="Отчётность также размещается в депозитарии финансовой отчётности.",
                    en="The statements are also filed with the Financial Statements Depository.",
                ),
            )
        ),
        Table(
            caption=T(kk="Жарияланған есептер", ru="Опубликованные отчёты", en="Published reports"),
            header=(
                T(kk="Құжат", ru="Документ", en="Document"),
                T(kk="Кезең", ru="Период", en="Period"),
                T(kk="Жарияланған күні", ru="Дата публикации", en="Published"),
            ),
            rows=(
                (
                    T(
                        kk="Аудиттелген жылдық қаржылық есептілік",
                        ru="Аудированная годовая финансовая отчётность",
                        en="Audited annual financial statements",
                    ),
                    T(kk="2025 жыл", ru="2025 год", en="2025"),
                    T(kk="2026 жылғы мамыр", ru="май 2026 года", en="May 2026"),
                ),
                (
                    T(
                        kk="Тәуелсіз аудитордың есебі",
                        ru="Отчёт независимого аудитора",
                        en="Independent auditor's report",
                    ),
                    T(kk="2025 жыл", ru="2025 год", en="2025"),
                    T(kk="2026 жылғы мамыр", ru="май 2026 года", en="May 2026"),
                ),
                (
                    T(
                        kk="Аудиттелген жылдық қаржылық есептілік",
                        ru="Аудированная годовая финансовая отчётность",
                        en="Audited annual financial statements",
                    ),
                    T(kk="2024 жыл", ru="2024 год", en="2024"),
                    T(kk="2025 жылғы мамыр", ru="май 2025 года", en="May 2025"),
                ),
                (
                    T(
                        kk="Мемлекеттік білім беру тапсырысы қаражатының пайдаланылуы туралы есеп",
                        ru="Отчёт об использовании средств государственного образовательного заказа",
                        en="Report on the use of state educational order funds",
                    ),
                    T(
                        kk="2025–2026 оқу жылы",
                        ru="2025–2026 учебный год",
                        en="2025–2026 academic year",
                    ),
                    T(kk="2026 жылғы қыркүйек", ru="сентябрь 2026 года", en="September 2026"),
                ),
            ),
        ),
        Links(
            title=T(kk="Сыртқы дереккөздер", ru="Внешние источники", en="External sources"),
            links=(
                Link(
                    label=T(
                        kk="Қаржылық есептілік депозитарийі",
                        ru="Депозитарий финансовой отчётности",
                        en="Financial Statements Depository",
                    ),
                    url="https://dfo.kz/",
                ),
            ),
        ),
    ),
)

# An extract of the register (licence category): the page lists the licence copy (D2).
LICENCE = PageSpec(
    model="documents.DocumentLibraryPage",
    fields={"category": "licence"},
    slug=T(kk="licenziya", ru="licenziya", en="licence"),
    title=T(kk="Лицензия", ru="Лицензия", en="Licence"),
    intro=T(
        kk="Университет жоғары және жоғары оқу орнынан кейінгі білім беру қызметімен айналысуға арналған мемлекеттік лицензия негізінде жұмыс істейді.",
        ru="Университет работает на основании государственной лицензии на занятие образовательной деятельностью в сфере высшего и послевузовского образования.",
        en="The university operates under a state licence for educational activity in higher and postgraduate education.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Лицензия мерзімсіз болып табылады, ал оның қосымшаларында университет білім беру қызметін жүзеге асыратын даярлау бағыттары көрсетілген. Лицензия мен оның қосымшаларының көшірмелері осы бетте жарияланады.",
                    ru="Лицензия является бессрочной, а в приложениях к ней указаны направления подготовки, по которым университет ведёт образовательную деятельность. Копии лицензии и приложений к ней публикуются на этой странице.",
                    en="The licence has no expiry date, and its appendices list the fields of study in which the university may teach. Copies of the licence and its appendices are published on this page.",
                ),
                T(
                    kk="Лицензияның түпнұсқалығын және қолданыста екенін кез келген адам мемлекеттік электрондық лицензиялау жүйесінде тексере алады.",
                    ru="Подлинность и действительность лицензии любой желающий может проверить в государственной системе электронного лицензирования.",
                    en="Anyone can check that the licence is genuine and valid in the state electronic licensing system.",
                ),
            )
        ),
        BulletList(
            intro=T(
                kk="Лицензия қосымшаларындағы даярлау бағыттары:",
                ru="Направления подготовки в приложениях к лицензии:",
                en="Fields of study listed in the licence appendices:",
            ),
            items=(
                T(
                    kk="Бизнес, басқару және құқық",
                    ru="Бизнес, управление и право",
                    en="Business, management and law",
                ),
                T(
                    kk="Инженерлік, өңдеу және құрылыс салалары",
                    ru="Инженерные, обрабатывающие и строительные отрасли",
                    en="Engineering, manufacturing and construction",
                ),
                T(
                    kk="Ақпараттық-коммуникациялық технологиялар",
                    ru="Информационно-коммуникационные технологии",
                    en="Information and communication technologies",
                ),
                T(kk="Қызмет көрсету", ru="Услуги", en="Services"),
            ),
        ),
        Links(
            title=T(kk="Лицензияны тексеру", ru="Проверка лицензии", en="Check the licence"),
            links=(
                Link(
                    label=T(
                        kk="Мемлекеттік электрондық лицензиялау жүйесі",
                        ru="Государственная система электронного лицензирования",
                        en="State electronic licensing system",
                    ),
                    url="https://elicense.kz/",
                ),
            ),
        ),
    ),
)

INFORMATION_DISCLOSURE = PageSpec(
    model="documents.DisclosurePage",
    fields=DISCLOSURE_FIELDS,
    slug=T(kk="akparatty-ashu", ru="raskrytie-informacii", en="information-disclosure"),
    title=T(kk="Ақпаратты ашу", ru="Раскрытие информации", en="Information disclosure"),
    intro=T(
        kk="Бұл бетте корпоративтік сайт туралы ережеге сәйкес сайтта міндетті түрде орналастырылатын ақпарат (инвариантты блок) жарияланған.",
        ru="На этой странице опубликована информация, которую положение о корпоративном сайте обязывает размещать на сайте (инвариантный блок).",
        en="This page publishes the information that the regulation on the corporate website requires the site to disclose (the invariant block).",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Сайттың ақпараттық құрылымы екі түрдегі материалдардан тұрады: міндетті түрде орналастырылатын материалдар (инвариантты блок) және университет өз шешімімен орналастыратын материалдар (вариативті блок). Вариативті блоктың материалдары да сол ереженің талаптарына сай болуы тиіс.",
                    ru="Информационная структура сайта состоит из материалов двух видов: обязательных к размещению (инвариантный блок) и размещаемых по решению университета (вариативный блок). Материалы вариативного блока также должны соответствовать требованиям положения.",
                    en="The site's content is of two kinds: material that must be published (the invariant block) and material the university publishes at its own discretion (the variable block). The variable block must meet the same rules.",
                ),
            )
        ),
        Paragraphs(
            (
                T(
                    kk="Сонымен қатар университет өз шешімімен жариялайтын және Қазақстан Республикасының заңнамасына сәйкес жариялануы міндетті басқа да ақпарат орналастырылады. Мемлекеттік, коммерциялық немесе заңмен қорғалатын өзге де құпияны қамтитын мәліметтер жарияланбайды.",
                    ru="Кроме того, размещается иная информация, публикуемая по решению университета или обязательная к опубликованию по законодательству Республики Казахстан. Сведения, составляющие государственную, коммерческую или иную охраняемую законом тайну, не публикуются.",
                    en="The site also carries other information the university decides to publish or is required to publish under the laws of Kazakhstan. Information that is a state, commercial or other legally protected secret is never published.",
                ),
            )
        ),
    ),
)
