"""The Home page (S1): the root of the tree, with its four subsections and the sections below it
in the S1 order.
"""

from demo.content.applicant import APPLICANT
from demo.content.blog import BLOG
from demo.content.common import EGOV_URL, ENBEK_URL, FOUNDED, MINISTRY_URL, TESTCENTER_URL
from demo.content.contacts import CONTACTS
from demo.content.education import EDUCATION
from demo.content.faculties import FACULTIES
from demo.content.graduate import GRADUATE
from demo.content.international import INTERNATIONAL
from demo.content.news import NEWS
from demo.content.science import SCIENCE
from demo.content.student import STUDENT
from demo.content.student_life import STUDENT_LIFE
from demo.content.university import UNIVERSITY
from demo.spec import (
    BulletList,
    Heading,
    Link,
    Links,
    PageSpec,
    Paragraphs,
    Quote,
    T,
    Table,
)

HOME = PageSpec(
    model="home.HomePage",
    slug=T(kk="basty", ru="glavnaya", en="home"),
    title=T(kk="Басты", ru="Главная", en="Home"),
    intro=T(
        kk="Қ. Құлажанов атындағы Қазақ технология және бизнес университетінің ресми сайтына қош келдіңіз. Мұнда талапкерлер, студенттер, түлектер мен серіктестер университет туралы толық әрі өзекті ақпарат табады.",
        ru="Добро пожаловать на официальный сайт Казахского университета технологии и бизнеса имени К. Кулажанова. Здесь абитуриенты, студенты, выпускники и партнёры найдут полную и актуальную информацию об университете.",
        en="Welcome to the official website of the K. Kulazhanov Kazakh University of Technology and Business. Applicants, students, graduates and partners will find complete and up-to-date information about the university here.",
    ),
    body=(
        Quote(
            text=T(
                kk="Біздің миссиямыз – технология, экономика және бизнес салаларында бәсекеге қабілетті мамандар даярлау, білімді, ғылымды және өндірісті ұштастыру арқылы Қазақстанның тұрақты дамуына үлес қосу.",
                ru="Наша миссия – готовить конкурентоспособных специалистов в области технологий, экономики и бизнеса и вносить вклад в устойчивое развитие Казахстана, объединяя образование, науку и производство.",
                en="Our mission is to educate competitive specialists in technology, economics and business and to contribute to the sustainable development of Kazakhstan by bringing together education, research and industry.",
            ),
            attribution=T(
                kk="Университеттің миссиясы",
                ru="Миссия университета",
                en="The university's mission",
            ),
        ),
        Heading(
            T(
                kk="Университет туралы қысқаша",
                ru="Коротко об университете",
                en="The university at a glance",
            )
        ),
        Paragraphs(
            (
                T(
                    kk="Университет 2003 жылдан бері Астана қаласында тағам және жеңіл өнеркәсіп технологиялары, стандарттау, экономика, бизнес және ақпараттық технологиялар салаларында мамандар даярлайды.",
                    ru="С 2003 года университет в Астане готовит специалистов в области технологий пищевой и лёгкой промышленности, стандартизации, экономики, бизнеса и информационных технологий.",
                    en="Since 2003 the university in Astana has been educating specialists in food and light industry technology, standardization, economics, business and information technology.",
                ),
                T(
                    kk="Оқыту бакалавриат пен магистратура бағдарламалары бойынша мемлекеттік, орыс және ағылшын тілдерінде кредиттік технология негізінде жүргізіледі. Студенттер академиялық ұтқырлыққа және ғылыми жобаларға қатысып, серіктес кәсіпорындарда кәсіби тәжірибеден өтеді.",
                    ru="Обучение по программам бакалавриата и магистратуры ведётся на государственном, русском и английском языках по кредитной технологии. Студенты участвуют в академической мобильности и научных проектах, проходят профессиональную практику на предприятиях-партнёрах.",
                    en="Bachelor's and master's programmes are taught in Kazakh, Russian and English under the credit system. Students take part in academic mobility and research projects and do their professional practice at partner companies.",
                ),
            )
        ),
        BulletList(
            intro=T(
                kk="Сайт бөлімдері әр аудиторияға арналған:",
                ru="Разделы сайта адресованы разным аудиториям:",
                en="The sections of the site serve different audiences:",
            ),
            items=(
                T(
                    kk="талапкерлерге – құжаттарды қабылдау мерзімдері, білім беру бағдарламалары, гранттар мен жеңілдіктер",
                    ru="абитуриентам – сроки приёма документов, образовательные программы, гранты и скидки",
                    en="applicants – admission deadlines, educational programmes, grants and discounts",
                ),
                T(
                    kk="студенттерге – академиялық күнтізбе, анықтамалық-жолсілтеме, виртуалды кітапхана және жатақхана",
                    ru="студентам – академический календарь, справочник-путеводитель, виртуальная библиотека и общежитие",
                    en="students – the academic calendar, the student guide, the virtual library and the dormitory",
                ),
                T(
                    kk="түлектерге – түлектер одағы және жұмысқа орналасуға көмек",
                    ru="выпускникам – союз выпускников и помощь в трудоустройстве",
                    en="graduates – the alumni union and help with finding a job",
                ),
                T(
                    kk="барлық келушілерге – міндетті түрде ашылатын ақпарат, жаңалықтар, ректор блогы және байланыс деректері",
                    ru="всем посетителям – обязательно раскрываемая информация, новости, блог ректора и контакты",
                    en="all visitors – mandatory public disclosures, news, the Rector's blog and contact details",
                ),
            ),
        ),
        Table(
            caption=T(
                kk="Университет туралы негізгі мәліметтер",
                ru="Основные сведения об университете",
                en="Key facts about the university",
            ),
            header=(
                T(kk="Мәлімет", ru="Сведения", en="Item"),
                T(kk="Мәні", ru="Значение", en="Value"),
            ),
            rows=(
                (T(kk="Құрылған жылы", ru="Год основания", en="Founded"), FOUNDED),
                (
                    T(kk="Орналасқан жері", ru="Местонахождение", en="Location"),
                    T(kk="Астана қаласы", ru="город Астана", en="Astana"),
                ),
                (
                    T(
                        kk="Ұйымдық-құқықтық нысаны",
                        ru="Организационно-правовая форма",
                        en="Legal form",
                    ),
                    T(kk="акционерлік қоғам", ru="акционерное общество", en="joint-stock company"),
                ),
                (
                    T(kk="Оқыту деңгейлері", ru="Уровни обучения", en="Levels of study"),
                    T(
                        kk="бакалавриат, магистратура",
                        ru="бакалавриат, магистратура",
                        en="bachelor's, master's",
                    ),
                ),
                (
                    T(kk="Оқыту тілдері", ru="Языки обучения", en="Languages of instruction"),
                    T(
                        kk="қазақ, орыс, ағылшын",
                        ru="казахский, русский, английский",
                        en="Kazakh, Russian, English",
                    ),
                ),
            ),
        ),
        Links(
            title=T(kk="Пайдалы ресурстар", ru="Полезные ресурсы", en="Useful resources"),
            links=(
                Link(
                    label=T(
                        kk="ҚР Ғылым және жоғары білім министрлігі",
                        ru="Министерство науки и высшего образования РК",
                        en="Ministry of Science and Higher Education of Kazakhstan",
                    ),
                    url=MINISTRY_URL,
                ),
                Link(
                    label=T(
                        kk="Ұлттық тестілеу орталығы",
                        ru="Национальный центр тестирования",
                        en="National Testing Centre",
                    ),
                    url=TESTCENTER_URL,
                ),
                Link(
                    label=T(
                        kk="Электрондық үкімет порталы",
                        ru="Портал электронного правительства",
                        en="eGov portal",
                    ),
                    url=EGOV_URL,
                ),
                Link(
                    label=T(
                        kk="Enbek.kz электрондық еңбек биржасы",
                        ru="Электронная биржа труда Enbek.kz",
                        en="Enbek.kz electronic labour exchange",
                    ),
                    url=ENBEK_URL,
                ),
            ),
        ),
    ),
    children=(
        FACULTIES,
        STUDENT_LIFE,
        INTERNATIONAL,
        SCIENCE,
        UNIVERSITY,
        APPLICANT,
        STUDENT,
        GRADUATE,
        EDUCATION,
        NEWS,
        BLOG,
        CONTACTS,
    ),
)
