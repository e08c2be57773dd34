"""Student subsections on learning resources: the virtual library with the facilities (W §9.7.1.8)
and professional practice.
"""

from demo.content.common import same
from demo.spec import (
    BulletList,
    ContactCard,
    Heading,
    Link,
    Links,
    PageSpec,
    Paragraphs,
    T,
    Table,
)

VIRTUAL_LIBRARY = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="virtualdy-kitaphana", ru="virtualnaya-biblioteka", en="virtual-library"),
    title=T(kk="Виртуалды кітапхана", ru="Виртуальная библиотека", en="Virtual library"),
    intro=T(
        kk="Ғылыми кітапхана баспа және электрондық ресурстарға қолжетімділік береді; электрондық каталог пен дерекқорлар университет желісінен де, үйден де қолжетімді.",
        ru="Научная библиотека предоставляет доступ к печатным и электронным ресурсам; электронный каталог и базы данных доступны как из сети университета, так и из дома.",
        en="The research library provides printed and electronic resources; the e-catalogue and databases are available both on campus and from home.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Кітапхана қорына оқулықтар, ғылыми және мерзімді басылымдар, сондай-ақ университет оқытушыларының электрондық оқу-әдістемелік құралдары кіреді.",
                    ru="Фонд библиотеки включает учебники, научные и периодические издания, а также электронные учебно-методические пособия преподавателей университета.",
                    en="The collection includes textbooks, academic publications and journals, and electronic teaching materials written by the university's lecturers.",
                ),
                T(
                    kk="Сыртқы дерекқорларға үйден кіру үшін студенттің жеке кабинетіндегі есептік жазба пайдаланылады.",
                    ru="Для доступа к внешним базам данных из дома используется учётная запись личного кабинета студента.",
                    en="Use your personal account credentials to reach external databases from home.",
                ),
            )
        ),
        Heading(
            T(kk="Материалдық-техникалық база", ru="Материально-техническая база", en="Facilities")
        ),
        BulletList(
            items=(
                T(
                    kk="кітапхананың оқу залдары мен компьютерлік жұмыс орындары",
                    ru="читальные залы и компьютерные рабочие места библиотеки",
                    en="library reading rooms and computer workstations",
                ),
                T(
                    kk="тағам өнімдерін талдауға арналған оқу-ғылыми зертханалар",
                    ru="учебно-научные лаборатории для анализа пищевых продуктов",
                    en="teaching and research laboratories for food analysis",
                ),
                T(
                    kk="компьютерлік сыныптар мен желілік технологиялар зертханасы",
                    ru="компьютерные классы и лаборатория сетевых технологий",
                    en="computer classrooms and a networking laboratory",
                ),
                T(
                    kk="спорт залы және студенттік асхана",
                    ru="спортивный зал и студенческая столовая",
                    en="a gym and a student canteen",
                ),
                T(
                    kk="барлық оқу ғимараттарындағы Wi-Fi желісі",
                    ru="сеть Wi-Fi во всех учебных корпусах",
                    en="Wi-Fi in every academic building",
                ),
            )
        ),
        Links(
            title=T(
                kk="Электрондық ресурстар", ru="Электронные ресурсы", en="Electronic resources"
            ),
            links=(
                Link(
                    label=T(
                        kk="Қазақстанның ұлттық электрондық кітапханасы",
                        ru="Казахстанская национальная электронная библиотека",
                        en="Kazakhstan National Electronic Library",
                    ),
                    url="https://kazneb.kz/",
                ),
                Link(label=same("ScienceDirect"), url="https://www.sciencedirect.com/"),
                Link(label=same("Scopus"), url="https://www.scopus.com/"),
                Link(label=same("Web of Science"), url="https://www.webofscience.com/"),
            ),
        ),
        ContactCard(
            name=T(kk="Ғылыми кітапхана", ru="Научная библиотека", en="Research Library"),
            role=T(
                kk="Кітап беру, электрондық ресурстарға қол жеткізу, әдебиет іздеуге көмек",
                ru="Выдача книг, доступ к электронным ресурсам, помощь в поиске литературы",
                en="Lending, access to e-resources, help with literature searches",
            ),
            phone="+7 7172 72 63 45",
            email="library@kazutb.edu.kz",
            hours=T(
                kk="Дүйсенбі–жұма, 09:00–19:00; сенбі, 10:00–15:00",
                ru="Понедельник–пятница, 09:00–19:00; суббота, 10:00–15:00",
                en="Monday to Friday, 09:00–19:00; Saturday, 10:00–15:00",
            ),
        ),
    ),
)

PROFESSIONAL_PRACTICE = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="kasibi-tazhiribe", ru="professionalnaya-praktika", en="professional-practice"),
    title=T(kk="Кәсіби тәжірибе", ru="Профессиональная практика", en="Professional practice"),
    intro=T(
        kk="Кәсіби тәжірибе теориялық білімді нақты өндірісте бекітуге және болашақ жұмыс берушімен танысуға мүмкіндік береді.",
        ru="Профессиональная практика позволяет закрепить теоретические знания на реальном производстве и познакомиться с будущим работодателем.",
        en="Professional practice lets students apply what they have learned in a real workplace and meet future employers.",
    ),
    body=(
        Table(
            caption=T(kk="Практика түрлері", ru="Виды практики", en="Types of placement"),
            header=(
                T(kk="Түрі", ru="Вид", en="Type"),
                T(kk="Курс", ru="Курс", en="Year"),
                T(kk="Ұзақтығы", ru="Продолжительность", en="Length"),
            ),
            rows=(
                (
                    T(kk="Оқу практикасы", ru="Учебная практика", en="Introductory placement"),
                    T(kk="1-курс", ru="1-й курс", en="1st year"),
                    T(kk="2 апта", ru="2 недели", en="2 weeks"),
                ),
                (
                    T(
                        kk="Өндірістік практика",
                        ru="Производственная практика",
                        en="Industrial placement",
                    ),
                    T(kk="2–3-курс", ru="2–3-й курс", en="2nd–3rd year"),
                    T(kk="4–6 апта", ru="4–6 недель", en="4–6 weeks"),
                ),
                (
                    T(
                        kk="Диплом алдындағы практика",
                        ru="Преддипломная практика",
                        en="Pre-graduation placement",
                    ),
                    T(kk="4-курс", ru="4-й курс", en="4th year"),
                    T(kk="6 апта", ru="6 недель", en="6 weeks"),
                ),
            ),
        ),
        BulletList(
            intro=T(
                kk="Практикаға шығу тәртібі:",
                ru="Порядок прохождения практики:",
                en="How a placement works:",
            ),
            items=(
                T(
                    kk="кафедра ұсынған практика базасын таңдаңыз немесе өз ұсынысыңызды келісіңіз",
                    ru="выберите базу практики из предложенных кафедрой или согласуйте свою",
                    en="choose a host company offered by your department or agree your own",
                ),
                T(
                    kk="практикаға жолдау туралы бұйрыққа енгізілгеніңізді тексеріңіз",
                    ru="убедитесь, что вы включены в приказ о направлении на практику",
                    en="check that you are listed in the placement order",
                ),
                T(
                    kk="практика күнделігін жүргізіп, кәсіпорындағы жетекшінің пікірін алыңыз",
                    ru="ведите дневник практики и получите отзыв руководителя от предприятия",
                    en="keep a placement diary and obtain a reference from your workplace supervisor",
                ),
                T(
                    kk="практика аяқталғаннан кейін бір апта ішінде есепті кафедрада қорғаңыз",
                    ru="защитите отчёт на кафедре в течение недели после окончания практики",
                    en="defend your report at the department within a week of finishing",
                ),
            ),
        ),
        Paragraphs(
            (
                T(
                    kk="Университеттің тағам және жеңіл өнеркәсіп, қаржы және ақпараттық технологиялар салаларындағы серіктес кәсіпорындармен шарттары бар. Практиканы жақсы өткен студенттерге жиі жұмыс ұсынылады.",
                    ru="У университета заключены договоры с предприятиями-партнёрами в пищевой и лёгкой промышленности, финансах и информационных технологиях. Студентам, успешно прошедшим практику, нередко предлагают работу.",
                    en="The university has agreements with partner companies in the food and light industries, finance and IT. Students who do well on placement are often offered jobs.",
                ),
            )
        ),
    ),
)
