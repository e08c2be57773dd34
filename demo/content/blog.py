"""The Rector's blog (P §9.4): three posts in which the rector addresses students and staff."""

import datetime

from demo.spec import BulletList, PageSpec, Paragraphs, Quote, T

NEW_ACADEMIC_YEAR = PageSpec(
    model="news.BlogPostPage",
    slug=T(kk="zhana-oku-zhyly", ru="novyi-uchebnyi-god", en="new-academic-year"),
    title=T(
        kk="Жаңа оқу жылы – жаңа мүмкіндіктер",
        ru="Новый учебный год – новые возможности",
        en="A new academic year, new opportunities",
    ),
    intro=T(
        kk="Құрметті студенттер мен әріптестер! Баршаңызды Білім күнімен және 2026–2027 оқу жылының басталуымен құттықтаймын.",
        ru="Дорогие студенты и коллеги! Поздравляю всех с Днём знаний и началом 2026–2027 учебного года.",
        en="Dear students and colleagues, congratulations on Knowledge Day and the start of the 2026–2027 academic year.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Биыл университет қабырғасында мыңнан астам жаңа студент оқуын бастайды. Сіздер мұнда мамандықпен қатар өмір бойы бірге жүретін достар мен әріптестерді табасыздар.",
                    ru="В этом году в стенах университета начинают учёбу более тысячи новых студентов. Здесь вы найдёте не только профессию, но и друзей и коллег на всю жизнь.",
                    en="This year more than a thousand new students begin their studies with us. Here you will find not only a profession but friends and colleagues for life.",
                ),
                T(
                    kk="Осы оқу жылының басты міндеттері – білім беру бағдарламаларын жұмыс берушілермен бірлесіп жаңарту, академиялық ұтқырлықты кеңейту және оқу процесін цифрландыруды жалғастыру. Студенттің жеке кабинеті мен кітапхананың электрондық ресурстары енді кез келген құрылғыдан қолжетімді.",
                    ru="Главные задачи этого учебного года – обновить образовательные программы совместно с работодателями, расширить академическую мобильность и продолжить цифровизацию учебного процесса. Личный кабинет студента и электронные ресурсы библиотеки теперь доступны с любого устройства.",
                    en="Our main goals this year are to update our programmes together with employers, expand academic mobility and continue digitalizing teaching. The personal account and the library's e-resources are now available on any device.",
                ),
                T(
                    kk="Оқытушылар мен қызметкерлерге айтарым: сіздердің кәсібилігіңіз бен студенттерге деген ықыласыңыз – университеттің басты байлығы. Біліктілікті арттыруға және ғылыми жобаларға қатысуға университет бұрынғыдай қолдау көрсетеді.",
                    ru="Преподавателям и сотрудникам хочу сказать: ваш профессионализм и внимание к студентам – главное богатство университета. Университет, как и прежде, будет поддерживать повышение квалификации и участие в научных проектах.",
                    en="To our teaching and professional staff: your expertise and your care for students are the university's greatest asset. The university will continue to support professional development and research projects.",
                ),
            )
        ),
        Quote(
            text=T(
                kk="Университет – тек білім алатын орын емес, ол ойлауды, жауапкершілікті және бір-біріне құрметпен қарауды үйрететін орта.",
                ru="Университет – это не только место, где получают знания, но и среда, которая учит мыслить, отвечать за свои поступки и уважать друг друга.",
                en="A university is not just a place to gain knowledge; it is a community that teaches us to think, to take responsibility and to respect one another.",
            ),
            attribution=T(kk="Ректор", ru="Ректор", en="The Rector"),
        ),
        Paragraphs(
            (
                T(
                    kk="Сұрақтарыңыз бен ұсыныстарыңызды осы блогтағы пікірлерде немесе жеке қабылдау кезінде айта аласыздар. Баршаңызға табыс пен жемісті оқу жылын тілеймін!",
                    ru="Свои вопросы и предложения вы можете оставить в комментариях к этому блогу или высказать на личном приёме. Желаю всем успехов и плодотворного учебного года!",
                    en="You can share your questions and ideas in the comments on this blog or at my office hours. I wish you all success and a fruitful year!",
                ),
            )
        ),
    ),
    fields={"date": datetime.date(2026, 9, 1)},
)

OPENNESS = PageSpec(
    model="news.BlogPostPage",
    slug=T(kk="ashyktyk-senimnin-negizi", ru="otkrytost-osnova-doveriya", en="openness-and-trust"),
    title=T(
        kk="Ашықтық – сенімнің негізі",
        ru="Открытость – основа доверия",
        en="Openness is the foundation of trust",
    ),
    intro=T(
        kk="Университеттің жаңа сайты туралы және біз неліктен ақпаратты ашуды басымдық деп санайтынымыз туралы бірнеше сөз.",
        ru="Несколько слов о новом сайте университета и о том, почему мы считаем раскрытие информации приоритетом.",
        en="A few words about the university's new website and why we make openness a priority.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Біз университеттің ресми сайтын жаңарттық. Енді ол үш тілде – мемлекеттік, орыс және ағылшын тілдерінде толық жұмыс істейді, ал заң бойынша ашылуға тиіс ақпарат бір бөлімде жинақталған.",
                    ru="Мы обновили официальный сайт университета. Теперь он полностью работает на трёх языках – государственном, русском и английском, а информация, которую закон обязывает раскрывать, собрана в одном разделе.",
                    en="We have renewed the university's official website. It now works fully in three languages – Kazakh, Russian and English – and everything the law requires us to disclose is gathered in one section.",
                ),
                T(
                    kk="Университет өз қызметі туралы толық, бейтарап және нақты ақпарат беруге міндетті. Сондықтан сайтта жарғы, лицензия, аккредиттеу куәліктері, қаржылық есептілік, жұмыс жоспарлары мен жария есептер орналастырылады, ал негізгі деректер машиналық оқуға жарамды форматта да жарияланады.",
                    ru="Университет обязан давать полную, беспристрастную и достоверную информацию о своей деятельности. Поэтому на сайте размещены устав, лицензия, свидетельства об аккредитации, финансовая отчётность, планы работы и публичные отчёты, а основные данные публикуются и в машиночитаемом формате.",
                    en="The university has a duty to give complete, impartial and accurate information about its work. That is why the site carries our charter, licence, accreditation certificates, financial statements, work plans and public reports, and publishes key data in machine-readable form too.",
                ),
            )
        ),
        BulletList(
            intro=T(
                kk="Сайт арқылы кез келген адам:",
                ru="Через сайт любой человек может:",
                en="Through the site anyone can:",
            ),
            items=(
                T(
                    kk="университетке жазбаша сұрау жіберіп, 10 жұмыс күні ішінде жауап ала алады",
                    ru="направить в университет письменный запрос и получить ответ в течение 10 рабочих дней",
                    en="send the university a written request and receive a reply within 10 working days",
                ),
                T(
                    kk="құжаттар мен есептерді қоғамдық талқылауға қатысып, өз ұсыныстарын қалдыра алады",
                    ru="участвовать в общественном обсуждении документов и отчётов и оставлять свои предложения",
                    en="take part in public discussions of documents and reports and leave proposals",
                ),
                T(
                    kk="ашық деректерді жүктеп алып, өз зерттеулерінде пайдалана алады",
                    ru="скачивать открытые данные и использовать их в своих исследованиях",
                    en="download open data and use it in their own research",
                ),
            ),
        ),
        Quote(
            text=T(
                kk="Ашық университет – сенімді университет. Қоғам біздің не істеп жатқанымызды көргенде ғана бізге сенеді.",
                ru="Открытый университет – надёжный университет. Общество доверяет нам только тогда, когда видит, что мы делаем.",
                en="An open university is a trustworthy university. People trust us only when they can see what we do.",
            ),
            attribution=T(kk="Ректор", ru="Ректор", en="The Rector"),
        ),
        Paragraphs(
            (
                T(
                    kk="Сайттағы кез келген қате немесе ескірген ақпарат туралы бізге хабарлаңыз – әр ескерту тиісті бөлімшеге жіберіліп, қаралады.",
                    ru="Сообщайте нам о любых ошибках или устаревшей информации на сайте – каждое замечание будет передано в соответствующее подразделение и рассмотрено.",
                    en="Please tell us about any mistake or outdated information on the site – every report is passed to the unit responsible and dealt with.",
                ),
            )
        ),
    ),
    fields={"date": datetime.date(2026, 11, 23)},
)

WINTER_SESSION = PageSpec(
    model="news.BlogPostPage",
    slug=T(
        kk="kysky-sessiyaga-dayyndyk",
        ru="podgotovka-k-zimnei-sessii",
        en="preparing-for-winter-exams",
    ),
    title=T(
        kk="Қысқы сессияға дайындық туралы",
        ru="О подготовке к зимней сессии",
        en="On preparing for the winter exams",
    ),
    intro=T(
        kk="Сессия – бүкіл семестрдегі еңбектің қорытындысы. Бірнеше кеңес бөліскім келеді.",
        ru="Сессия – итог работы за весь семестр. Хочу поделиться несколькими советами.",
        en="Exams sum up a whole semester's work. Here are a few words of advice.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Кітапхананың оқу залы енді тәулік бойы ашық, ал оқытушылар кеңес беру кестесін жеке кабинетте жариялады. Осы мүмкіндіктерді пайдаланыңыздар.",
                    ru="Читальный зал библиотеки теперь открыт круглосуточно, а преподаватели опубликовали график консультаций в личном кабинете. Пользуйтесь этими возможностями.",
                    en="The library reading room is now open around the clock, and lecturers have posted their office hours in the personal account. Make use of both.",
                ),
                T(
                    kk="Академиялық адалдық – біздің басты құндылығымыз. Өз күшіңізге сеніңіз, ал қиындық болса, эдвайзеріңізге хабарласыңыз.",
                    ru="Академическая честность – наша главная ценность. Верьте в свои силы, а если возникнут трудности, обращайтесь к своему эдвайзеру.",
                    en="Academic integrity is our first value. Trust in your own abilities, and talk to your adviser if you run into difficulties.",
                ),
            )
        ),
    ),
    fields={"date": datetime.date(2026, 11, 20)},
)

BLOG = PageSpec(
    model="news.BlogIndexPage",
    slug=T(kk="rektor-blogy", ru="blog-rektora", en="rectors-blog"),
    title=T(kk="Ректор блогы", ru="Блог ректора", en="Rector's blog"),
    intro=T(
        kk="Ректор университеттің басым бағыттары, шешімдері мен жоспарлары туралы студенттер мен қызметкерлерге тікелей жазады. Пікірлер модерациядан кейін жарияланады.",
        ru="Ректор напрямую пишет студентам и сотрудникам о приоритетах, решениях и планах университета. Комментарии публикуются после модерации.",
        en="The Rector writes directly to students and staff about the university's priorities, decisions and plans. Comments appear after moderation.",
    ),
    children=(NEW_ACADEMIC_YEAR, OPENNESS, WINTER_SESSION),
)
