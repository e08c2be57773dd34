"""The Home page (S1): the root of the tree, with its four subsections and the sections below it
in the S1 order. Its body is made of the home blocks (``demo.home_page``): an illustrated
hero, quick paths for the audiences the regulations name, live news, events and the
rector's post, key figures true to the demo's content, and the search box.
"""

from demo.content.applicant import APPLICANT
from demo.content.blog import BLOG
from demo.content.common import EGOV_URL, ENBEK_URL, MINISTRY_URL, TESTCENTER_URL
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
from demo.home_page import Figures, Hero, Live, Path, Paths, Search, Subsections
from demo.images import DemoImage
from demo.spec import Heading, Link, Links, PageSpec, Paragraphs, Quote, T

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
        Hero(
            DemoImage(
                "the university",
                (11, 79, 138),
                subject=T(
                    kk="Білім, ғылым және өндіріс бір шаңырақ астында",
                    ru="Образование, наука и производство под одной крышей",
                    en="Education, research and industry under one roof",
                ),
            ),
            caption=T(
                kk="Университеттің демо-суреті: нақты фотосуретті редакторлар таңдайды.",
                ru="Демонстрационный рисунок университета: настоящую фотографию выбирают редакторы.",
                en="A demo picture of the university: editors choose the real photograph.",
            ),
        ),
        Search(),
        Paths(
            title=T(kk="Кімге не керек", ru="Куда пойти", en="Where to start"),
            paths=(
                Path(
                    "applicant",
                    "talapkerge",
                    T(
                        kk="Қабылдау мерзімдері, гранттар мен бағдарламалар",
                        ru="Сроки приёма, гранты и программы",
                        en="Admission deadlines, grants and programmes",
                    ),
                ),
                Path(
                    "student",
                    "studentke",
                    T(
                        kk="Академиялық күнтізбе, кітапхана, жатақхана",
                        ru="Академический календарь, библиотека, общежитие",
                        en="Academic calendar, library, dormitory",
                    ),
                ),
                Path(
                    "graduate",
                    "bitirushige",
                    T(
                        kk="Түлектер одағы және жұмысқа орналасу",
                        ru="Союз выпускников и трудоустройство",
                        en="The alumni union and finding a job",
                    ),
                ),
                Path(
                    "partner",
                    "halykaralyk-yntymaktastyk",
                    T(
                        kk="Халықаралық жобалар мен академиялық ұтқырлық",
                        ru="Международные проекты и академическая мобильность",
                        en="International projects and academic mobility",
                    ),
                ),
                Path(
                    "media",
                    "baspasoz-ortalygy",
                    T(
                        kk="Баспасөз релиздері, аккредиттеу, байланыс",
                        ru="Пресс-релизы, аккредитация, контакты",
                        en="Press releases, accreditation, contacts",
                    ),
                ),
            ),
        ),
        Live("news", 3),
        Subsections(),
        Figures(
            title=T(
                kk="Университет сандармен",
                ru="Университет в цифрах",
                en="The university in figures",
            ),
            figures=(
                (
                    T(kk="2003", ru="2003", en="2003"),
                    T(kk="құрылған жылы", ru="год основания", en="year founded"),
                ),
                (
                    T(kk="3", ru="3", en="3"),
                    T(kk="факультет", ru="факультета", en="faculties"),
                ),
                (
                    T(kk="2", ru="2", en="2"),
                    T(
                        kk="оқу деңгейі: бакалавриат, магистратура",
                        ru="уровня обучения: бакалавриат, магистратура",
                        en="levels of study: bachelor's, master's",
                    ),
                ),
                (
                    T(kk="3", ru="3", en="3"),
                    T(
                        kk="оқыту тілі: қазақ, орыс, ағылшын",
                        ru="языка обучения: казахский, русский, английский",
                        en="languages of instruction: Kazakh, Russian, English",
                    ),
                ),
            ),
        ),
        Live("events", 3),
        Live("rector_post", 1),
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
