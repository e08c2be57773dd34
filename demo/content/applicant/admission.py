"""Applicant subsections on applying: admission of documents and the virtual admission committee."""

from demo.content.common import PORTAL_URL, TESTCENTER_URL, WEEKDAYS
from demo.spec import BulletList, ContactCard, Link, Links, PageSpec, Paragraphs, T, Table

TESTCENTER = T(
    kk="Ұлттық тестілеу орталығы",
    ru="Национальный центр тестирования",
    en="National Testing Centre",
)

ADMISSION_OF_DOCUMENTS = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="kuzhattardy-kabyldau", ru="priem-dokumentov", en="admission-of-documents"),
    title=T(kk="Құжаттарды қабылдау", ru="Приём документов", en="Admission of documents"),
    intro=T(
        kk="Бакалавриатқа құжаттар 20 маусымнан 25 тамызға дейін қабылдау комиссиясында немесе онлайн қабылданады.",
        ru="Документы в бакалавриат принимаются с 20 июня по 25 августа в приёмной комиссии или онлайн.",
        en="Applications for bachelor's programmes are accepted from 20 June to 25 August at the admission office or online.",
    ),
    body=(
        BulletList(
            intro=T(
                kk="Бакалавриатқа түсу үшін қажетті құжаттар:",
                ru="Документы для поступления в бакалавриат:",
                en="Documents required for bachelor's admission:",
            ),
            items=(
                T(
                    kk="ректордың атына өтініш",
                    ru="заявление на имя ректора",
                    en="an application addressed to the Rector",
                ),
                T(
                    kk="жалпы орта немесе техникалық және кәсіптік білім туралы құжаттың түпнұсқасы (қосымшасымен)",
                    ru="оригинал документа об общем среднем или техническом и профессиональном образовании (с приложением)",
                    en="the original school-leaving or vocational education certificate (with transcript)",
                ),
                T(
                    kk="ҰБТ сертификаты",
                    ru="сертификат ЕНТ",
                    en="the Unified National Testing (UNT) certificate",
                ),
                T(
                    kk="жеке басты куәландыратын құжаттың көшірмесі",
                    ru="копия документа, удостоверяющего личность",
                    en="a copy of your identity document",
                ),
                T(
                    kk="075/у нысанындағы медициналық анықтама",
                    ru="медицинская справка формы 075/у",
                    en="a medical certificate (form 075/u)",
                ),
                T(
                    kk="3×4 см көлеміндегі 4 фотосурет",
                    ru="4 фотографии размером 3×4 см",
                    en="four 3×4 cm photographs",
                ),
                T(
                    kk="ер азаматтар үшін – әскери есепке алу құжаты",
                    ru="для юношей – документ воинского учёта",
                    en="for young men, the military registration document",
                ),
            ),
        ),
        Table(
            caption=T(
                kk="Қабылдау науқанының негізгі мерзімдері",
                ru="Основные сроки приёмной кампании",
                en="Key admission dates",
            ),
            header=(
                T(kk="Кезең", ru="Этап", en="Stage"),
                T(kk="Мерзімі", ru="Сроки", en="Dates"),
            ),
            rows=(
                (
                    T(
                        kk="Мемлекеттік білім беру грантын алу конкурсына өтініш беру",
                        ru="Подача заявлений на конкурс государственных образовательных грантов",
                        en="Applying for the state education grant competition",
                    ),
                    T(kk="13–20 шілде", ru="13–20 июля", en="13–20 July"),
                ),
                (
                    T(
                        kk="Бакалавриатқа құжаттарды қабылдау",
                        ru="Приём документов в бакалавриат",
                        en="Bachelor's applications",
                    ),
                    T(
                        kk="20 маусым – 25 тамыз",
                        ru="20 июня – 25 августа",
                        en="20 June – 25 August",
                    ),
                ),
                (
                    T(
                        kk="Магистратураға құжаттарды қабылдау",
                        ru="Приём документов в магистратуру",
                        en="Master's applications",
                    ),
                    T(kk="3–25 шілде", ru="3–25 июля", en="3–25 July"),
                ),
                (
                    T(
                        kk="Бірінші курсқа қабылдау туралы бұйрық",
                        ru="Приказ о зачислении на первый курс",
                        en="Enrolment order for first-year students",
                    ),
                    T(kk="28 тамызға дейін", ru="до 28 августа", en="by 28 August"),
                ),
            ),
        ),
        Paragraphs(
            (
                T(
                    kk="Құжаттарды онлайн тапсыру үшін олардың сканерленген көшірмелерін виртуалды қабылдау комиссиясы арқылы жіберіп, түпнұсқаларын кейін әкелуге болады.",
                    ru="Чтобы подать документы онлайн, можно отправить их сканированные копии через виртуальную приёмную комиссию, а оригиналы принести позже.",
                    en="To apply online, send scanned copies through the virtual admission committee and bring the originals later.",
                ),
                T(
                    kk="Шетел азаматтары білім туралы құжатын Қазақстанда тану (нострификация) рәсімінен өткізуі тиіс.",
                    ru="Иностранным гражданам необходимо пройти процедуру признания (нострификации) документа об образовании в Казахстане.",
                    en="Foreign citizens must have their education certificate recognized in Kazakhstan (nostrification).",
                ),
            )
        ),
    ),
)

VIRTUAL_ADMISSION = PageSpec(
    model="sections.SubsectionPage",
    slug=T(
        kk="virtualdy-kabyldau-komissiyasy",
        ru="virtualnaya-priemnaya-komissiya",
        en="virtual-admission-committee",
    ),
    title=T(
        kk="Виртуалды қабылдау комиссиясы",
        ru="Виртуальная приёмная комиссия",
        en="Virtual admission committee",
    ),
    intro=T(
        kk="Виртуалды қабылдау комиссиясы талапкерлерге университетке келмей-ақ кеңес алуға және құжаттарды онлайн тапсыруға мүмкіндік береді.",
        ru="Виртуальная приёмная комиссия позволяет абитуриентам получить консультацию и подать документы онлайн, не приезжая в университет.",
        en="The virtual admission committee lets applicants get advice and apply online without coming to the university.",
    ),
    body=(
        BulletList(
            intro=T(
                kk="Онлайн тапсыру тәртібі:", ru="Порядок онлайн-подачи:", en="How to apply online:"
            ),
            items=(
                T(
                    kk="университеттің жеке кабинетінде тіркеліңіз",
                    ru="зарегистрируйтесь в личном кабинете университета",
                    en="register in the university's personal account",
                ),
                T(
                    kk="өтініш нысанын толтырып, білім беру бағдарламасын таңдаңыз",
                    ru="заполните форму заявления и выберите образовательную программу",
                    en="fill in the application form and choose a programme",
                ),
                T(
                    kk="құжаттардың сканерленген көшірмелерін PDF немесе JPG форматында жүктеңіз",
                    ru="загрузите сканированные копии документов в формате PDF или JPG",
                    en="upload scanned copies of your documents as PDF or JPG",
                ),
                T(
                    kk="қабылдау комиссиясының растауын электрондық пошта арқылы алыңыз",
                    ru="получите подтверждение приёмной комиссии по электронной почте",
                    en="receive the admission office's confirmation by e-mail",
                ),
                T(
                    kk="түпнұсқаларды оқу басталғанға дейін тапсырыңыз",
                    ru="сдайте оригиналы до начала занятий",
                    en="hand in the originals before classes begin",
                ),
            ),
        ),
        Paragraphs(
            (
                T(
                    kk="Кеңесшілер сұрақтарға қазақ, орыс және ағылшын тілдерінде жауап береді. Жұмыс уақытынан кейін келіп түскен сұрақтарға келесі жұмыс күні жауап беріледі.",
                    ru="Консультанты отвечают на вопросы на казахском, русском и английском языках. На вопросы, поступившие в нерабочее время, ответ даётся на следующий рабочий день.",
                    en="Advisers answer questions in Kazakh, Russian and English. Questions received outside working hours are answered on the next working day.",
                ),
            )
        ),
        ContactCard(
            name=T(
                kk="Онлайн-кеңес беру қызметі",
                ru="Служба онлайн-консультаций",
                en="Online advice service",
            ),
            role=T(
                kk="Талапкерлер мен ата-аналардың сұрақтарына жауап беру",
                ru="Ответы на вопросы абитуриентов и родителей",
                en="Answers questions from applicants and parents",
            ),
            phone="+7 7172 72 63 21",
            email="online-admission@kazutb.edu.kz",
            hours=WEEKDAYS,
        ),
        Links(
            title=T(kk="Онлайн тапсыру", ru="Онлайн-подача", en="Apply online"),
            links=(
                Link(
                    label=T(
                        kk="Университеттің жеке кабинеті",
                        ru="Личный кабинет университета",
                        en="University personal account",
                    ),
                    url=PORTAL_URL,
                ),
                Link(label=TESTCENTER, url=TESTCENTER_URL),
            ),
        ),
    ),
)
