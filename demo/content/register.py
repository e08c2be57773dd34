"""The demo document register (DOC1, DOC2, D2) and educational programmes (D1).

The codes follow the format of the university's regulations in ``seeds/``; the files are
generated PDFs (``demo.pdf``) standing in for the real scans. Two entries are staff-only
(DOC2): the brand guideline and the internal labour regulations.
"""

import datetime

from demo.spec import ProgrammeSpec, RegisterEntrySpec, T, VersionSpec
from governance.roles import ADMINISTRATORS, MARKETING_HEAD, NEWS_EDITORS, RECTOR

D = datetime.date

LICENCE_SUMMARY = (
    T(
        kk="Лицензия № KZ12LAA00012345, Қазақстан Республикасы Ғылым және жоғары білім министрлігінің Ғылым және жоғары білім саласындағы сапаны қамтамасыз ету комитеті берген. Мерзімсіз.",
        ru="Лицензия № KZ12LAA00012345 выдана Комитетом по обеспечению качества в сфере науки и высшего образования Министерства науки и высшего образования Республики Казахстан. Бессрочная.",
        en="Licence No. KZ12LAA00012345, issued by the Committee for Quality Assurance in Science and Higher Education of the Ministry of Science and Higher Education of the Republic of Kazakhstan. No expiry date.",
    ),
    T(
        kk="Қосымшалар: бизнес, басқару және құқық; инженерлік, өңдеу және құрылыс салалары; ақпараттық-коммуникациялық технологиялар; қызмет көрсету салалары бойынша жоғары және жоғары оқу орнынан кейінгі білім беру.",
        ru="Приложения: высшее и послевузовское образование по направлениям бизнес, управление и право; инженерные, обрабатывающие и строительные отрасли; информационно-коммуникационные технологии; услуги.",
        en="Appendices: higher and postgraduate education in business, management and law; engineering, manufacturing and construction; information and communication technologies; services.",
    ),
)

REGISTER = (
    RegisterEntrySpec(
        code="ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12",
        category="regulation",
        # W §15: auditors and partners with the rector's permission; administrators hold it.
        restricted=True,
        visible_to=(ADMINISTRATORS,),
        title=T(
            kk="Корпоративтік сайт туралы ереже",
            ru="Положение о корпоративном сайте",
            en="Regulation on the corporate website",
        ),
        versions=(
            VersionSpec(D(2024, 9, 2), ("kk", "ru")),
            VersionSpec(
                D(2025, 12, 1),
                ("kk", "ru", "en"),
                note="Бөлімдер құрылымы мен жауапкершілік жаңартылды",
            ),
        ),
    ),
    RegisterEntrySpec(
        code="КазТБУ–СҚЕжАБ–ҚП–7.5–2025–20–05.01",
        category="regulation",
        title=T(
            kk="Құжатталған ақпаратты басқару құжатталған процедурасы",
            ru="Документированная процедура управления документированной информацией",
            en="Documented procedure: control of documented information",
        ),
        versions=(VersionSpec(D(2025, 5, 20), ("kk", "ru", "en")),),
    ),
    RegisterEntrySpec(
        code="КазТБУ–СҚЕжАБ–ҚП–6.1–2025–05",
        category="regulation",
        title=T(kk="Тәуекелдерді басқару", ru="Управление рисками", en="Risk management"),
        versions=(VersionSpec(D(2025, 3, 3), ("kk", "ru")),),
    ),
    RegisterEntrySpec(
        code="КазУТБ–УМФК–ИКП–7.4–2022–05",
        category="regulation",
        title=T(kk="Ақпараттық саясат", ru="Информационная политика", en="Information policy"),
        versions=(VersionSpec(D(2022, 9, 1), ("kk", "ru", "en")),),
    ),
    RegisterEntrySpec(
        code="ҚазТБУ–ОӘБ–ӘН–7.5–2025–03",
        category="methodological",
        title=T(
            kk="Білім беру бағдарламаларын әзірлеу жөніндегі әдістемелік нұсқаулық",
            ru="Методические указания по разработке образовательных программ",
            en="Methodological guidelines for designing educational programmes",
        ),
        versions=(VersionSpec(D(2025, 8, 25), ("kk", "ru", "en")),),
    ),
    RegisterEntrySpec(
        code="ҚазТБУ–ЗБ–Ж–4.1–2023–01",
        category="charter",
        title=T(kk="Университет жарғысы", ru="Устав университета", en="Charter of the university"),
        versions=(VersionSpec(D(2023, 6, 15), ("kk", "ru", "en")),),
    ),
    RegisterEntrySpec(
        code="ҚазТБУ–ЗБ–Л–4.1–2021–02",
        category="licence",
        summary=LICENCE_SUMMARY,
        title=T(
            kk="Білім беру қызметімен айналысуға арналған лицензия және қосымшалары",
            ru="Лицензия на занятие образовательной деятельностью с приложениями",
            en="Licence for educational activity with appendices",
        ),
        versions=(VersionSpec(D(2021, 4, 12), ("kk", "ru", "en")),),
    ),
    RegisterEntrySpec(
        code="ҚазТБУ–СҚЕжАБ–АК–4.1–2024–03",
        category="certificate",
        title=T(
            kk="Мемлекеттік аккредиттеу туралы куәлік және қосымшалары",
            ru="Свидетельство о государственной аккредитации с приложениями",
            en="State accreditation certificate with appendices",
        ),
        versions=(VersionSpec(D(2024, 6, 28), ("kk", "ru", "en")),),
    ),
    RegisterEntrySpec(
        code="ҚазТБУ–СДБ–ЖЖ–6.2–2025–01",
        category="plan",
        title=T(
            kk="2025–2026 оқу жылына арналған жұмыс жоспары",
            ru="План работы на 2025–2026 учебный год",
            en="Work plan for the 2025–2026 academic year",
        ),
        versions=(VersionSpec(D(2025, 8, 29), ("kk", "ru", "en")),),
    ),
    RegisterEntrySpec(
        code="ҚазТБУ–СҚЕжАБ–МД–6.2–2025–02",
        category="plan",
        title=T(
            kk="2025 жылға арналған мақсаттар декларациясы",
            ru="Декларация целей на 2025 год",
            en="Declaration of goals for 2025",
        ),
        versions=(VersionSpec(D(2025, 1, 20), ("kk", "ru", "en")),),
    ),
    RegisterEntrySpec(
        code="ҚазТБУ–СДБ–ЖЕ–9.3–2025–04",
        category="report",
        title=T(
            kk="Ректордың 2024–2025 оқу жылындағы қызмет нәтижелері туралы жария есебі",
            ru="Публичный отчёт ректора о результатах деятельности за 2024–2025 учебный год",
            en="Rector's public report on results for the 2024–2025 academic year",
        ),
        versions=(VersionSpec(D(2025, 10, 6), ("kk", "ru", "en")),),
    ),
    RegisterEntrySpec(
        code="ҚазТБУ–ҚЕБ–ҚЕ–9.1–2025–01",
        category="financial",
        title=T(
            kk="2024 жылғы аудиттелген жылдық қаржылық есептілік",
            ru="Аудированная годовая финансовая отчётность за 2024 год",
            en="Audited annual financial statements for 2024",
        ),
        versions=(VersionSpec(D(2025, 5, 26), ("kk", "ru", "en")),),
    ),
    RegisterEntrySpec(
        code="ҚазТБУ–ҚЕБ–ҚЕ–9.1–2026–01",
        category="financial",
        title=T(
            kk="2025 жылғы аудиттелген жылдық қаржылық есептілік",
            ru="Аудированная годовая финансовая отчётность за 2025 год",
            en="Audited annual financial statements for 2025",
        ),
        versions=(VersionSpec(D(2026, 5, 25), ("kk", "ru", "en")),),
    ),
    RegisterEntrySpec(
        code="ҚазТБУ–МжКҚБ–НҚ–7.4–2025–07",
        category="guideline",
        restricted=True,
        # P §6.4: marketing staff (the marketing head, the press service) and leadership.
        visible_to=(MARKETING_HEAD, NEWS_EDITORS, RECTOR),
        title=T(
            kk="Фирмалық стиль бойынша гайдлайн",
            ru="Гайдлайн по фирменному стилю",
            en="Brand guideline",
        ),
        versions=(VersionSpec(D(2025, 2, 10), ("kk", "ru")),),
    ),
    RegisterEntrySpec(
        code="ҚазТБУ–ҚБ–ІЕ–7.1–2024–04",
        category="regulation",
        restricted=True,
        visible_to=(ADMINISTRATORS, RECTOR),
        title=T(
            kk="Ішкі еңбек тәртібінің ережесі",
            ru="Правила внутреннего трудового распорядка",
            en="Internal labour regulations",
        ),
        versions=(VersionSpec(D(2024, 1, 15), ("kk", "ru")),),
    ),
)

PROGRAMMES = (
    ProgrammeSpec(
        code="6B04101",
        level="bachelor",
        study_form="full_time",
        accreditation_body="IAAR",
        accredited_until=D(2029, 5, 31),
        name=T(kk="Экономика", ru="Экономика", en="Economics"),
        instruction_languages=T(kk="қазақ, орыс", ru="казахский, русский", en="Kazakh, Russian"),
        disciplines=T(
            kk="Микроэкономика\nМакроэкономика\nЭконометрика\nҚаржы нарықтары",
            ru="Микроэкономика\nМакроэкономика\nЭконометрика\nФинансовые рынки",
            en="Microeconomics\nMacroeconomics\nEconometrics\nFinancial markets",
        ),
    ),
    ProgrammeSpec(
        code="6B06101",
        level="bachelor",
        study_form="full_time",
        accreditation_body="IAAR",
        accredited_until=D(2028, 6, 30),
        name=T(kk="Ақпараттық жүйелер", ru="Информационные системы", en="Information systems"),
        instruction_languages=T(
            kk="қазақ, орыс, ағылшын",
            ru="казахский, русский, английский",
            en="Kazakh, Russian, English",
        ),
        disciplines=T(
            kk="Бағдарламалау негіздері\nДерекқорлар\nКомпьютерлік желілер\nАқпараттық қауіпсіздік",
            ru="Основы программирования\nБазы данных\nКомпьютерные сети\nИнформационная безопасность",
            en="Programming fundamentals\nDatabases\nComputer networks\nInformation security",
        ),
    ),
    ProgrammeSpec(
        code="6B07201",
        level="bachelor",
        study_form="part_time",
        accreditation_body="IQAA",
        accredited_until=D(2027, 12, 31),
        name=T(
            kk="Тамақ өнімдерінің технологиясы",
            ru="Технология продовольственных продуктов",
            en="Food technology",
        ),
        instruction_languages=T(kk="қазақ, орыс", ru="казахский, русский", en="Kazakh, Russian"),
        disciplines=T(
            kk="Тамақ химиясы\nТамақ өндірісінің процестері мен аппараттары\nСапаны басқару",
            ru="Пищевая химия\nПроцессы и аппараты пищевых производств\nУправление качеством",
            en="Food chemistry\nFood processing operations and equipment\nQuality management",
        ),
    ),
    ProgrammeSpec(
        code="7M04101",
        level="master",
        study_form="full_time",
        accreditation_body="IAAR",
        accredited_until=D(2029, 5, 31),
        name=T(kk="Экономика", ru="Экономика", en="Economics"),
        instruction_languages=T(kk="қазақ, орыс", ru="казахский, русский", en="Kazakh, Russian"),
        disciplines=T(
            kk="Ғылыми зерттеу әдістемесі\nҚолданбалы эконометрика\nЖоғары мектеп педагогикасы",
            ru="Методология научных исследований\nПрикладная эконометрика\nПедагогика высшей школы",
            en="Research methodology\nApplied econometrics\nHigher-education pedagogy",
        ),
    ),
)
