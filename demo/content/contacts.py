"""The Contacts page: address, phones, department contacts and the information-request rules
(P §11, media deadlines P §7.10.2).
"""

from demo.content.common import (
    ADDRESS,
    ADMISSION_EMAIL,
    ADMISSION_PHONE,
    EGOV_URL,
    INFO_EMAIL,
    MAIN_PHONE,
    PRESS_EMAIL,
    PRESS_PHONE,
    WORKING_HOURS,
    same,
)
from demo.spec import BulletList, Heading, Link, Links, PageSpec, Paragraphs, T, Table

CONTACTS = PageSpec(
    model="sections.ContactsPage",
    slug=T(kk="bailanystar", ru="kontakty", en="contacts"),
    title=T(kk="Байланыстар", ru="Контакты", en="Contacts"),
    intro=T(
        kk="Университетпен байланысу жолдары: мекенжай, телефондар, электрондық пошта, бөлімшелердің байланыстары және ақпарат сұрау тәртібі.",
        ru="Как связаться с университетом: адрес, телефоны, электронная почта, контакты подразделений и порядок запроса информации.",
        en="How to reach the university: address, telephones, e-mail, department contacts and how to request information.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Жалпы сұрақтар бойынша университет кеңсесіне хабарласыңыз: хаттар тіркеліп, тиісті бөлімшеге жіберіледі. Нақты мәселе бойынша бірден бөлімшеге жүгінсеңіз, жауапты тезірек аласыз.",
                    ru="По общим вопросам обращайтесь в канцелярию университета: письма регистрируются и передаются в соответствующее подразделение. Если вопрос конкретный, обратитесь сразу в подразделение – так вы получите ответ быстрее.",
                    en="For general enquiries contact the university's registry office: letters are logged and passed to the right unit. For a specific question, contact the unit directly for a faster reply.",
                ),
            )
        ),
        Table(
            caption=T(
                kk="Бөлімшелердің байланыстары",
                ru="Контакты подразделений",
                en="Department contacts",
            ),
            header=(
                T(kk="Бөлімше", ru="Подразделение", en="Unit"),
                T(kk="Телефон", ru="Телефон", en="Telephone"),
                T(kk="Электрондық пошта", ru="Электронная почта", en="E-mail"),
            ),
            rows=(
                (
                    T(kk="Кеңсе", ru="Канцелярия", en="Registry office"),
                    same(MAIN_PHONE),
                    same(INFO_EMAIL),
                ),
                (
                    T(kk="Қабылдау комиссиясы", ru="Приёмная комиссия", en="Admission Office"),
                    same(ADMISSION_PHONE),
                    same(ADMISSION_EMAIL),
                ),
                (
                    T(kk="Тіркеу кеңсесі", ru="Офис регистратора", en="Registrar's Office"),
                    same("+7 7172 72 63 42"),
                    same("registrar@kazutb.edu.kz"),
                ),
                (
                    T(
                        kk="Студенттерге қызмет көрсету орталығы",
                        ru="Центр обслуживания студентов",
                        en="Student Service Centre",
                    ),
                    same("+7 7172 72 63 40"),
                    same("students@kazutb.edu.kz"),
                ),
                (
                    T(
                        kk="Халықаралық ынтымақтастық бөлімі",
                        ru="Отдел международного сотрудничества",
                        en="International Cooperation Office",
                    ),
                    same("+7 7172 72 63 35"),
                    same("international@kazutb.edu.kz"),
                ),
                (
                    T(kk="Баспасөз қызметі", ru="Пресс-служба", en="Press Office"),
                    same(PRESS_PHONE),
                    same(PRESS_EMAIL),
                ),
            ),
        ),
        Heading(
            T(
                kk="Ақпарат сұрау тәртібі",
                ru="Порядок запроса информации",
                en="Requesting information",
            )
        ),
        BulletList(
            intro=T(
                kk="Азаматтар мен ұйымдардың жазбаша сұраулары мына тәртіппен қаралады:",
                ru="Письменные запросы граждан и организаций рассматриваются в следующем порядке:",
                en="Written requests from citizens and organizations are handled as follows:",
            ),
            items=(
                T(
                    kk="сұрау ректордың атына жазбаша түрде – қағаз жүзінде, электрондық поштамен немесе сайттағы нысан арқылы беріледі",
                    ru="запрос подаётся на имя ректора в письменной форме – на бумаге, по электронной почте или через форму на сайте",
                    en="the request is addressed to the Rector in writing – on paper, by e-mail or through the form on this site",
                ),
                T(
                    kk="әр сұрауға тіркеу нөмірі беріледі және ол жауапты бөлімшеге жіберіледі",
                    ru="каждому запросу присваивается регистрационный номер, и он направляется в ответственное подразделение",
                    en="each request receives a reference number and is assigned to the responsible unit",
                ),
                T(
                    kk="ақпарат немесе оны беруден дәлелді бас тарту, егер заңнамада өзге мерзім белгіленбесе, 10 жұмыс күні ішінде беріледі",
                    ru="информация или мотивированный отказ в её предоставлении направляется в течение 10 рабочих дней, если законодательством не установлен иной срок",
                    en="the information, or a reasoned refusal, is provided within 10 working days unless the law sets a different deadline",
                ),
                T(
                    kk="ақпарат беру туралы шешімді ректор қабылдайды",
                    ru="решение о предоставлении информации принимает ректор",
                    en="the decision to provide the information is taken by the Rector",
                ),
                T(
                    kk="сұратылған ақпаратты баспа түрінде дайындау шығындарын өтеуді университет талап ете алады",
                    ru="университет вправе потребовать возмещения расходов на подготовку запрошенной информации в печатном виде",
                    en="the university may ask for the cost of preparing printed copies to be covered",
                ),
            ),
        ),
        Paragraphs(
            (
                T(
                    kk="Бұқаралық ақпарат құралдарының сұрауларына баспасөз қызметі жауап береді: шұғыл сұрауға – 3 сағат ішінде, тереңдетілген жауапты қажет ететін шұғыл сұрауға – 6 сағат ішінде, ал мерзімі көрсетілмеген ағымдағы сұрауға 3 күнтізбелік күн ішінде жауап беріледі.",
                    ru="На запросы средств массовой информации отвечает пресс-служба: на срочный запрос – в течение 3 часов, на срочный запрос, требующий развёрнутого ответа, – в течение 6 часов, а на текущий запрос без указанного срока – в течение 3 календарных дней.",
                    en="Media enquiries are answered by the Press Office: urgent requests within 3 hours, urgent requests needing an in-depth answer within 6 hours, and routine requests with no stated deadline within 3 calendar days.",
                ),
            )
        ),
        Links(
            title=T(
                kk="Мемлекеттік сервистер", ru="Государственные сервисы", en="Government services"
            ),
            links=(
                Link(
                    label=T(
                        kk="eOtinish – өтініштер беру жүйесі",
                        ru="eOtinish – система подачи обращений",
                        en="eOtinish – public appeals system",
                    ),
                    url="https://eotinish.kz/",
                ),
                Link(
                    label=T(
                        kk="Электрондық үкімет порталы",
                        ru="Портал электронного правительства",
                        en="eGov portal",
                    ),
                    url=EGOV_URL,
                ),
            ),
        ),
    ),
    fields={
        "address": ADDRESS,
        "phones": "\n".join((MAIN_PHONE, ADMISSION_PHONE, PRESS_PHONE)),
        "emails": "\n".join((INFO_EMAIL, ADMISSION_EMAIL, PRESS_EMAIL)),
        "working_hours": WORKING_HOURS,
        "map_url": "https://www.openstreetmap.org/search?query=Kayym%20Mukhamedkhanov%20Street%2037A%2C%20Astana",
    },
)
