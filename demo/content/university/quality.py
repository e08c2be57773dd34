"""University subsections on strategy and quality assurance: accreditation terms (W §9.7.1.4),
strategic plan, quality objectives (ISO 9001, ISO 37001).
"""

from demo.content.common import BOLOGNA_CENTRE_URL, MINISTRY_URL
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

BACHELOR = T(kk="бакалавриат", ru="бакалавриат", en="bachelor's")

MASTER = T(kk="магистратура", ru="магистратура", en="master's")

ACCREDITATION = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="akkreditteu", ru="akkreditaciya", en="accreditation"),
    title=T(kk="Аккредиттеу", ru="Аккредитация", en="Accreditation"),
    intro=T(
        kk="Университет институционалдық аккредиттеуден өткен, ал оның білім беру бағдарламалары аккредиттеу органдарының тізіліміне енгізілген агенттіктерде мамандандырылған аккредиттеуден өтеді.",
        ru="Университет прошёл институциональную аккредитацию, а его образовательные программы проходят специализированную аккредитацию в агентствах, включённых в реестр аккредитационных органов.",
        en="The university holds institutional accreditation, and its programmes undergo specialized accreditation by agencies listed in the national register of accreditation bodies.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Аккредиттеу – білім беру сапасының белгіленген стандарттарға сәйкестігін тәуелсіз бағалау. Сыртқы бағалау кезінде сарапшылар тобы оқу процесін, оқытушылар құрамын және материалдық-техникалық базаны талдап, студенттермен, түлектермен және жұмыс берушілермен кездеседі.",
                    ru="Аккредитация – независимая оценка соответствия качества образования установленным стандартам. В ходе внешней оценки группа экспертов анализирует учебный процесс, преподавательский состав и материально-техническую базу, встречается со студентами, выпускниками и работодателями.",
                    en="Accreditation is an independent assessment of whether the quality of education meets set standards. During the external review a panel of experts examines teaching, staff and facilities and meets students, graduates and employers.",
                ),
            )
        ),
        Table(
            caption=T(
                kk="Білім беру бағдарламаларының аккредиттеу мерзімдері",
                ru="Сроки аккредитации образовательных программ",
                en="Accreditation terms of educational programmes",
            ),
            header=(
                T(kk="Бағдарлама", ru="Программа", en="Programme"),
                T(kk="Деңгейі", ru="Уровень", en="Level"),
                T(kk="Аккредиттеу мерзімі", ru="Срок аккредитации", en="Accredited for"),
            ),
            rows=(
                (
                    T(
                        kk="Институционалдық аккредиттеу",
                        ru="Институциональная аккредитация",
                        en="Institutional accreditation",
                    ),
                    T(kk="университет тұтастай", ru="университет в целом", en="whole university"),
                    T(kk="2025–2030", ru="2025–2030", en="2025–2030"),
                ),
                (
                    T(
                        kk="6B07201 Тағам өнімдерінің технологиясы",
                        ru="6B07201 Технология продовольственных продуктов",
                        en="6B07201 Food Technology",
                    ),
                    BACHELOR,
                    T(kk="2022–2027", ru="2022–2027", en="2022–2027"),
                ),
                (
                    T(
                        kk="6B07501 Стандарттау, метрология және сертификаттау",
                        ru="6B07501 Стандартизация, метрология и сертификация",
                        en="6B07501 Standardization, Metrology and Certification",
                    ),
                    BACHELOR,
                    T(kk="2022–2027", ru="2022–2027", en="2022–2027"),
                ),
                (
                    T(kk="6B04101 Экономика", ru="6B04101 Экономика", en="6B04101 Economics"),
                    BACHELOR,
                    T(kk="2023–2028", ru="2023–2028", en="2023–2028"),
                ),
                (
                    T(
                        kk="6B06101 Ақпараттық жүйелер",
                        ru="6B06101 Информационные системы",
                        en="6B06101 Information Systems",
                    ),
                    BACHELOR,
                    T(kk="2023–2028", ru="2023–2028", en="2023–2028"),
                ),
                (
                    T(
                        kk="7M07201 Тағам өнімдерінің технологиясы",
                        ru="7M07201 Технология продовольственных продуктов",
                        en="7M07201 Food Technology",
                    ),
                    MASTER,
                    T(kk="2024–2029", ru="2024–2029", en="2024–2029"),
                ),
            ),
        ),
        BulletList(
            intro=T(
                kk="Осы бетте жарияланатын құжаттар:",
                ru="Документы, публикуемые на этой странице:",
                en="Documents published on this page:",
            ),
            items=(
                T(
                    kk="Институционалдық аккредиттеу туралы куәліктің көшірмесі (қосымшаларымен)",
                    ru="Копия свидетельства об институциональной аккредитации (с приложениями)",
                    en="Copy of the institutional accreditation certificate (with appendices)",
                ),
                T(
                    kk="Мамандандырылған аккредиттеу туралы куәліктердің көшірмелері",
                    ru="Копии свидетельств о специализированной аккредитации",
                    en="Copies of the specialized accreditation certificates",
                ),
                T(
                    kk="Сыртқы сараптама комиссиясының есептері",
                    ru="Отчёты внешней экспертной комиссии",
                    en="Reports of the external review panel",
                ),
                T(
                    kk="Агенттік ұсынымдарын орындау жөніндегі іс-шаралар жоспары",
                    ru="План мероприятий по выполнению рекомендаций агентства",
                    en="Action plan for the agency's recommendations",
                ),
            ),
        ),
        Links(
            title=T(
                kk="Аккредиттеу тізілімдері",
                ru="Реестры аккредитации",
                en="Accreditation registers",
            ),
            links=(
                Link(
                    label=T(
                        kk="Болон процесі және академиялық ұтқырлық орталығы",
                        ru="Центр Болонского процесса и академической мобильности",
                        en="Centre for the Bologna Process and Academic Mobility",
                    ),
                    url=BOLOGNA_CENTRE_URL,
                ),
                Link(
                    label=T(
                        kk="ҚР Ғылым және жоғары білім министрлігі",
                        ru="Министерство науки и высшего образования РК",
                        en="Ministry of Science and Higher Education",
                    ),
                    url=MINISTRY_URL,
                ),
            ),
        ),
    ),
)

STRATEGIC_PLAN = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="strategiyalyk-zhospar", ru="strategicheskii-plan", en="strategic-plan"),
    title=T(kk="Стратегиялық жоспар", ru="Стратегический план", en="Strategic plan"),
    intro=T(
        kk="Университеттің 2024–2029 жылдарға арналған даму бағдарламасы директорлар кеңесінің 2024 жылғы 29 тамыздағы шешімімен (№ 1 хаттама) бекітілген.",
        ru="Программа развития университета на 2024–2029 годы утверждена решением совета директоров от 29 августа 2024 года (протокол № 1).",
        en="The University Development Programme 2024–2029 was approved by the Board of Directors on 29 August 2024 (minutes No. 1).",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Даму бағдарламасы университеттің миссиясын, пайымын, стратегиялық бағыттарын және оларға қол жеткізудің негізгі көрсеткіштерін айқындайды. Бағдарламаның орындалуы жыл сайын талданып, нәтижелері жария есепте көрсетіледі.",
                    ru="Программа развития определяет миссию, видение, стратегические направления университета и ключевые показатели их достижения. Выполнение программы ежегодно анализируется, а результаты отражаются в публичном отчёте.",
                    en="The development programme sets out the university's mission, vision, strategic directions and key performance indicators. Progress is reviewed every year and reported in the public report.",
                ),
            )
        ),
        Heading(
            T(
                kk="Стратегиялық бағыттар",
                ru="Стратегические направления",
                en="Strategic directions",
            )
        ),
        BulletList(
            items=(
                T(
                    kk="Білім беру сапасы: бағдарламаларды еңбек нарығының сұранысына сай жаңарту және халықаралық аккредиттеу",
                    ru="Качество образования: обновление программ в соответствии с запросами рынка труда и международная аккредитация",
                    en="Quality of education: updating programmes to labour market needs and international accreditation",
                ),
                T(
                    kk="Ғылым және инновациялар: қолданбалы зерттеулерді дамыту және нәтижелерін өндіріске енгізу",
                    ru="Наука и инновации: развитие прикладных исследований и внедрение их результатов в производство",
                    en="Research and innovation: developing applied research and transferring results to industry",
                ),
                T(
                    kk="Интернационалдандыру: академиялық ұтқырлықты кеңейту және қос дипломдық бағдарламалар",
                    ru="Интернационализация: расширение академической мобильности и программы двойного диплома",
                    en="Internationalization: wider academic mobility and double-degree programmes",
                ),
                T(
                    kk="Цифрлық трансформация: оқу және басқару процестерін цифрландыру",
                    ru="Цифровая трансформация: цифровизация учебных и управленческих процессов",
                    en="Digital transformation: digitalizing teaching and management processes",
                ),
                T(
                    kk="Тәрбие және студенттік өмір: көшбасшылықты, еріктілікті және салауатты өмір салтын қолдау",
                    ru="Воспитание и студенческая жизнь: поддержка лидерства, волонтёрства и здорового образа жизни",
                    en="Student development: supporting leadership, volunteering and healthy lifestyles",
                ),
                T(
                    kk="Тиімді басқару: ашықтық, сыбайлас жемқорлыққа қарсы мәдениет және тәуекелдерді басқару",
                    ru="Эффективное управление: открытость, антикоррупционная культура и управление рисками",
                    en="Effective governance: transparency, an anti-corruption culture and risk management",
                ),
            )
        ),
        Quote(
            text=T(
                kk="2029 жылға қарай университет технология мен бизнес салаларында ұлттық деңгейде танылған, халықаралық серіктестікке ашық, кәсіпкерлік бағыттағы университет болуға ұмтылады.",
                ru="К 2029 году университет стремится стать признанным на национальном уровне предпринимательским университетом в сфере технологий и бизнеса, открытым для международного партнёрства.",
                en="By 2029 the university aims to be a nationally recognized entrepreneurial university of technology and business, open to international partnership.",
            ),
            attribution=T(
                kk="Университет пайымы",
                ru="Видение университета",
                en="The university's vision",
            ),
        ),
    ),
)

QUALITY_OBJECTIVES = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="sapa-salasyndagy-maksattar", ru="celi-v-oblasti-kachestva", en="quality-objectives"),
    title=T(kk="Сапа саласындағы мақсаттар", ru="Цели в области качества", en="Quality objectives"),
    intro=T(
        kk="Университет ISO 9001:2015 талаптарына сәйкес сапа менеджменті жүйесін қолданады және жыл сайын сапа саласындағы өлшенетін мақсаттарды бекітеді.",
        ru="Университет применяет систему менеджмента качества в соответствии с ISO 9001:2015 и ежегодно утверждает измеримые цели в области качества.",
        en="The university runs a quality management system in line with ISO 9001:2015 and sets measurable quality objectives every year.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Сапа саясаты мен мақсаттары барлық құрылымдық бөлімшелер үшін міндетті. Құжатталған ақпаратты тіркеуді, өзектендіруді және мұрағаттауды Сапаны қамтамасыз ету және аккредиттеу бөлімі жүзеге асырады.",
                    ru="Политика и цели в области качества обязательны для всех структурных подразделений. Регистрацию, актуализацию и архивирование документированной информации осуществляет Отдел обеспечения качества и аккредитации.",
                    en="The quality policy and objectives are binding on every unit. The Quality Assurance and Accreditation Office registers, updates and archives the documented information.",
                ),
                T(
                    kk="Университет сонымен қатар ISO 37001:2016 стандартына негізделген парақорлыққа қарсы менеджмент жүйесін қолданады.",
                    ru="Университет также применяет систему менеджмента противодействия взяточничеству на основе стандарта ISO 37001:2016.",
                    en="The university also runs an anti-bribery management system based on ISO 37001:2016.",
                ),
            )
        ),
        Table(
            caption=T(
                kk="2026–2027 оқу жылына арналған сапа саласындағы мақсаттар",
                ru="Цели в области качества на 2026–2027 учебный год",
                en="Quality objectives for the 2026–2027 academic year",
            ),
            header=(
                T(kk="Мақсат", ru="Цель", en="Objective"),
                T(kk="Көрсеткіш", ru="Показатель", en="Target"),
                T(kk="Жауапты", ru="Ответственный", en="Responsible"),
            ),
            rows=(
                (
                    T(
                        kk="Түлектерді жұмысқа орналастыру",
                        ru="Трудоустройство выпускников",
                        en="Graduate employment",
                    ),
                    T(
                        kk="бітіргеннен кейін бір жыл ішінде кемінде 80%",
                        ru="не менее 80% в течение года после выпуска",
                        en="at least 80% within a year of graduation",
                    ),
                    T(kk="Мансап орталығы", ru="Центр карьеры", en="Career Centre"),
                ),
                (
                    T(
                        kk="Білім алушылардың қанағаттануы",
                        ru="Удовлетворённость обучающихся",
                        en="Student satisfaction",
                    ),
                    T(
                        kk="сауалнамада 5 балдық шкала бойынша кемінде 4,0 балл",
                        ru="не менее 4,0 из 5 баллов по анкетированию",
                        en="at least 4.0 out of 5 in the survey",
                    ),
                    T(kk="Факультеттер", ru="Факультеты", en="Faculties"),
                ),
                (
                    T(
                        kk="Аккредиттелген бағдарламалардың үлесі",
                        ru="Доля аккредитованных программ",
                        en="Share of accredited programmes",
                    ),
                    T(kk="100%", ru="100%", en="100%"),
                    T(
                        kk="Сапаны қамтамасыз ету және аккредиттеу бөлімі",
                        ru="Отдел обеспечения качества и аккредитации",
                        en="Quality Assurance and Accreditation Office",
                    ),
                ),
                (
                    T(
                        kk="Оқытушылардың біліктілігін арттыру",
                        ru="Повышение квалификации преподавателей",
                        en="Staff professional development",
                    ),
                    T(
                        kk="жыл сайын оқытушылардың кемінде 30%",
                        ru="не менее 30% преподавателей ежегодно",
                        en="at least 30% of teaching staff each year",
                    ),
                    T(
                        kk="Қызметкерлерді басқару бөлімі",
                        ru="Отдел управления персоналом",
                        en="Human Resources Office",
                    ),
                ),
                (
                    T(
                        kk="Өтініштерге уақтылы жауап беру",
                        ru="Своевременные ответы на обращения",
                        en="Timely replies to requests",
                    ),
                    T(
                        kk="барлық өтініштерге (100%) белгіленген мерзімде",
                        ru="100% обращений в установленный срок",
                        en="100% of requests within the deadline",
                    ),
                    T(kk="Кеңсе", ru="Канцелярия", en="Registry office"),
                ),
            ),
        ),
        BulletList(
            intro=T(
                kk="Сапа менеджменті жүйесінің қағидаттары:",
                ru="Принципы системы менеджмента качества:",
                en="Principles of the quality management system:",
            ),
            items=(
                T(
                    kk="тұтынушыға – студентке, жұмыс берушіге, қоғамға – бағдарлану",
                    ru="ориентация на потребителя – студента, работодателя, общество",
                    en="focus on those we serve – students, employers and society",
                ),
                T(
                    kk="процестік тәсіл және тәуекелдерді басқару",
                    ru="процессный подход и управление рисками",
                    en="a process approach and risk management",
                ),
                T(
                    kk="дәлелдерге негізделген шешімдер қабылдау",
                    ru="принятие решений на основе фактов",
                    en="evidence-based decision making",
                ),
                T(kk="үздіксіз жетілдіру", ru="постоянное улучшение", en="continual improvement"),
            ),
        ),
    ),
)
