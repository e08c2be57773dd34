"""University subsections on accountability to the public: public councils and discussions
(W §8.3.5, §8.3.9), plans and reports (W §8.3.6), open data (W §8.3.2).
"""

from demo.content.university.documents import PUBLIC_REPORTS, WORK_PLAN
from demo.spec import BulletList, Heading, Link, Links, PageSpec, Paragraphs, T, Table

PUBLIC_COUNCILS = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="kogamdyk-kenester", ru="obshchestvennye-sovety", en="public-councils"),
    title=T(kk="Қоғамдық кеңестер", ru="Общественные советы", en="Public councils"),
    intro=T(
        kk="Қоғамдық кеңестер университет қызметіне студенттердің, жұмыс берушілердің, ата-аналар мен жұртшылықтың қатысуын қамтамасыз етеді.",
        ru="Общественные советы обеспечивают участие студентов, работодателей, родителей и общественности в деятельности университета.",
        en="Public councils give students, employers, parents and the wider public a voice in the university's work.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Сайтта кеңестердің құрамы, отырыстарының жоспарлары мен шешімдері жарияланады. Құжаттар, есептер және сыбайлас жемқорлыққа қарсы іс-шаралардың жобалары қоғамдық талқылауға шығарылып, кез келген адам белгіленген мерзім ішінде өз ұсыныстары мен пікірлерін жібере алады.",
                    ru="На сайте публикуются составы советов, планы их заседаний и принятые решения. Документы, отчёты и проекты антикоррупционных мер выносятся на общественное обсуждение, и любой желающий может в установленный срок направить свои предложения и замечания.",
                    en="The membership, meeting plans and decisions of the councils are published on the site. Documents, reports and draft anti-corruption measures are opened for public discussion, and anyone may send proposals and comments within the set period.",
                ),
            )
        ),
        BulletList(
            intro=T(
                kk="Университетте жұмыс істейтін кеңестер:",
                ru="Советы, действующие в университете:",
                en="Councils at the university:",
            ),
            items=(
                T(
                    kk="Жұмыс берушілер кеңесі – білім беру бағдарламаларын еңбек нарығының талаптарымен үйлестіреді",
                    ru="Совет работодателей – согласует образовательные программы с требованиями рынка труда",
                    en="Employers' Council – aligns educational programmes with the needs of the labour market",
                ),
                T(
                    kk="Ата-аналар кеңесі – білім алушылардың ата-аналарымен тұрақты байланысты қамтамасыз етеді",
                    ru="Родительский совет – обеспечивает постоянную связь с родителями обучающихся",
                    en="Parents' Council – keeps the university in regular contact with students' parents",
                ),
                T(
                    kk="Сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі комиссия – адалдық мәдениетін қалыптастырады және сыбайлас жемқорлық тәуекелдерін азайтады",
                    ru="Комиссия по противодействию коррупции – формирует культуру добропорядочности и снижает коррупционные риски",
                    en="Anti-Corruption Commission – builds a culture of integrity and reduces corruption risks",
                ),
                T(
                    kk="Студенттік кеңес – білім алушылардың мүдделерін білдіреді",
                    ru="Студенческий совет – представляет интересы обучающихся",
                    en="Student Council – represents the interests of students",
                ),
            ),
        ),
        Heading(
            T(
                kk="Қоғамдық талқылауға қалай қатысуға болады",
                ru="Как участвовать в общественном обсуждении",
                en="How to take part in a public discussion",
            )
        ),
        BulletList(
            items=(
                T(
                    kk="Талқылауға шығарылған құжатты тиісті бетте оқып шығыңыз",
                    ru="Ознакомьтесь с документом, вынесенным на обсуждение, на соответствующей странице",
                    en="Read the document under discussion on its page",
                ),
                T(
                    kk="Пікіріңізді немесе ұсынысыңызды талқылау мерзімі аяқталғанға дейін қалдырыңыз",
                    ru="Оставьте замечание или предложение до окончания срока обсуждения",
                    en="Leave your comment or proposal before the discussion closes",
                ),
                T(
                    kk="Пікірлер модерациядан кейін жарияланады, ал ұсыныстарды қарау қорытындысы талқылау аяқталған соң жарияланады",
                    ru="Замечания публикуются после модерации, а итоги рассмотрения предложений – по завершении обсуждения",
                    en="Comments appear after moderation; the outcome of the proposals is published once the discussion closes",
                ),
            )
        ),
    ),
)

PLANS_AND_REPORTS = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="zhosparlar-men-esepter", ru="plany-i-otchety", en="plans-and-reports"),
    title=T(kk="Жоспарлар мен есептер", ru="Планы и отчёты", en="Plans and reports"),
    intro=T(
        kk="Университет жыл сайын жұмыс жоспарын және мақсаттар декларациясын жариялап, қызмет нәтижелері туралы жария есеп береді.",
        ru="Университет ежегодно публикует план работы и декларацию целей и даёт публичный отчёт о результатах своей деятельности.",
        en="Every year the university publishes its work plan and declaration of goals and gives a public report on its results.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Жоспарлар мен есептер қоғамға университеттің не істеуді жоспарлағанын, неге және қандай нәтиже күтетінін түсіндіреді. Есептер оқу, ғылыми, тәрбие және қаржы-шаруашылық қызметін қамтиды.",
                    ru="Планы и отчёты объясняют обществу, что университет намерен сделать, зачем и каких результатов ожидает. Отчёты охватывают учебную, научную, воспитательную и финансово-хозяйственную деятельность.",
                    en="Plans and reports explain to the public what the university intends to do, why, and what results it expects. The reports cover teaching, research, student development and finances.",
                ),
            )
        ),
        Table(
            caption=T(
                kk="Жоспарлар мен есептерді жариялау кестесі",
                ru="График публикации планов и отчётов",
                en="Publication schedule for plans and reports",
            ),
            header=(
                T(kk="Құжат", ru="Документ", en="Document"),
                T(kk="Жариялау мерзімі", ru="Срок публикации", en="Published"),
            ),
            rows=(
                (
                    T(
                        kk="Оқу жылына арналған университеттің жұмыс жоспары",
                        ru="План работы университета на учебный год",
                        en="University work plan for the academic year",
                    ),
                    T(kk="жыл сайын қыркүйекте", ru="ежегодно в сентябре", en="every September"),
                ),
                (
                    T(
                        kk="Мақсаттар мен міндеттердің жылдық декларациясы",
                        ru="Ежегодная декларация целей и задач",
                        en="Annual declaration of goals and objectives",
                    ),
                    T(kk="жыл сайын қыркүйекте", ru="ежегодно в сентябре", en="every September"),
                ),
                (
                    T(
                        kk="Ректордың оқу жылының қорытындысы бойынша жария есебі",
                        ru="Публичный отчёт ректора по итогам учебного года",
                        en="Rector's public report on the academic year",
                    ),
                    T(kk="жыл сайын қазанда", ru="ежегодно в октябре", en="every October"),
                ),
                (
                    T(
                        kk="Ғылыми-зерттеу жұмысы туралы есеп",
                        ru="Отчёт о научно-исследовательской работе",
                        en="Research report",
                    ),
                    T(kk="жыл сайын желтоқсанда", ru="ежегодно в декабре", en="every December"),
                ),
            ),
        ),
        BulletList(
            intro=T(
                kk="Жария есепте міндетті түрде көрсетілетін мәліметтер:",
                ru="Сведения, которые обязательно приводятся в публичном отчёте:",
                en="What the public report always covers:",
            ),
            items=(
                T(
                    kk="контингент және қабылдау нәтижелері",
                    ru="контингент и итоги приёма",
                    en="enrolment and admission results",
                ),
                T(
                    kk="білім беру бағдарламалары мен олардың аккредиттелуі",
                    ru="образовательные программы и их аккредитация",
                    en="educational programmes and their accreditation",
                ),
                T(
                    kk="ғылыми жобалар мен жарияланымдар",
                    ru="научные проекты и публикации",
                    en="research projects and publications",
                ),
                T(
                    kk="түлектердің жұмысқа орналасуы",
                    ru="трудоустройство выпускников",
                    en="graduate employment",
                ),
                T(
                    kk="қаржы-шаруашылық қызметінің негізгі көрсеткіштері",
                    ru="основные показатели финансово-хозяйственной деятельности",
                    en="key financial indicators",
                ),
            ),
        ),
    ),
    children=(WORK_PLAN, PUBLIC_REPORTS),
)

OPEN_DATA = PageSpec(
    model="opendata.OpenDataCatalogPage",
    slug=T(kk="ashyk-derekter", ru="otkrytye-dannye", en="open-data"),
    title=T(kk="Ашық деректер", ru="Открытые данные", en="Open data"),
    intro=T(
        kk="Университеттің негізгі деректері автоматты өңдеуге жарамды, машиналық оқуға арналған форматтарда (CSV, JSON) жарияланады.",
        ru="Основные данные университета публикуются в машиночитаемых форматах (CSV, JSON), пригодных для автоматической обработки.",
        en="The university's key data are published in machine-readable formats (CSV, JSON) suitable for automatic processing.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Ашық деректерді кез келген адам тегін жүктеп алып, еркін пайдалана алады. Әр деректер жинағы сайттағы беттермен бірге автоматты түрде жаңартылады, сондықтан жүктелген файл әрқашан жарияланған ақпаратқа сәйкес келеді.",
                    ru="Открытые данные может бесплатно скачать и свободно использовать любой желающий. Каждый набор данных обновляется автоматически вместе со страницами сайта, поэтому скачанный файл всегда соответствует опубликованной информации.",
                    en="Anyone may download and reuse the open data free of charge. Each data set is updated automatically with the site's pages, so a downloaded file always matches what is published.",
                ),
                T(
                    kk="Деректерді бағдарламалық түрде алу үшін тек оқуға арналған JSON API қолжетімді.",
                    ru="Для программного доступа к данным работает JSON API только для чтения.",
                    en="A read-only JSON API is available for programmatic access.",
                ),
            )
        ),
        Links(
            title=T(
                kk="Мемлекеттік ашық деректер",
                ru="Государственные открытые данные",
                en="Government open data",
            ),
            links=(
                Link(
                    label=T(
                        kk="Ашық деректердің электрондық порталы",
                        ru="Электронный портал открытых данных",
                        en="Open data e-portal",
                    ),
                    url="https://data.egov.kz/",
                ),
            ),
        ),
    ),
)
