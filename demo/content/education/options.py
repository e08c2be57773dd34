"""Education subsections on study options beyond the home programme: academic mobility and Minors."""

from demo.content.common import BOLOGNA_CENTRE_URL, ERASMUS_URL
from demo.spec import BulletList, Heading, Link, Links, PageSpec, Paragraphs, T, Table

ECONOMICS_FACULTY = T(
    kk="Экономика және бизнес факультеті",
    ru="Факультет экономики и бизнеса",
    en="Faculty of Economics and Business",
)

ACADEMIC_MOBILITY = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="akademiyalyk-utkyrlyk", ru="akademicheskaya-mobilnost", en="academic-mobility"),
    title=T(kk="Академиялық ұтқырлық", ru="Академическая мобильность", en="Academic mobility"),
    intro=T(
        kk="Академиялық ұтқырлық студенттерге бір семестр серіктес университетте оқып, алған кредиттерін өз бағдарламасында қайта есептеуге мүмкіндік береді.",
        ru="Академическая мобильность позволяет студентам проучиться семестр в университете-партнёре и перезачесть полученные кредиты в своей программе.",
        en="Academic mobility lets students spend a semester at a partner university and have the credits recognized in their own programme.",
    ),
    body=(
        BulletList(
            intro=T(kk="Іріктеу талаптары:", ru="Требования к участникам:", en="Eligibility:"),
            items=(
                T(kk="GPA кемінде 2,67", ru="GPA не ниже 2,67", en="a GPA of at least 2.67"),
                T(
                    kk="оқыту тілін B2 деңгейінде меңгеру",
                    ru="владение языком обучения на уровне B2",
                    en="B2 level in the language of instruction",
                ),
                T(
                    kk="академиялық берешектің болмауы",
                    ru="отсутствие академической задолженности",
                    en="no outstanding course failures",
                ),
                T(
                    kk="факультетпен келісілген оқу келісімі (Learning Agreement)",
                    ru="согласованное с факультетом соглашение об обучении (Learning Agreement)",
                    en="a Learning Agreement approved by the faculty",
                ),
            ),
        ),
        Table(
            caption=T(kk="Бағдарлама кезеңдері", ru="Этапы программы", en="Programme timeline"),
            header=(
                T(kk="Кезең", ru="Этап", en="Step"),
                T(kk="Мерзімі", ru="Срок", en="Deadline"),
            ),
            rows=(
                (
                    T(
                        kk="Күзгі семестрге өтініш беру",
                        ru="Подача заявки на осенний семестр",
                        en="Applying for the autumn semester",
                    ),
                    T(kk="1 сәуірге дейін", ru="до 1 апреля", en="by 1 April"),
                ),
                (
                    T(
                        kk="Көктемгі семестрге өтініш беру",
                        ru="Подача заявки на весенний семестр",
                        en="Applying for the spring semester",
                    ),
                    T(kk="1 қазанға дейін", ru="до 1 октября", en="by 1 October"),
                ),
                (
                    T(kk="Іріктеу конкурсы", ru="Конкурсный отбор", en="Selection"),
                    T(
                        kk="өтініштер қабылданғаннан кейін екі апта ішінде",
                        ru="в течение двух недель после окончания приёма заявок",
                        en="within two weeks of the application deadline",
                    ),
                ),
                (
                    T(
                        kk="Кредиттерді қайта есептеу",
                        ru="Перезачёт кредитов",
                        en="Credit recognition",
                    ),
                    T(
                        kk="оралғаннан кейін бір ай ішінде",
                        ru="в течение месяца после возвращения",
                        en="within a month of returning",
                    ),
                ),
            ),
        ),
        Paragraphs(
            (
                T(
                    kk="Ұтқырлық университеттің, серіктес университеттің немесе Erasmus+ бағдарламасының қаражаты есебінен қаржыландырылуы мүмкін. Толық ақпаратты халықаралық ынтымақтастық бөлімі береді.",
                    ru="Мобильность может финансироваться за счёт средств университета, университета-партнёра или программы Erasmus+. Подробную информацию предоставляет отдел международного сотрудничества.",
                    en="Mobility may be funded by the university, the partner university or Erasmus+. The International Cooperation Office has the details.",
                ),
            )
        ),
        Links(
            title=T(kk="Бағдарламалар", ru="Программы", en="Programmes"),
            links=(
                Link(
                    label=T(
                        kk="Erasmus+ бағдарламасы", ru="Программа Erasmus+", en="Erasmus+ programme"
                    ),
                    url=ERASMUS_URL,
                ),
                Link(
                    label=T(
                        kk="Болон процесі және академиялық ұтқырлық орталығы",
                        ru="Центр Болонского процесса и академической мобильности",
                        en="Centre for the Bologna Process and Academic Mobility",
                    ),
                    url=BOLOGNA_CENTRE_URL,
                ),
            ),
        ),
    ),
)

MINOR_CATALOGUE = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="minor-katalogy", ru="katalog-minor", en="minor-catalogue"),
    title=T(
        kk="Қосымша білім беру бағдарламаларының каталогы (Minor)",
        ru="Каталог дополнительных образовательных программ (Minor)",
        en="Minor catalogue",
    ),
    intro=T(
        kk="Minor – негізгі мамандықтан тыс басқа саладағы құзыреттерді игеруге мүмкіндік беретін қосымша білім беру бағдарламасы.",
        ru="Minor – дополнительная образовательная программа, позволяющая освоить компетенции в другой области помимо основной специальности.",
        en="A Minor is an additional programme that lets students gain skills in a field outside their main degree.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Minor бағдарламасы 20 академиялық кредиттен тұрады және екінші курстан бастап игеріледі. Бағдарламаны толық меңгерген студенттің диплом қосымшасында Minor атауы көрсетіледі.",
                    ru="Программа Minor составляет 20 академических кредитов и осваивается начиная со второго курса. У студента, полностью освоившего программу, название Minor указывается в приложении к диплому.",
                    en="A Minor is worth 20 academic credits and is taken from the second year. Students who complete it have the Minor recorded in their diploma supplement.",
                ),
                T(
                    kk="Minor таңдау жеке кабинет арқылы элективтерге тіркелу кезеңінде жүргізіледі.",
                    ru="Выбор Minor проводится через личный кабинет в период записи на элективы.",
                    en="Minors are chosen in the personal account during elective registration.",
                ),
            )
        ),
        Heading(T(kk="Каталог", ru="Каталог", en="Catalogue")),
        Table(
            caption=T(
                kk="2026–2027 оқу жылына арналған Minor бағдарламалары",
                ru="Программы Minor на 2026–2027 учебный год",
                en="Minors offered in 2026–2027",
            ),
            header=(
                T(kk="Бағдарлама", ru="Программа", en="Minor"),
                T(kk="Ұсынатын факультет", ru="Факультет", en="Offered by"),
                T(kk="Кімге ұсынылады", ru="Для кого", en="Recommended for"),
            ),
            rows=(
                (
                    T(kk="Цифрлық маркетинг", ru="Цифровой маркетинг", en="Digital Marketing"),
                    ECONOMICS_FACULTY,
                    T(
                        kk="барлық бағдарламалардың студенттеріне",
                        ru="студентам всех программ",
                        en="students of any programme",
                    ),
                ),
                (
                    T(
                        kk="Деректерді талдау негіздері",
                        ru="Основы анализа данных",
                        en="Data Analysis Basics",
                    ),
                    T(
                        kk="Инжиниринг және ақпараттық технологиялар факультеті",
                        ru="Факультет инжиниринга и информационных технологий",
                        en="Faculty of Engineering and Information Technology",
                    ),
                    T(
                        kk="экономикалық және технологиялық бағдарламалардың студенттеріне",
                        ru="студентам экономических и технологических программ",
                        en="economics and technology students",
                    ),
                ),
                (
                    T(
                        kk="Тағам қауіпсіздігі және сапа менеджменті",
                        ru="Пищевая безопасность и менеджмент качества",
                        en="Food Safety and Quality Management",
                    ),
                    T(
                        kk="Технология және стандарттау факультеті",
                        ru="Факультет технологии и стандартизации",
                        en="Faculty of Technology and Standardization",
                    ),
                    T(
                        kk="бизнес және инженерлік бағдарламалардың студенттеріне",
                        ru="студентам бизнес- и инженерных программ",
                        en="business and engineering students",
                    ),
                ),
                (
                    T(
                        kk="Кәсіпкерлік және стартаптар",
                        ru="Предпринимательство и стартапы",
                        en="Entrepreneurship and Start-ups",
                    ),
                    ECONOMICS_FACULTY,
                    T(
                        kk="инженерлік бағдарламалардың студенттеріне",
                        ru="студентам инженерных программ",
                        en="engineering students",
                    ),
                ),
            ),
        ),
    ),
)
