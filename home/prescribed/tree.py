"""The site structure prescribed by the regulations (S1, P §9.4, W §9.1): product data.

Titles and slugs in the three languages come from the regulations, so they belong to the
product, not to the demo: ``bootstrap_portal`` builds exactly this tree, marks these pages
(and only these) as prescribed, and nothing else. Content (intros, bodies, news items) is
the editors' job, or the demo's (``demo/``), never this module's.

Besides the S1 sections and subsections, the tree holds the places other regulated
features live in: the events calendar (N3, P §7.4) and the press centre (N4, P §8.3)
under News, and the document library (DOC1) under University. The Licence page is an
extract of the register (D2: the copy of the licence is on the site).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Names:
    """One name in the three languages; ``kk`` is the source."""

    kk: str
    ru: str
    en: str

    def __getitem__(self, language: str) -> str:
        return getattr(self, language)


@dataclass(frozen=True)
class Node:
    """A prescribed page: its model (``app_label.ModelName``), Latin slugs, titles, the
    model fields it cannot exist without, and its prescribed children in S1 order."""

    model: str
    slug: Names
    title: Names
    fields: dict = field(default_factory=dict)
    children: tuple[Node, ...] = ()

    def walk(self):
        """Yield this node and all descendants, parents before children."""
        yield self
        for child in self.children:
            yield from child.walk()


# The university's legal address: the contacts page cannot exist without one (D1).
ADDRESS = Names(
    "010000, Астана қ., Қайым Мұхамедханов көшесі, 37А",
    "010000, г. Астана, ул. Кайыма Мухамедханова, 37А",
    "37A Kayym Mukhamedkhanov Street, Astana 010000, Kazakhstan",
)

# The privacy notice (E7, P §3.2.6): the regulation's text for the information-request form.
PRIVACY_NOTICE_SLUG = Names(
    "derbes-derekterdi-ondeu", "obrabotka-personalnyh-dannyh", "privacy-notice"
)
PRIVACY_NOTICE_TEXT = Names(
    "Университет сіздің дербес деректеріңізді (аты-жөніңізді, электрондық поштаңызды, "
    "телефоныңызды, сұрау мәтіні мен тіркелген файлды) «Дербес деректер және оларды қорғау "
    "туралы» Қазақстан Республикасының Заңына сәйкес тек ақпарат сұрауыңызды қарау үшін "
    "өңдейді. Деректерді сұраулар бөлімі мен жауап дайындайтын бөлімше ғана көреді, олар "
    "үшінші тұлғаларға берілмейді және сұрау жабылғаннан кейін белгіленген сақтау мерзімі "
    "өткенде жойылады. Келісіміңізді кері қайтарып алуға, деректеріңізбен танысуға, оларды "
    "түзетуді немесе жоюды талап етуге құқығыңыз бар: kense@kazutb.edu.kz.",
    "Университет обрабатывает ваши персональные данные (имя, адрес электронной почты, "
    "телефон, текст запроса и приложенный файл) только для рассмотрения вашего "
    "информационного запроса, в соответствии с Законом Республики Казахстан «О персональных "
    "данных и их защите». Данные видят только отдел запросов и подразделение, готовящее "
    "ответ; третьим лицам они не передаются и удаляются по истечении установленного срока "
    "хранения после закрытия запроса. Вы вправе отозвать согласие, ознакомиться со своими "
    "данными, потребовать их исправления или удаления: kense@kazutb.edu.kz.",
    "The university processes your personal data (name, e-mail address, phone, the text of "
    "your request and any attached file) only to handle your information request, under the "
    "Law of the Republic of Kazakhstan “On Personal Data and Their Protection”. Only the "
    "requests office and the unit preparing the reply see it; it is not passed to third "
    "parties and is erased when the retention period after the request is closed has passed. "
    "You may withdraw your consent, see your data and ask for it to be corrected or erased: "
    "kense@kazutb.edu.kz.",
)

PRESCRIBED_TREE = Node(
    "home.HomePage",
    slug=Names("basty", "glavnaya", "home"),
    title=Names("Басты", "Главная", "Home"),
    children=(
        Node(
            "sections.SubsectionPage",
            slug=Names("fakultetter", "fakultety", "faculties"),
            title=Names("Факультеттер", "Факультеты", "Faculties"),
            children=(),
        ),
        Node(
            "sections.SubsectionPage",
            slug=Names("studenttik-omir", "studencheskaya-zhizn", "student-life"),
            title=Names("Студенттік өмір", "Студенческая жизнь", "Student life"),
        ),
        Node(
            "sections.SubsectionPage",
            slug=Names(
                "halykaralyk-yntymaktastyk",
                "mezhdunarodnoe-sotrudnichestvo",
                "international-cooperation",
            ),
            title=Names(
                "Халықаралық ынтымақтастық",
                "Международное сотрудничество",
                "International cooperation",
            ),
        ),
        Node(
            "sections.SubsectionPage",
            slug=Names("gylym-zhane-innovaciyalar", "nauka-i-innovacii", "science-and-innovation"),
            title=Names("Ғылым және инновациялар", "Наука и инновации", "Science and innovation"),
        ),
        Node(
            "sections.SectionPage",
            slug=Names("universitet", "universitet", "university"),
            title=Names("Университет", "Университет", "University"),
            children=(
                Node(
                    "sections.SubsectionPage",
                    slug=Names("akimshilik", "administraciya", "administration"),
                    title=Names("Әкімшілік", "Администрация", "Administration"),
                ),
                # The directory of staff and teachers (W §8.5, people app).
                Node(
                    "people.DirectoryPage",
                    slug=Names(
                        "okytushylar-men-kyzmetkerler",
                        "prepodavateli-i-sotrudniki",
                        "teachers-and-staff",
                    ),
                    title=Names(
                        "Оқытушылар мен қызметкерлер",
                        "Преподаватели и сотрудники",
                        "Teachers and staff",
                    ),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names("gylymi-kenes", "uchenyi-sovet", "academic-council"),
                    title=Names("Ғылыми кеңес", "Учёный совет", "Academic council"),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names("akkreditteu", "akkreditaciya", "accreditation"),
                    title=Names("Аккредиттеу", "Аккредитация", "Accreditation"),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names("strategiyalyk-zhospar", "strategicheskii-plan", "strategic-plan"),
                    title=Names("Стратегиялық жоспар", "Стратегический план", "Strategic plan"),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names(
                        "sapa-salasyndagy-maksattar",
                        "celi-v-oblasti-kachestva",
                        "quality-objectives",
                    ),
                    title=Names(
                        "Сапа саласындағы мақсаттар",
                        "Цели в области качества",
                        "Quality objectives",
                    ),
                ),
                Node(
                    "documents.DocumentLibraryPage",
                    slug=Names(
                        "karzhylyk-eseptilik", "finansovaya-otchetnost", "financial-reporting"
                    ),
                    title=Names(
                        "Қаржылық есептілік", "Финансовая отчётность", "Financial reporting"
                    ),
                    fields={"category": "financial"},
                ),
                Node(
                    "documents.DocumentLibraryPage",
                    slug=Names("licenziya", "licenziya", "licence"),
                    title=Names("Лицензия", "Лицензия", "Licence"),
                    # The copy of the licence with its appendices comes from the register (D2).
                    fields={"category": "licence"},
                ),
                Node(
                    "documents.DisclosurePage",
                    slug=Names("akparatty-ashu", "raskrytie-informacii", "information-disclosure"),
                    title=Names("Ақпаратты ашу", "Раскрытие информации", "Information disclosure"),
                ),
                # The public councils (W §8.3.5, engagement.councils).
                Node(
                    "councils.CouncilIndexPage",
                    slug=Names("kogamdyk-kenester", "obshchestvennye-sovety", "public-councils"),
                    title=Names("Қоғамдық кеңестер", "Общественные советы", "Public councils"),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names("zhosparlar-men-esepter", "plany-i-otchety", "plans-and-reports"),
                    title=Names("Жоспарлар мен есептер", "Планы и отчёты", "Plans and reports"),
                    children=(),
                ),
                Node(
                    "documents.DocumentLibraryPage",
                    slug=Names("kuzhattar", "dokumenty", "documents"),
                    title=Names("Құжаттар", "Документы", "Documents"),
                ),
                Node(
                    "opendata.OpenDataCatalogPage",
                    slug=Names("ashyk-derekter", "otkrytye-dannye", "open-data"),
                    title=Names("Ашық деректер", "Открытые данные", "Open data"),
                ),
                # The experts pool the rector approved (P glossary, people app).
                Node(
                    "people.ExpertIndexPage",
                    slug=Names("sarapshylar", "eksperty", "experts"),
                    title=Names("Сарапшылар", "Эксперты", "Experts"),
                ),
                # The privacy notice every form collecting personal data links to (E7).
                Node(
                    "sections.SubsectionPage",
                    slug=PRIVACY_NOTICE_SLUG,
                    title=Names(
                        "Дербес деректерді өңдеу", "Обработка персональных данных", "Privacy notice"
                    ),
                    fields={"intro": PRIVACY_NOTICE_TEXT},
                ),
            ),
        ),
        Node(
            "sections.SectionPage",
            slug=Names("talapkerge", "abiturientu", "applicant"),
            title=Names("Талапкерге", "Абитуриенту", "Applicant"),
            children=(
                Node(
                    "sections.SubsectionPage",
                    slug=Names(
                        "kuzhattardy-kabyldau", "priem-dokumentov", "admission-of-documents"
                    ),
                    title=Names(
                        "Құжаттарды қабылдау", "Приём документов", "Admission of documents"
                    ),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names(
                        "bilim-beru-bagdarlamalary",
                        "obrazovatelnye-programmy",
                        "educational-programmes",
                    ),
                    title=Names(
                        "Білім беру бағдарламалары",
                        "Образовательные программы",
                        "Educational programmes",
                    ),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names(
                        "granttar-men-zhenildikter", "granty-i-skidki", "grants-and-discounts"
                    ),
                    title=Names(
                        "Гранттар мен жеңілдіктер", "Гранты и скидки", "Grants and discounts"
                    ),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names(
                        "virtualdy-kabyldau-komissiyasy",
                        "virtualnaya-priemnaya-komissiya",
                        "virtual-admission-committee",
                    ),
                    title=Names(
                        "Виртуалды қабылдау комиссиясы",
                        "Виртуальная приёмная комиссия",
                        "Virtual admission committee",
                    ),
                ),
            ),
        ),
        Node(
            "sections.SectionPage",
            slug=Names("studentke", "studentu", "student"),
            title=Names("Студентке", "Студенту", "Student"),
            children=(
                Node(
                    "sections.ExternalLinkPage",
                    slug=Names(
                        "studenttin-zheke-kabineti", "lichnyi-kabinet-studenta", "personal-account"
                    ),
                    title=Names(
                        "Студенттің жеке кабинеті", "Личный кабинет студента", "Personal account"
                    ),
                    fields={"link_url": "https://portal.kazutb.edu.kz/"},
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names(
                        "anyktamalyk-zholsilteme", "spravochnik-putevoditel", "student-guide"
                    ),
                    title=Names(
                        "Анықтамалық-жолсілтеме", "Справочник-путеводитель", "Student guide"
                    ),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names(
                        "akademiyalyk-kuntizbe", "akademicheskii-kalendar", "academic-calendar"
                    ),
                    title=Names(
                        "Академиялық күнтізбе", "Академический календарь", "Academic calendar"
                    ),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names("virtualdy-kitaphana", "virtualnaya-biblioteka", "virtual-library"),
                    title=Names("Виртуалды кітапхана", "Виртуальная библиотека", "Virtual library"),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names(
                        "kasibi-tazhiribe", "professionalnaya-praktika", "professional-practice"
                    ),
                    title=Names(
                        "Кәсіби тәжірибе", "Профессиональная практика", "Professional practice"
                    ),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names("studenttik-kenes", "studencheskii-sovet", "student-council"),
                    title=Names("Студенттік кеңес", "Студенческий совет", "Student council"),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names("zhatakhana", "obshchezhitie", "dormitory"),
                    title=Names("Жатақхана", "Общежитие", "Dormitory"),
                ),
            ),
        ),
        Node(
            "sections.SectionPage",
            slug=Names("bitirushige", "vypuskniku", "graduate"),
            title=Names("Бітірушіге", "Выпускнику", "Graduate"),
            children=(
                Node(
                    "sections.SubsectionPage",
                    slug=Names("tulekter-odagy", "soyuz-vypusknikov", "alumni-union"),
                    title=Names("Түлектер одағы", "Союз выпускников", "Alumni union"),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names("zhumyska-ornalastyru", "trudoustroistvo", "employment"),
                    title=Names("Жұмысқа орналастыру", "Трудоустройство", "Employment"),
                ),
                Node(
                    "sections.ExternalLinkPage",
                    slug=Names("enbek-kz", "enbek-kz", "enbek-kz"),
                    title=Names("Enbek.kz", "Enbek.kz", "Enbek.kz"),
                    fields={"link_url": "https://www.enbek.kz/"},
                ),
            ),
        ),
        Node(
            "sections.SectionPage",
            slug=Names("okytu", "obuchenie", "education"),
            title=Names("Оқыту", "Обучение", "Education"),
            children=(
                Node(
                    "sections.SubsectionPage",
                    slug=Names("bakalavriat", "bakalavriat", "bachelors"),
                    title=Names("Бакалавриат", "Бакалавриат", "Bachelor's"),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names("magistratura", "magistratura", "masters"),
                    title=Names("Магистратура", "Магистратура", "Master's"),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names(
                        "kashyktyktan-okytu", "distancionnoe-obuchenie", "distance-learning"
                    ),
                    title=Names("Қашықтықтан оқыту", "Дистанционное обучение", "Distance learning"),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names(
                        "akademiyalyk-utkyrlyk", "akademicheskaya-mobilnost", "academic-mobility"
                    ),
                    title=Names(
                        "Академиялық ұтқырлық", "Академическая мобильность", "Academic mobility"
                    ),
                ),
                Node(
                    "sections.SubsectionPage",
                    slug=Names("minor-katalogy", "katalog-minor", "minor-catalogue"),
                    title=Names(
                        "Қосымша білім беру бағдарламаларының каталогы (Minor)",
                        "Каталог дополнительных образовательных программ (Minor)",
                        "Minor catalogue",
                    ),
                ),
            ),
        ),
        Node(
            "news.NewsIndexPage",
            slug=Names("zhanalyktar", "novosti", "news"),
            title=Names("Жаңалықтар", "Новости", "News"),
            children=(
                Node(
                    "news.EventIndexPage",
                    slug=Names("is-sharalar", "meropriyatiya", "events"),
                    title=Names("Іс-шаралар", "Мероприятия", "Events"),
                ),
                Node(
                    "news.PressIndexPage",
                    slug=Names("baspasoz-ortalygy", "press-tsentr", "press-centre"),
                    title=Names("Баспасөз орталығы", "Пресс-центр", "Press centre"),
                    children=(
                        # The media's corner (W §8.3.10, P §7.8, P §10.1).
                        Node(
                            "news.MediaCornerPage",
                            slug=Names("zhurnalisterge", "zhurnalistam", "for-journalists"),
                            title=Names("Журналистерге", "Журналистам", "For journalists"),
                        ),
                    ),
                ),
            ),
        ),
        Node(
            "news.BlogIndexPage",
            slug=Names("rektor-blogy", "blog-rektora", "rectors-blog"),
            title=Names("Ректор блогы", "Блог ректора", "Rector's blog"),
        ),
        Node(
            "sections.ContactsPage",
            slug=Names("bailanystar", "kontakty", "contacts"),
            title=Names("Байланыстар", "Контакты", "Contacts"),
            fields={"address": ADDRESS},
        ),
    ),
)
