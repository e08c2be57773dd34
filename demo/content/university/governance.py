"""University subsections on who governs and speaks for the university: administration and head
(W §9.7.1.2, §9.7.1.7), academic council, experts pool (P §8.3–8.4).
"""

from demo.content.common import PRESS_EMAIL, PRESS_PHONE, WEEKDAYS
from demo.persons import RECTOR, RESEARCH_VICE_RECTOR, VICE_RECTOR
from demo.spec import BulletList, ContactCard, Heading, PageSpec, Paragraphs, PersonCard, T, Table

ADMINISTRATION = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="akimshilik", ru="administraciya", en="administration"),
    title=T(kk="Әкімшілік", ru="Администрация", en="Administration"),
    intro=T(
        kk="Университеттің басқару органдары, құрылымы және басшылығы туралы ақпарат, сондай-ақ басшылықтың азаматтарды қабылдау тәртібі.",
        ru="Сведения об органах управления, структуре и руководстве университета, а также порядок приёма граждан руководством.",
        en="The university's governing bodies, structure and leadership, and how the leadership receives members of the public.",
    ),
    body=(
        Heading(T(kk="Басқару органдары", ru="Органы управления", en="Governing bodies")),
        BulletList(
            items=(
                T(
                    kk="Акционерлердің жалпы жиналысы – университеттің жоғары басқару органы",
                    ru="Общее собрание акционеров – высший орган управления университетом",
                    en="General Meeting of Shareholders – the university's supreme governing body",
                ),
                T(
                    kk="Директорлар кеңесі – жалпы басшылықты жүзеге асырады және университеттің даму бағдарламасын бекітеді",
                    ru="Совет директоров – осуществляет общее руководство и утверждает программу развития университета",
                    en="Board of Directors – provides overall direction and approves the university's development programme",
                ),
                T(
                    kk="Ректор – университеттің бірінші басшысы, ағымдағы қызметке басшылық етеді",
                    ru="Ректор – первый руководитель университета, руководит его текущей деятельностью",
                    en="Rector – the head of the university, in charge of its day-to-day activity",
                ),
                T(
                    kk="Ғылыми кеңес – оқу, ғылыми және тәрбие жұмысының негізгі мәселелерін қарайтын алқалы орган",
                    ru="Учёный совет – коллегиальный орган, рассматривающий основные вопросы учебной, научной и воспитательной работы",
                    en="Academic Council – the collegial body for the main questions of teaching, research and student development",
                ),
                T(
                    kk="Қызмет бағыттары бойынша проректорлар – академиялық, ғылыми, тәрбие және әкімшілік-шаруашылық жұмысты үйлестіреді",
                    ru="Проректоры по направлениям деятельности – координируют академическую, научную, воспитательную и административно-хозяйственную работу",
                    en="Vice-rectors by area – coordinate academic, research, student and administrative affairs",
                ),
            )
        ),
        Paragraphs(
            (
                T(
                    kk="Университет құрылымына факультеттер мен кафедралар, сондай-ақ Маркетинг және контингентті қалыптастыру басқармасы, Сапаны қамтамасыз ету және аккредиттеу бөлімі, Құқықтық қамтамасыз ету және сыбайлас жемқорлыққа қарсы іс-қимыл басқармасы, Қызметкерлерді басқару бөлімі және басқа да құрылымдық бөлімшелер кіреді. Әр бөлімшенің міндеттері мен өкілеттіктері оның ережесінде айқындалған.",
                    ru="В структуру университета входят факультеты и кафедры, а также Управление маркетинга и формирования контингента, Отдел обеспечения качества и аккредитации, Управление правового обеспечения и противодействия коррупции, Отдел управления персоналом и другие структурные подразделения. Задачи и полномочия каждого подразделения определены в его положении.",
                    en="The university is made up of faculties and departments together with the Marketing and Enrolment Directorate, the Quality Assurance and Accreditation Office, the Legal Affairs and Anti-Corruption Directorate, the Human Resources Office and other units. The tasks and powers of each unit are set out in its regulations.",
                ),
            )
        ),
        # The leaders come from the directory of people (W §8.5): one record, shown
        # the same wherever they are named.
        PersonCard(RECTOR),
        PersonCard(VICE_RECTOR),
        PersonCard(RESEARCH_VICE_RECTOR),
    ),
)

ACADEMIC_COUNCIL = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="gylymi-kenes", ru="uchenyi-sovet", en="academic-council"),
    title=T(kk="Ғылыми кеңес", ru="Учёный совет", en="Academic council"),
    intro=T(
        kk="Ғылыми кеңес – университеттің оқу, ғылыми, әдістемелік және тәрбие жұмысының негізгі мәселелерін қарайтын алқалы басқару органы.",
        ru="Учёный совет – коллегиальный орган управления, рассматривающий основные вопросы учебной, научной, методической и воспитательной работы университета.",
        en="The Academic Council is the collegial body that decides the main questions of the university's teaching, research, curriculum and student development.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Ғылыми кеңестің төрағасы – ректор. Кеңес құрамына проректорлар, факультет декандары, кафедра меңгерушілері, жетекші профессорлар мен оқытушылар, сондай-ақ білім алушылардың өкілдері кіреді. Құрамы жыл сайын ректордың бұйрығымен бекітіледі.",
                    ru="Председатель Учёного совета – ректор. В состав совета входят проректоры, деканы факультетов, заведующие кафедрами, ведущие профессора и преподаватели, а также представители обучающихся. Состав ежегодно утверждается приказом ректора.",
                    en="The Council is chaired by the Rector. Its members are the vice-rectors, deans, heads of departments, leading professors and lecturers, and student representatives. Membership is approved every year by order of the Rector.",
                ),
                T(
                    kk="Отырыстар оқу жылы ішінде айына бір рет өтеді. Шешімдер отырысқа қатысқан мүшелердің көпшілік даусымен қабылданып, хаттамамен рәсімделеді.",
                    ru="Заседания проводятся раз в месяц в течение учебного года. Решения принимаются большинством голосов присутствующих членов и оформляются протоколом.",
                    en="The Council meets once a month during the academic year. Decisions are taken by a majority of the members present and recorded in minutes.",
                ),
            )
        ),
        BulletList(
            intro=T(
                kk="Ғылыми кеңестің өкілеттіктері:",
                ru="Полномочия Учёного совета:",
                en="Powers of the Academic Council:",
            ),
            items=(
                T(
                    kk="білім беру бағдарламалары мен оқу жоспарларын бекітуге ұсыну",
                    ru="рекомендация образовательных программ и учебных планов к утверждению",
                    en="recommending educational programmes and curricula for approval",
                ),
                T(
                    kk="академиялық саясатты, ақпараттық саясатты және басқа ішкі нормативтік құжаттарды қарау",
                    ru="рассмотрение академической политики, информационной политики и других внутренних нормативных документов",
                    en="reviewing the academic policy, the information policy and other internal regulations",
                ),
                T(
                    kk="ғылыми-зерттеу жұмыстарының жоспарлары мен есептерін тыңдау",
                    ru="заслушивание планов и отчётов о научно-исследовательской работе",
                    en="hearing research plans and reports",
                ),
                T(
                    kk="қызметкерлерді ғылыми атақтарға және марапаттарға ұсыну",
                    ru="представление сотрудников к учёным званиям и наградам",
                    en="nominating staff for academic titles and awards",
                ),
                T(
                    kk="даму бағдарламасының орындалу барысын талқылау",
                    ru="обсуждение хода выполнения программы развития",
                    en="discussing progress on the development programme",
                ),
            ),
        ),
        Table(
            caption=T(
                kk="2026–2027 оқу жылындағы отырыстардың жоспары (үзінді)",
                ru="План заседаний на 2026–2027 учебный год (выдержка)",
                en="Meeting plan for the 2026–2027 academic year (extract)",
            ),
            header=(
                T(kk="Ай", ru="Месяц", en="Month"),
                T(kk="Негізгі мәселе", ru="Основной вопрос", en="Main item"),
            ),
            rows=(
                (
                    T(kk="Тамыз", ru="Август", en="August"),
                    T(
                        kk="Жаңа оқу жылына дайындық, академиялық күнтізбені бекіту",
                        ru="Подготовка к новому учебному году, утверждение академического календаря",
                        en="Preparing the new academic year, approving the academic calendar",
                    ),
                ),
                (
                    T(kk="Қазан", ru="Октябрь", en="October"),
                    T(
                        kk="Қабылдау науқанының қорытындылары",
                        ru="Итоги приёмной кампании",
                        en="Results of the admission campaign",
                    ),
                ),
                (
                    T(kk="Желтоқсан", ru="Декабрь", en="December"),
                    T(
                        kk="Ғылыми-зерттеу жұмысының жылдық есебі",
                        ru="Годовой отчёт о научно-исследовательской работе",
                        en="Annual research report",
                    ),
                ),
                (
                    T(kk="Ақпан", ru="Февраль", en="February"),
                    T(
                        kk="Қысқы емтихан сессиясының қорытындылары",
                        ru="Итоги зимней экзаменационной сессии",
                        en="Results of the winter examination session",
                    ),
                ),
                (
                    T(kk="Мамыр", ru="Май", en="May"),
                    T(
                        kk="Білім беру бағдарламаларын жаңарту және келесі оқу жылына бекіту",
                        ru="Обновление образовательных программ и их утверждение на следующий учебный год",
                        en="Updating educational programmes and approving them for the next academic year",
                    ),
                ),
            ),
        ),
        ContactCard(
            name=T(
                kk="Ғылыми кеңестің ғалым хатшысы",
                ru="Учёный секретарь Учёного совета",
                en="Secretary of the Academic Council",
            ),
            role=T(
                kk="Отырыстарды дайындау, кеңес шешімдерінен үзінділер беру",
                ru="Подготовка заседаний, выдача выписок из решений совета",
                en="Prepares meetings and issues extracts from Council decisions",
            ),
            phone="+7 7172 72 63 05",
            email="council@kazutb.edu.kz",
            hours=WEEKDAYS,
        ),
    ),
)

EXPERTS = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="sarapshylar", ru="eksperty", en="experts"),
    title=T(kk="Сарапшылар", ru="Эксперты", en="Experts"),
    intro=T(
        kk="Университет сарапшылары – университет атынан бұқаралық ақпарат құралдарында және көпшілік іс-шараларда сөз сөйлеуге құқығы бар басшылар, оқытушылар мен қызметкерлер. Сарапшылар пулын ректор бекітеді.",
        ru="Эксперты университета – руководители, преподаватели и сотрудники, имеющие право выступать от имени университета в средствах массовой информации и на публичных мероприятиях. Пул экспертов утверждает ректор.",
        en="University experts are leaders, lecturers and staff entitled to speak on behalf of the university in the media and at public events. The pool of experts is approved by the Rector.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Университет атынан ресми мәлімдеме жасау құқығы жария тұлғаларға тиесілі: ректорға, жауапкершілік салалары бойынша проректорларға, декандарға және маркетинг бөлімінің басшысына. Бір оқиға туралы ақпарат бір көзден беріледі.",
                    ru="Исключительное право делать официальные заявления от имени университета принадлежит его публичным лицам: ректору, проректорам по курируемым направлениям, деканам и руководителю отдела маркетинга. Информация об одном событии исходит из одного источника.",
                    en="Only the university's public figures may make official statements on its behalf: the Rector, the vice-rectors for their areas, the deans and the head of marketing. Information about any one event comes from a single source.",
                ),
            )
        ),
        Table(
            caption=T(kk="Сараптама салалары", ru="Области экспертизы", en="Areas of expertise"),
            header=(
                T(kk="Сала", ru="Область", en="Area"),
                T(kk="Тақырыптар", ru="Темы", en="Topics"),
            ),
            rows=(
                (
                    T(
                        kk="Тағам технологиясы және тағам қауіпсіздігі",
                        ru="Пищевые технологии и безопасность пищевых продуктов",
                        en="Food technology and food safety",
                    ),
                    T(
                        kk="тағам сапасы, таңбалау, функционалдық өнімдер",
                        ru="качество продуктов, маркировка, функциональные продукты",
                        en="food quality, labelling, functional foods",
                    ),
                ),
                (
                    T(
                        kk="Экономика және бизнес",
                        ru="Экономика и бизнес",
                        en="Economics and business",
                    ),
                    T(
                        kk="шағын және орта бизнес, инфляция, өңірлік экономика",
                        ru="малый и средний бизнес, инфляция, региональная экономика",
                        en="small and medium-sized business, inflation, regional economy",
                    ),
                ),
                (
                    T(
                        kk="Ақпараттық технологиялар",
                        ru="Информационные технологии",
                        en="Information technology",
                    ),
                    T(
                        kk="цифрландыру, киберқауіпсіздік, жасанды интеллект",
                        ru="цифровизация, кибербезопасность, искусственный интеллект",
                        en="digitalization, cybersecurity, artificial intelligence",
                    ),
                ),
                (
                    T(
                        kk="Стандарттау және метрология",
                        ru="Стандартизация и метрология",
                        en="Standardization and metrology",
                    ),
                    T(
                        kk="техникалық реттеу, сәйкестікті растау",
                        ru="техническое регулирование, подтверждение соответствия",
                        en="technical regulation, conformity certification",
                    ),
                ),
                (
                    T(kk="Жоғары білім", ru="Высшее образование", en="Higher education"),
                    T(
                        kk="қабылдау, гранттар, академиялық ұтқырлық",
                        ru="приём, гранты, академическая мобильность",
                        en="admission, grants, academic mobility",
                    ),
                ),
            ),
        ),
        ContactCard(
            name=T(kk="Баспасөз қызметі", ru="Пресс-служба", en="Press Office"),
            role=T(
                kk="Журналистердің сарапшымен сұхбат ұйымдастыру туралы сұраныстары",
                ru="Запросы журналистов об интервью с экспертами",
                en="Journalists' requests for interviews with experts",
            ),
            phone=PRESS_PHONE,
            email=PRESS_EMAIL,
            hours=WEEKDAYS,
        ),
    ),
)
