"""The Student life subsection of Home (S1): clubs, traditions and who supports them."""

from demo.content.common import WEEKDAYS
from demo.spec import BulletList, ContactCard, PageSpec, Paragraphs, T, Table

STUDENT_LIFE = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="studenttik-omir", ru="studencheskaya-zhizn", en="student-life"),
    title=T(kk="Студенттік өмір", ru="Студенческая жизнь", en="Student life"),
    intro=T(
        kk="Студенттік өмір – оқудан тыс уақытта шығармашылықты, спортты, еріктілікті және көшбасшылықты дамытуға арналған мүмкіндіктер.",
        ru="Студенческая жизнь – это возможности для творчества, спорта, волонтёрства и развития лидерства вне учебных занятий.",
        en="Student life means opportunities for creativity, sport, volunteering and leadership outside the classroom.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Университетте студенттік клубтар, шығармашылық ұжымдар, спорт секциялары мен еріктілер қозғалысы жұмыс істейді. Олардың жұмысын жастар саясаты бөлімі мен Студенттік кеңес үйлестіреді.",
                    ru="В университете работают студенческие клубы, творческие коллективы, спортивные секции и волонтёрское движение. Их работу координируют отдел молодёжной политики и Студенческий совет.",
                    en="The university has student clubs, creative groups, sports sections and a volunteer movement, coordinated by the Youth Policy Office and the Student Council.",
                ),
                T(
                    kk="Кез келген студент жаңа клуб ашуға бастама көтере алады: ол үшін кемінде он қатысушының тізімін және жұмыс жоспарын жастар саясаты бөліміне ұсыну жеткілікті.",
                    ru="Любой студент может выступить с инициативой открыть новый клуб: для этого достаточно представить в отдел молодёжной политики список не менее чем из десяти участников и план работы.",
                    en="Any student can propose a new club: it is enough to submit a list of at least ten members and a work plan to the Youth Policy Office.",
                ),
            )
        ),
        Table(
            caption=T(
                kk="Студенттік бірлестіктер", ru="Студенческие объединения", en="Student societies"
            ),
            header=(
                T(kk="Бірлестік", ru="Объединение", en="Society"),
                T(kk="Бағыты", ru="Направление", en="Focus"),
            ),
            rows=(
                (
                    T(kk="Дебат клубы", ru="Дебатный клуб", en="Debate Club"),
                    T(
                        kk="шешендік өнер және сыни ойлау",
                        ru="ораторское искусство и критическое мышление",
                        en="public speaking and critical thinking",
                    ),
                ),
                (
                    T(
                        kk="«Жас кәсіпкер» бизнес-клубы",
                        ru="Бизнес-клуб «Молодой предприниматель»",
                        en="Young Entrepreneur business club",
                    ),
                    T(
                        kk="стартап-жобалар мен кәсіпкерлік",
                        ru="стартап-проекты и предпринимательство",
                        en="start-up projects and entrepreneurship",
                    ),
                ),
                (
                    T(kk="Еріктілер орталығы", ru="Волонтёрский центр", en="Volunteer Centre"),
                    T(
                        kk="әлеуметтік жобалар мен қайырымдылық акциялары",
                        ru="социальные проекты и благотворительные акции",
                        en="social projects and charity campaigns",
                    ),
                ),
                (
                    T(kk="Спорт клубы", ru="Спортивный клуб", en="Sports Club"),
                    T(
                        kk="волейбол, футзал, тоғызқұмалақ, үстел теннисі",
                        ru="волейбол, футзал, тогыз кумалак, настольный теннис",
                        en="volleyball, futsal, togyz kumalak, table tennis",
                    ),
                ),
                (
                    T(
                        kk="Вокал-би ансамблі",
                        ru="Вокально-танцевальный ансамбль",
                        en="Song and Dance Ensemble",
                    ),
                    T(
                        kk="университет мерекелері мен байқаулар",
                        ru="университетские праздники и конкурсы",
                        en="university celebrations and competitions",
                    ),
                ),
            ),
        ),
        BulletList(
            intro=T(
                kk="Жыл сайынғы дәстүрлі іс-шаралар:",
                ru="Ежегодные традиционные мероприятия:",
                en="Annual traditions:",
            ),
            items=(
                T(
                    kk="Бірінші курс студенттерін студент қатарына қабылдау салтанаты (қыркүйек)",
                    ru="Торжественное посвящение первокурсников в студенты (сентябрь)",
                    en="Freshers' initiation ceremony (September)",
                ),
                T(
                    kk="Университет спартакиадасы (ақпан–сәуір)",
                    ru="Спартакиада университета (февраль–апрель)",
                    en="University sports games (February–April)",
                ),
                T(
                    kk="Наурыз мерекесі және ұлттық ойындар фестивалі (наурыз)",
                    ru="Праздник Наурыз и фестиваль национальных игр (март)",
                    en="Nauryz celebration and traditional games festival (March)",
                ),
                T(
                    kk="«Үздік академиялық топ» байқауы (мамыр)",
                    ru="Конкурс «Лучшая академическая группа» (май)",
                    en="Best Study Group contest (May)",
                ),
            ),
        ),
        ContactCard(
            name=T(
                kk="Жастар саясаты бөлімі", ru="Отдел молодёжной политики", en="Youth Policy Office"
            ),
            role=T(
                kk="Студенттік бастамаларды, клубтар мен іс-шараларды қолдау",
                ru="Поддержка студенческих инициатив, клубов и мероприятий",
                en="Support for student initiatives, clubs and events",
            ),
            phone="+7 7172 72 63 41",
            email="youth@kazutb.edu.kz",
            office=T(
                kk="Бас оқу ғимараты, 115-кабинет",
                ru="Главный учебный корпус, кабинет 115",
                en="Main academic building, room 115",
            ),
            hours=WEEKDAYS,
        ),
    ),
)
