"""Education subsections on degree levels and delivery: bachelor's, master's, distance learning."""

from demo.content.common import TESTCENTER_URL, WEEKDAYS
from demo.spec import BulletList, ContactCard, Link, Links, PageSpec, Paragraphs, T, Table

BACHELORS = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="bakalavriat", ru="bakalavriat", en="bachelors"),
    title=T(kk="Бакалавриат", ru="Бакалавриат", en="Bachelor's"),
    intro=T(
        kk="Бакалавриат – жоғары білімнің бірінші деңгейі; оны аяқтағандарға бакалавр дәрежесі беріледі.",
        ru="Бакалавриат – первый уровень высшего образования; окончившим его присуждается степень бакалавра.",
        en="The bachelor's degree is the first level of higher education.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Бакалавриат бағдарламалары жалпы білім беретін, базалық және бейіндік пәндер циклдарынан тұрады, ал оқу кәсіби практикамен және қорытынды аттестаттаумен аяқталады. Қорытынды аттестаттау дипломдық жұмысты немесе жобаны қорғау, не кешенді емтихан тапсыру түрінде өтеді.",
                    ru="Программы бакалавриата состоят из циклов общеобразовательных, базовых и профилирующих дисциплин, а обучение завершается профессиональной практикой и итоговой аттестацией. Итоговая аттестация проходит в форме защиты дипломной работы или проекта либо сдачи комплексного экзамена.",
                    en="Bachelor's programmes consist of general education, core and specialist courses and end with professional practice and final assessment, which is either the defence of a thesis or project or a comprehensive examination.",
                ),
            )
        ),
        BulletList(
            intro=T(
                kk="Бағдарлама құрылымы (240 академиялық кредит):",
                ru="Структура программы (240 академических кредитов):",
                en="Programme structure (240 academic credits):",
            ),
            items=(
                T(
                    kk="жалпы білім беретін пәндер – 56 кредит",
                    ru="общеобразовательные дисциплины – 56 кредитов",
                    en="general education – 56 credits",
                ),
                T(
                    kk="базалық пәндер – 112 кредит",
                    ru="базовые дисциплины – 112 кредитов",
                    en="core courses – 112 credits",
                ),
                T(
                    kk="бейіндік пәндер – 60 кредит",
                    ru="профилирующие дисциплины – 60 кредитов",
                    en="specialist courses – 60 credits",
                ),
                T(
                    kk="қорытынды аттестаттау – 12 кредит",
                    ru="итоговая аттестация – 12 кредитов",
                    en="final assessment – 12 credits",
                ),
            ),
        ),
        Links(
            title=T(
                kk="Бакалавриатқа түсу", ru="Поступление в бакалавриат", en="Bachelor's admission"
            ),
            links=(
                Link(
                    label=T(
                        kk="Ұлттық бірыңғай тестілеу – Ұлттық тестілеу орталығы",
                        ru="Единое национальное тестирование – Национальный центр тестирования",
                        en="Unified National Testing – National Testing Centre",
                    ),
                    url=TESTCENTER_URL,
                ),
            ),
        ),
    ),
)

MASTERS = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="magistratura", ru="magistratura", en="masters"),
    title=T(kk="Магистратура", ru="Магистратура", en="Master's"),
    intro=T(
        kk="Магистратура бакалавр дәрежесі бар мамандарға білімін тереңдетуге және ғылыми-зерттеу немесе басқарушылық мансапқа дайындалуға мүмкіндік береді.",
        ru="Магистратура позволяет специалистам со степенью бакалавра углубить знания и подготовиться к научной или управленческой карьере.",
        en="A master's degree lets bachelor's graduates deepen their knowledge and prepare for a career in research or management.",
    ),
    body=(
        Table(
            caption=T(
                kk="Магистратура бағыттары", ru="Направления магистратуры", en="Master's tracks"
            ),
            header=(
                T(kk="Бағыты", ru="Направление", en="Track"),
                T(kk="Оқу мерзімі", ru="Срок обучения", en="Duration"),
                T(kk="Берілетін дәреже", ru="Присуждаемая степень", en="Degree awarded"),
            ),
            rows=(
                (
                    T(
                        kk="Ғылыми-педагогикалық",
                        ru="Научно-педагогическое",
                        en="Research and teaching",
                    ),
                    T(kk="2 жыл, 120 кредит", ru="2 года, 120 кредитов", en="2 years, 120 credits"),
                    T(kk="ғылым магистрі", ru="магистр наук", en="Master of Science"),
                ),
                (
                    T(kk="Бейіндік", ru="Профильное", en="Professional"),
                    T(
                        kk="1–1,5 жыл, 60–90 кредит",
                        ru="1–1,5 года, 60–90 кредитов",
                        en="1–1.5 years, 60–90 credits",
                    ),
                    T(
                        kk="бейін бойынша магистр",
                        ru="магистр по профилю",
                        en="professional master's degree",
                    ),
                ),
            ),
        ),
        Paragraphs(
            (
                T(
                    kk="Магистратураға қабылдау Ұлттық тестілеу орталығы өткізетін кешенді тестілеу нәтижелері бойынша жүргізіледі. Кешенді тестілеу шет тілі бойынша тесттен, оқуға дайындықты анықтау тестінен және білім беру бағдарламалары тобының бейіні бойынша тесттен тұрады.",
                    ru="Приём в магистратуру ведётся по результатам комплексного тестирования, которое проводит Национальный центр тестирования. Комплексное тестирование включает тест по иностранному языку, тест на определение готовности к обучению и тест по профилю группы образовательных программ.",
                    en="Master's admission is based on the comprehensive test run by the National Testing Centre, consisting of a foreign language test, a test of readiness to study and a subject test for the programme group.",
                ),
            )
        ),
        BulletList(
            intro=T(
                kk="Магистратура бағдарламалары (үзінді):",
                ru="Программы магистратуры (выдержка):",
                en="Master's programmes (extract):",
            ),
            items=(
                T(
                    kk="7M07201 Тағам өнімдерінің технологиясы",
                    ru="7M07201 Технология продовольственных продуктов",
                    en="7M07201 Food Technology",
                ),
                T(kk="7M04101 Экономика", ru="7M04101 Экономика", en="7M04101 Economics"),
                T(
                    kk="7M06101 Ақпараттық жүйелер",
                    ru="7M06101 Информационные системы",
                    en="7M06101 Information Systems",
                ),
                T(
                    kk="7M07501 Стандарттау және сертификаттау",
                    ru="7M07501 Стандартизация и сертификация",
                    en="7M07501 Standardization and Certification",
                ),
            ),
        ),
    ),
)

DISTANCE_LEARNING = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="kashyktyktan-okytu", ru="distancionnoe-obuchenie", en="distance-learning"),
    title=T(kk="Қашықтықтан оқыту", ru="Дистанционное обучение", en="Distance learning"),
    intro=T(
        kk="Қашықтықтан оқыту технологиялары жұмыс істейтін және басқа қалаларда тұратын білім алушыларға оқуды жұмыспен ұштастыруға мүмкіндік береді.",
        ru="Дистанционные образовательные технологии позволяют работающим и живущим в других городах обучающимся совмещать учёбу с работой.",
        en="Distance learning lets students who work or live in other cities combine study with their jobs.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Оқу материалдары, бейнедәрістер мен тапсырмалар оқытуды басқару жүйесінде орналастырылады. Онлайн-консультациялар кесте бойынша өтеді, ал аралық және қорытынды бақылау прокторинг арқылы жүргізіледі.",
                    ru="Учебные материалы, видеолекции и задания размещаются в системе управления обучением. Онлайн-консультации проходят по расписанию, а рубежный и итоговый контроль проводится с прокторингом.",
                    en="Course materials, video lectures and assignments are in the learning management system. Online tutorials follow a timetable, and midterm and final exams are proctored.",
                ),
            )
        ),
        BulletList(
            intro=T(
                kk="Қажетті техникалық жағдайлар:",
                ru="Технические требования:",
                en="What you need:",
            ),
            items=(
                T(
                    kk="тұрақты интернет байланысы (кемінде 10 Мбит/с)",
                    ru="стабильное подключение к интернету (не менее 10 Мбит/с)",
                    en="a stable internet connection (at least 10 Mbit/s)",
                ),
                T(
                    kk="веб-камерасы мен микрофоны бар компьютер немесе ноутбук",
                    ru="компьютер или ноутбук с веб-камерой и микрофоном",
                    en="a computer or laptop with a webcam and microphone",
                ),
                T(
                    kk="қазіргі заманғы браузер – арнайы бағдарлама орнату қажет емес",
                    ru="современный браузер – установка специальных программ не требуется",
                    en="an up-to-date web browser – no special software to install",
                ),
            ),
        ),
        ContactCard(
            name=T(
                kk="Қашықтықтан оқыту орталығы",
                ru="Центр дистанционного обучения",
                en="Distance Learning Centre",
            ),
            role=T(
                kk="Платформаға кіру, техникалық қолдау, онлайн-емтихандар кестесі",
                ru="Доступ к платформе, техническая поддержка, расписание онлайн-экзаменов",
                en="Platform access, technical support, online exam timetable",
            ),
            phone="+7 7172 72 63 60",
            email="distance@kazutb.edu.kz",
            hours=WEEKDAYS,
        ),
    ),
)
