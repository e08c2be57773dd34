"""The Science and innovation subsection of Home (S1): research priorities and student research events."""

from demo.content.common import MINISTRY_URL, WEEKDAYS
from demo.spec import BulletList, ContactCard, Link, Links, PageSpec, Paragraphs, T, Table

SCIENCE = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="gylym-zhane-innovaciyalar", ru="nauka-i-innovacii", en="science-and-innovation"),
    title=T(kk="Ғылым және инновациялар", ru="Наука и инновации", en="Science and innovation"),
    intro=T(
        kk="Университеттің ғылыми қызметі тағам қауіпсіздігіне, өңдеу өнеркәсібінің технологияларына, цифрлық экономикаға және тұрақты дамуға бағытталған.",
        ru="Научная деятельность университета направлена на безопасность пищевых продуктов, технологии перерабатывающей промышленности, цифровую экономику и устойчивое развитие.",
        en="The university's research focuses on food safety, processing industry technology, the digital economy and sustainable development.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Зерттеулер ҚР Ғылым және жоғары білім министрлігінің гранттық және бағдарламалық-нысаналы қаржыландыруы, сондай-ақ өнеркәсіптік серіктестермен жасалған шарттар есебінен жүргізіледі. Оларға оқытушылармен бірге магистранттар мен студенттер қатысады.",
                    ru="Исследования ведутся за счёт грантового и программно-целевого финансирования Министерства науки и высшего образования РК, а также договоров с промышленными партнёрами. В них вместе с преподавателями участвуют магистранты и студенты.",
                    en="Research is funded by grants and targeted programmes of the Ministry of Science and Higher Education and by contracts with industrial partners. Master's and bachelor's students take part alongside the teaching staff.",
                ),
                T(
                    kk="Ғылыми және инновациялық жұмыс жөніндегі проректор ғылыми жобаларды, зертханалардың жұмысын және зерттеу нәтижелерін коммерцияландыруды үйлестіреді.",
                    ru="Проректор по научной и инновационной работе координирует научные проекты, работу лабораторий и коммерциализацию результатов исследований.",
                    en="The Vice-Rector for Research and Innovation coordinates research projects, the laboratories and the commercialization of research results.",
                ),
            )
        ),
        BulletList(
            intro=T(
                kk="Басым ғылыми бағыттар:",
                ru="Приоритетные научные направления:",
                en="Research priorities:",
            ),
            items=(
                T(
                    kk="тағам өнімдерінің қауіпсіздігі мен сапасы, функционалдық тағам",
                    ru="безопасность и качество пищевых продуктов, функциональное питание",
                    en="food safety and quality, functional foods",
                ),
                T(
                    kk="ауыл шаруашылығы шикізатын терең өңдеу технологиялары",
                    ru="технологии глубокой переработки сельскохозяйственного сырья",
                    en="deep processing of agricultural raw materials",
                ),
                T(
                    kk="жеңіл өнеркәсіп материалдары мен бұйымдарының технологиясы",
                    ru="технология материалов и изделий лёгкой промышленности",
                    en="light industry materials and products",
                ),
                T(
                    kk="цифрлық экономика, кәсіпкерлік және өңірлік даму",
                    ru="цифровая экономика, предпринимательство и региональное развитие",
                    en="digital economy, entrepreneurship and regional development",
                ),
                T(
                    kk="стандарттау, метрология және сәйкестікті бағалау",
                    ru="стандартизация, метрология и оценка соответствия",
                    en="standardization, metrology and conformity assessment",
                ),
            ),
        ),
        Table(
            caption=T(
                kk="Студенттерге арналған ғылыми іс-шаралар",
                ru="Научные мероприятия для студентов",
                en="Research events for students",
            ),
            header=(
                T(kk="Іс-шара", ru="Мероприятие", en="Event"),
                T(kk="Өтетін уақыты", ru="Сроки проведения", en="When"),
            ),
            rows=(
                (
                    T(
                        kk="Ғылыми жобалар байқауы",
                        ru="Конкурс научных проектов",
                        en="Research project competition",
                    ),
                    T(kk="қараша", ru="ноябрь", en="November"),
                ),
                (
                    T(
                        kk="Инновациялық идеялардың стартап-фестивалі",
                        ru="Стартап-фестиваль инновационных идей",
                        en="Start-up festival of innovative ideas",
                    ),
                    T(kk="ақпан", ru="февраль", en="February"),
                ),
                (
                    T(
                        kk="Студенттер мен жас ғалымдардың ғылыми конференциясы",
                        ru="Научная конференция студентов и молодых учёных",
                        en="Conference of students and young researchers",
                    ),
                    T(kk="сәуір", ru="апрель", en="April"),
                ),
            ),
        ),
        Links(
            title=T(kk="Ғылыми ресурстар", ru="Научные ресурсы", en="Research resources"),
            links=(
                Link(
                    label=T(
                        kk="ҚР Ғылым және жоғары білім министрлігі",
                        ru="Министерство науки и высшего образования РК",
                        en="Ministry of Science and Higher Education",
                    ),
                    url=MINISTRY_URL,
                ),
                Link(
                    label=T(
                        kk="Ұлттық мемлекеттік ғылыми-техникалық сараптама орталығы",
                        ru="Национальный центр государственной научно-технической экспертизы",
                        en="National Centre of State Scientific and Technical Expertise",
                    ),
                    url="https://www.ncste.kz/",
                ),
            ),
        ),
        ContactCard(
            name=T(
                kk="Ғылым және инновациялар департаменті",
                ru="Департамент науки и инноваций",
                en="Research and Innovation Department",
            ),
            role=T(
                kk="Ғылыми жобалар, гранттық конкурстар, зияткерлік меншік",
                ru="Научные проекты, грантовые конкурсы, интеллектуальная собственность",
                en="Research projects, grant competitions, intellectual property",
            ),
            phone="+7 7172 72 63 30",
            email="science@kazutb.edu.kz",
            hours=WEEKDAYS,
        ),
    ),
)
