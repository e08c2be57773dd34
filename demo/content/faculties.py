"""The Faculties subsection of Home (S1) with one page per faculty.

Kept apart from ``home`` because the faculty pages would push that module past ~400 lines.
"""

from demo.content.common import WEEKDAYS
from demo.spec import BulletList, ContactCard, Heading, PageSpec, Paragraphs, T

BACHELOR_PROGRAMMES = T(
    kk="Бакалавриат бағдарламалары:",
    ru="Программы бакалавриата:",
    en="Bachelor's programmes:",
)
DEANS_OFFICE_ROLE = T(
    kk="Студенттерге академиялық мәселелер бойынша кеңес беру, анықтамалар мен өтініштерді қабылдау",
    ru="Консультации студентов по академическим вопросам, приём заявлений и выдача справок",
    en="Advice to students on academic matters, applications and certificates",
)

TECHNOLOGY = PageSpec(
    model="sections.SubsectionPage",
    slug=T(
        kk="tehnologiya-zhane-standarttau",
        ru="tehnologii-i-standartizacii",
        en="technology-and-standardization",
    ),
    title=T(
        kk="Технология және стандарттау факультеті",
        ru="Факультет технологии и стандартизации",
        en="Faculty of Technology and Standardization",
    ),
    intro=T(
        kk="Факультет тағам және жеңіл өнеркәсіп, стандарттау және сертификаттау салалары үшін инженер-технологтар даярлайды.",
        ru="Факультет готовит инженеров-технологов для пищевой и лёгкой промышленности, стандартизации и сертификации.",
        en="The faculty educates process engineers for the food and light industries and for standardization and certification.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Факультеттің оқу зертханаларында тағам өнімдерінің сапасын талдауға, нан, сүт және ет өнімдерін өндіру технологияларын зерттеуге арналған жабдықтар бар.",
                    ru="Учебные лаборатории факультета оснащены оборудованием для анализа качества пищевых продуктов и изучения технологий производства хлебных, молочных и мясных изделий.",
                    en="The faculty's teaching laboratories are equipped for food quality analysis and for studying bakery, dairy and meat processing technologies.",
                ),
                T(
                    kk="Студенттер кәсіби тәжірибеден Астана мен өңірлердегі жетекші тағам және жеңіл өнеркәсіп кәсіпорындарында өтеді.",
                    ru="Студенты проходят профессиональную практику на ведущих предприятиях пищевой и лёгкой промышленности Астаны и регионов.",
                    en="Students do their professional practice at leading food and light industry companies in Astana and the regions.",
                ),
            )
        ),
        BulletList(
            intro=BACHELOR_PROGRAMMES,
            items=(
                T(
                    kk="Тағам өнімдерінің технологиясы",
                    ru="Технология продовольственных продуктов",
                    en="Food Technology",
                ),
                T(
                    kk="Қайта өңдеу өндірістерінің технологиясы",
                    ru="Технология перерабатывающих производств",
                    en="Processing Industry Technology",
                ),
                T(
                    kk="Жеңіл өнеркәсіп бұйымдарының технологиясы және құрастырылуы",
                    ru="Технология и конструирование изделий лёгкой промышленности",
                    en="Light Industry Product Technology and Design",
                ),
                T(
                    kk="Стандарттау, метрология және сертификаттау",
                    ru="Стандартизация, метрология и сертификация",
                    en="Standardization, Metrology and Certification",
                ),
            ),
        ),
        ContactCard(
            name=T(
                kk="Технология және стандарттау факультетінің деканаты",
                ru="Деканат факультета технологии и стандартизации",
                en="Dean's Office, Faculty of Technology and Standardization",
            ),
            role=DEANS_OFFICE_ROLE,
            phone="+7 7172 72 63 70",
            email="fts@kazutb.edu.kz",
            office=T(
                kk="Бас оқу ғимараты, 3-қабат, 305-кабинет",
                ru="Главный учебный корпус, 3-й этаж, кабинет 305",
                en="Main academic building, 3rd floor, room 305",
            ),
            hours=WEEKDAYS,
        ),
    ),
)

ECONOMICS = PageSpec(
    model="sections.SubsectionPage",
    slug=T(
        kk="ekonomika-zhane-biznes",
        ru="ekonomiki-i-biznesa",
        en="economics-and-business",
    ),
    title=T(
        kk="Экономика және бизнес факультеті",
        ru="Факультет экономики и бизнеса",
        en="Faculty of Economics and Business",
    ),
    intro=T(
        kk="Факультет экономика, қаржы, есеп және аудит, маркетинг және менеджмент салаларында мамандар даярлайды.",
        ru="Факультет готовит специалистов в области экономики, финансов, учёта и аудита, маркетинга и менеджмента.",
        en="The faculty educates specialists in economics, finance, accounting and auditing, marketing and management.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Бағдарламалар жұмыс берушілермен бірлесіп әзірленеді: оқу жоспарына нақты кәсіпорындардың кейстері, бизнес-симуляциялар және кәсіби сертификаттауға дайындық модульдері енгізілген.",
                    ru="Программы разрабатываются совместно с работодателями: в учебный план включены кейсы реальных предприятий, бизнес-симуляции и модули подготовки к профессиональной сертификации.",
                    en="Programmes are designed together with employers: the curriculum includes case studies from real companies, business simulations and modules preparing for professional certification.",
                ),
                T(
                    kk="Студенттер «Жас кәсіпкер» бизнес-клубында өз жобаларын әзірлеп, оларды университеттің жыл сайынғы стартап-фестивалінде қорғайды.",
                    ru="В бизнес-клубе «Молодой предприниматель» студенты разрабатывают собственные проекты и защищают их на ежегодном стартап-фестивале университета.",
                    en="In the Young Entrepreneur business club students develop their own projects and present them at the university's annual start-up festival.",
                ),
            )
        ),
        BulletList(
            intro=BACHELOR_PROGRAMMES,
            items=(
                T(kk="Экономика", ru="Экономика", en="Economics"),
                T(kk="Қаржы", ru="Финансы", en="Finance"),
                T(kk="Есеп және аудит", ru="Учёт и аудит", en="Accounting and Auditing"),
                T(kk="Маркетинг", ru="Маркетинг", en="Marketing"),
                T(kk="Менеджмент", ru="Менеджмент", en="Management"),
            ),
        ),
        ContactCard(
            name=T(
                kk="Экономика және бизнес факультетінің деканаты",
                ru="Деканат факультета экономики и бизнеса",
                en="Dean's Office, Faculty of Economics and Business",
            ),
            role=DEANS_OFFICE_ROLE,
            phone="+7 7172 72 63 75",
            email="feb@kazutb.edu.kz",
            office=T(
                kk="Бас оқу ғимараты, 4-қабат, 410-кабинет",
                ru="Главный учебный корпус, 4-й этаж, кабинет 410",
                en="Main academic building, 4th floor, room 410",
            ),
            hours=WEEKDAYS,
        ),
    ),
)

ENGINEERING = PageSpec(
    model="sections.SubsectionPage",
    slug=T(
        kk="inzhiniring-zhane-akparattyk-tehnologiyalar",
        ru="inzhiniringa-i-informacionnyh-tehnologii",
        en="engineering-and-information-technology",
    ),
    title=T(
        kk="Инжиниринг және ақпараттық технологиялар факультеті",
        ru="Факультет инжиниринга и информационных технологий",
        en="Faculty of Engineering and Information Technology",
    ),
    intro=T(
        kk="Факультет ақпараттық жүйелер, бағдарламалық инженерия және технологиялық процестерді автоматтандыру бағыттарында инженерлер даярлайды.",
        ru="Факультет готовит инженеров по направлениям информационных систем, программной инженерии и автоматизации технологических процессов.",
        en="The faculty educates engineers in information systems, software engineering and process automation.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Студенттер компьютерлік сыныптарда, желілік технологиялар зертханасында және автоматтандыру жабдықтары бар оқу орталығында жұмыс істейді. Бағдарламалау бойынша жобалық оқыту бірінші курстан басталады.",
                    ru="Студенты занимаются в компьютерных классах, лаборатории сетевых технологий и учебном центре с оборудованием для автоматизации. Проектное обучение программированию начинается с первого курса.",
                    en="Students work in computer classrooms, a networking laboratory and a training centre with automation equipment. Project-based programming courses start in the first year.",
                ),
            )
        ),
        BulletList(
            intro=BACHELOR_PROGRAMMES,
            items=(
                T(kk="Ақпараттық жүйелер", ru="Информационные системы", en="Information Systems"),
                T(
                    kk="Бағдарламалық инженерия",
                    ru="Программная инженерия",
                    en="Software Engineering",
                ),
                T(
                    kk="Технологиялық процестерді автоматтандыру және басқару",
                    ru="Автоматизация и управление технологическими процессами",
                    en="Process Automation and Control",
                ),
                T(
                    kk="Азық-түлік өнеркәсібінің машиналары мен жабдықтары",
                    ru="Машины и оборудование пищевой промышленности",
                    en="Food Industry Machinery and Equipment",
                ),
            ),
        ),
        ContactCard(
            name=T(
                kk="Инжиниринг және ақпараттық технологиялар факультетінің деканаты",
                ru="Деканат факультета инжиниринга и информационных технологий",
                en="Dean's Office, Faculty of Engineering and Information Technology",
            ),
            role=DEANS_OFFICE_ROLE,
            phone="+7 7172 72 63 80",
            email="fit@kazutb.edu.kz",
            office=T(
                kk="Бас оқу ғимараты, 5-қабат, 502-кабинет",
                ru="Главный учебный корпус, 5-й этаж, кабинет 502",
                en="Main academic building, 5th floor, room 502",
            ),
            hours=WEEKDAYS,
        ),
    ),
)

FACULTIES = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="fakultetter", ru="fakultety", en="faculties"),
    title=T(kk="Факультеттер", ru="Факультеты", en="Faculties"),
    intro=T(
        kk="Университетте үш факультет жұмыс істейді; әрқайсысы бакалавриат пен магистратураның бейінді бағдарламаларын жүзеге асырады.",
        ru="В университете работают три факультета; каждый реализует профильные программы бакалавриата и магистратуры.",
        en="The university has three faculties, each running its own bachelor's and master's programmes.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Факультетті декан басқарады, ал оқу-әдістемелік және ғылыми мәселелерді факультет кеңесі қарайды. Әр факультетте студенттерге жеке оқу жоспарын құруға көмектесетін эдвайзерлер жұмыс істейді.",
                    ru="Факультетом руководит декан, а учебно-методические и научные вопросы рассматривает совет факультета. На каждом факультете работают эдвайзеры, которые помогают студентам составить индивидуальный учебный план.",
                    en="Each faculty is led by a dean, and its faculty council deals with teaching, curriculum and research matters. Every faculty has advisers who help students build their individual study plans.",
                ),
            )
        ),
        BulletList(
            intro=T(
                kk="Факультеттер мен бағыттар:",
                ru="Факультеты и направления:",
                en="Faculties and fields:",
            ),
            items=(
                T(
                    kk="Технология және стандарттау – тағам және жеңіл өнеркәсіп технологиялары, стандарттау мен сертификаттау",
                    ru="Технология и стандартизация – технологии пищевой и лёгкой промышленности, стандартизация и сертификация",
                    en="Technology and Standardization – food and light industry technology, standardization and certification",
                ),
                T(
                    kk="Экономика және бизнес – экономика, қаржы, есеп және аудит, маркетинг, менеджмент",
                    ru="Экономика и бизнес – экономика, финансы, учёт и аудит, маркетинг, менеджмент",
                    en="Economics and Business – economics, finance, accounting and auditing, marketing, management",
                ),
                T(
                    kk="Инжиниринг және ақпараттық технологиялар – ақпараттық жүйелер, бағдарламалық инженерия, автоматтандыру",
                    ru="Инжиниринг и информационные технологии – информационные системы, программная инженерия, автоматизация",
                    en="Engineering and Information Technology – information systems, software engineering, automation",
                ),
            ),
        ),
        Heading(
            T(kk="Деканатқа жүгіну", ru="Обращение в деканат", en="Contacting a dean's office")
        ),
        Paragraphs(
            (
                T(
                    kk="Деканаттар жұмыс күндері 09:00-ден 18:00-ге дейін жұмыс істейді. Академиялық демалыс, басқа бағдарламаға ауысу және қайта қабылдау мәселелері бойынша студенттер өз факультетінің деканатына жүгінеді.",
                    ru="Деканаты работают в рабочие дни с 09:00 до 18:00. По вопросам академического отпуска, перевода на другую программу и восстановления студенты обращаются в деканат своего факультета.",
                    en="Dean's offices are open on working days from 09:00 to 18:00. For academic leave, transfer to another programme or reinstatement, students apply to the dean's office of their faculty.",
                ),
            )
        ),
    ),
    children=(TECHNOLOGY, ECONOMICS, ENGINEERING),
)
