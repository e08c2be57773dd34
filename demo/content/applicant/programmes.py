"""Applicant subsections on what to study and how to pay for it: programmes, grants and discounts."""

from demo.spec import BulletList, Link, Links, PageSpec, Paragraphs, T, Table

MATHS_GEOGRAPHY = T(
    kk="Математика – География", ru="Математика – География", en="Mathematics – Geography"
)

EDUCATIONAL_PROGRAMMES = PageSpec(
    model="sections.SubsectionPage",
    slug=T(
        kk="bilim-beru-bagdarlamalary",
        ru="obrazovatelnye-programmy",
        en="educational-programmes",
    ),
    title=T(
        kk="Білім беру бағдарламалары",
        ru="Образовательные программы",
        en="Educational programmes",
    ),
    intro=T(
        kk="Университет бакалавриат пен магистратураның білім беру бағдарламаларын жүзеге асырады; әр бағдарламаның пәндері мен модульдері оның сипаттамасында жарияланады.",
        ru="Университет реализует образовательные программы бакалавриата и магистратуры; дисциплины и модули каждой программы публикуются в её описании.",
        en="The university offers bachelor's and master's programmes; the courses and modules of each programme are published in its description.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Әр бағдарлама міндетті және элективті модульдерден тұрады. Білім алушы жеке оқу жоспарын эдвайзердің көмегімен элективті пәндер каталогынан пәндер таңдау арқылы құрады.",
                    ru="Каждая программа состоит из обязательных и элективных модулей. Обучающийся составляет индивидуальный учебный план с помощью эдвайзера, выбирая дисциплины из каталога элективных дисциплин.",
                    en="Each programme consists of compulsory and elective modules. Students build their individual study plan with an adviser by choosing courses from the elective catalogue.",
                ),
            )
        ),
        Table(
            caption=T(
                kk="Бакалавриат бағдарламалары (үзінді)",
                ru="Программы бакалавриата (выдержка)",
                en="Bachelor's programmes (extract)",
            ),
            header=(
                T(kk="Коды", ru="Код", en="Code"),
                T(kk="Атауы", ru="Название", en="Name"),
                T(
                    kk="Бейіндік пәндер (ҰБТ)",
                    ru="Профильные предметы (ЕНТ)",
                    en="UNT profile subjects",
                ),
            ),
            rows=(
                (
                    T(kk="6B07201", ru="6B07201", en="6B07201"),
                    T(
                        kk="Тағам өнімдерінің технологиясы",
                        ru="Технология продовольственных продуктов",
                        en="Food Technology",
                    ),
                    T(kk="Химия – Биология", ru="Химия – Биология", en="Chemistry – Biology"),
                ),
                (
                    T(kk="6B07501", ru="6B07501", en="6B07501"),
                    T(
                        kk="Стандарттау, метрология және сертификаттау",
                        ru="Стандартизация, метрология и сертификация",
                        en="Standardization, Metrology and Certification",
                    ),
                    T(
                        kk="Математика – Физика",
                        ru="Математика – Физика",
                        en="Mathematics – Physics",
                    ),
                ),
                (
                    T(kk="6B04101", ru="6B04101", en="6B04101"),
                    T(kk="Экономика", ru="Экономика", en="Economics"),
                    MATHS_GEOGRAPHY,
                ),
                (
                    T(kk="6B04103", ru="6B04103", en="6B04103"),
                    T(kk="Қаржы", ru="Финансы", en="Finance"),
                    MATHS_GEOGRAPHY,
                ),
                (
                    T(kk="6B06101", ru="6B06101", en="6B06101"),
                    T(
                        kk="Ақпараттық жүйелер",
                        ru="Информационные системы",
                        en="Information Systems",
                    ),
                    T(
                        kk="Математика – Информатика",
                        ru="Математика – Информатика",
                        en="Mathematics – Computer Science",
                    ),
                ),
            ),
        ),
        BulletList(
            intro=T(
                kk="«Тағам өнімдерінің технологиясы» бағдарламасының модульдері (мысал):",
                ru="Модули программы «Технология продовольственных продуктов» (пример):",
                en="Modules of the Food Technology programme (example):",
            ),
            items=(
                T(
                    kk="жалпы білім беретін пәндер: Қазақстанның қазіргі заманғы тарихы, философия, шет тілі, ақпараттық-коммуникациялық технологиялар",
                    ru="общеобразовательные дисциплины: современная история Казахстана, философия, иностранный язык, информационно-коммуникационные технологии",
                    en="general education: modern history of Kazakhstan, philosophy, a foreign language, information and communication technology",
                ),
                T(
                    kk="базалық модуль: тағам химиясы, микробиология, процестер мен аппараттар",
                    ru="базовый модуль: пищевая химия, микробиология, процессы и аппараты",
                    en="core module: food chemistry, microbiology, processes and equipment",
                ),
                T(
                    kk="кәсіби модуль: нан-тоқаш, сүт және ет өнімдерінің технологиясы",
                    ru="профессиональный модуль: технология хлебобулочных, молочных и мясных продуктов",
                    en="professional module: bakery, dairy and meat product technology",
                ),
                T(
                    kk="тағам қауіпсіздігі модулі: HACCP жүйесі, сапаны бақылау және стандарттау",
                    ru="модуль безопасности пищевых продуктов: система HACCP, контроль качества и стандартизация",
                    en="food safety module: HACCP, quality control and standardization",
                ),
                T(
                    kk="өндірістік және диплом алдындағы практика, дипломдық жоба",
                    ru="производственная и преддипломная практика, дипломный проект",
                    en="industrial and pre-graduation placements, final-year project",
                ),
            ),
        ),
        Links(
            title=T(kk="Бағдарламалар тізілімі", ru="Реестр программ", en="Programme register"),
            links=(
                Link(
                    label=T(
                        kk="Жоғары білімнің бірыңғай платформасы",
                        ru="Единая платформа высшего образования",
                        en="Unified Higher Education Platform",
                    ),
                    url="https://epvo.kz/",
                ),
            ),
        ),
    ),
)

GRANTS_AND_DISCOUNTS = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="granttar-men-zhenildikter", ru="granty-i-skidki", en="grants-and-discounts"),
    title=T(kk="Гранттар мен жеңілдіктер", ru="Гранты и скидки", en="Grants and discounts"),
    intro=T(
        kk="Оқу ақысын мемлекеттік білім беру гранты, квоталар және университеттің ішкі жеңілдіктері есебінен толық немесе ішінара өтеуге болады.",
        ru="Оплата обучения может быть полностью или частично покрыта государственным образовательным грантом, квотами и внутренними скидками университета.",
        en="Tuition can be fully or partly covered by a state education grant, admission quotas or the university's own discounts.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Мемлекеттік білім беру гранттары ҰБТ нәтижелері бойынша республикалық конкурс негізінде беріледі. Грант иегері тиісті бағдарламаны жүзеге асыратын кез келген жоғары оқу орнын таңдай алады.",
                    ru="Государственные образовательные гранты присуждаются по итогам республиканского конкурса на основе результатов ЕНТ. Обладатель гранта может выбрать любой вуз, реализующий соответствующую программу.",
                    en="State education grants are awarded in a national competition based on UNT scores. A grant holder may choose any university that offers the relevant programme.",
                ),
            )
        ),
        Table(
            caption=T(
                kk="Мемлекеттік гранттар мен квоталар",
                ru="Государственные гранты и квоты",
                en="State grants and quotas",
            ),
            header=(
                T(kk="Санат", ru="Категория", en="Category"),
                T(kk="Қысқаша сипаттама", ru="Краткое описание", en="Description"),
            ),
            rows=(
                (
                    T(kk="Жалпы конкурс", ru="Общий конкурс", en="General competition"),
                    T(
                        kk="ҰБТ балы бойынша бөлінетін гранттар",
                        ru="гранты, распределяемые по баллам ЕНТ",
                        en="grants awarded on UNT scores",
                    ),
                ),
                (
                    T(
                        kk="Ауыл жастарына арналған квота",
                        ru="Квота для сельской молодёжи",
                        en="Rural youth quota",
                    ),
                    T(
                        kk="ауылдық жерлерден шыққан талапкерлерге басым мамандықтар бойынша",
                        ru="для абитуриентов из сельской местности по приоритетным специальностям",
                        en="for applicants from rural areas in priority fields",
                    ),
                ),
                (
                    T(
                        kk="Мүгедектігі бар адамдарға арналған квота",
                        ru="Квота для лиц с инвалидностью",
                        en="Quota for persons with disabilities",
                    ),
                    T(
                        kk="бірінші және екінші топтағы мүгедектігі бар адамдар, бала кезінен мүгедектігі бар адамдар",
                        ru="лица с инвалидностью первой и второй групп, лица с инвалидностью с детства",
                        en="persons with group I or II disabilities and persons disabled since childhood",
                    ),
                ),
                (
                    T(
                        kk="Жетім балаларға арналған квота",
                        ru="Квота для детей-сирот",
                        en="Quota for orphans",
                    ),
                    T(
                        kk="жетім балалар мен ата-анасының қамқорлығынсыз қалған балалар",
                        ru="дети-сироты и дети, оставшиеся без попечения родителей",
                        en="orphans and children left without parental care",
                    ),
                ),
            ),
        ),
        Table(
            caption=T(
                kk="Университеттің ішкі жеңілдіктері",
                ru="Внутренние скидки университета",
                en="University discounts",
            ),
            header=(
                T(kk="Кімге беріледі", ru="Кому предоставляется", en="Who qualifies"),
                T(kk="Жеңілдік мөлшері", ru="Размер скидки", en="Discount"),
            ),
            rows=(
                (
                    T(
                        kk="«Алтын белгі» иегерлері және үздік аттестат иегерлері",
                        ru="Обладатели знака «Алтын белгі» и аттестата с отличием",
                        en="Holders of the Altyn Belgi award or a certificate with distinction",
                    ),
                    T(
                        kk="бірінші курста 30%",
                        ru="30% на первом курсе",
                        en="30% in the first year",
                    ),
                ),
                (
                    T(
                        kk="Республикалық және халықаралық олимпиадалардың жүлдегерлері",
                        ru="Призёры республиканских и международных олимпиад",
                        en="Prize winners of national and international olympiads",
                    ),
                    T(
                        kk="бірінші курста 20%",
                        ru="20% на первом курсе",
                        en="20% in the first year",
                    ),
                ),
                (
                    T(
                        kk="Университетте бір отбасынан оқитын екі және одан да көп бала",
                        ru="Двое и более детей из одной семьи, обучающихся в университете",
                        en="Two or more children from one family studying at the university",
                    ),
                    T(kk="әр балаға 10%", ru="10% каждому", en="10% each"),
                ),
                (
                    T(
                        kk="Үздік оқитын студенттер (GPA 3,67 және одан жоғары)",
                        ru="Студенты-отличники (GPA 3,67 и выше)",
                        en="Top students (GPA 3.67 or above)",
                    ),
                    T(
                        kk="келесі оқу жылына 15%",
                        ru="15% на следующий учебный год",
                        en="15% for the following year",
                    ),
                ),
            ),
        ),
        Paragraphs(
            (
                T(
                    kk="Ішкі жеңілдіктер бір-бірімен қосылмайды және оқу ақысы уақтылы төленген жағдайда сақталады. Жеңілдік алу үшін растайтын құжаттарды қоса отырып, ректордың атына өтініш беріледі.",
                    ru="Внутренние скидки не суммируются и сохраняются при своевременной оплате обучения. Для получения скидки подаётся заявление на имя ректора с подтверждающими документами.",
                    en="University discounts cannot be combined and are kept as long as tuition is paid on time. To apply, submit a request to the Rector with supporting documents.",
                ),
            )
        ),
    ),
)
