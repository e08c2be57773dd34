"""The Graduate section (S1): alumni union, employment and the Enbek.kz external link."""

from demo.content.common import EGOV_URL, ENBEK_URL, WEEKDAYS
from demo.spec import BulletList, ContactCard, Link, Links, PageSpec, Paragraphs, Quote, T

ALUMNI_UNION = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="tulekter-odagy", ru="soyuz-vypusknikov", en="alumni-union"),
    title=T(kk="Түлектер одағы", ru="Союз выпускников", en="Alumni union"),
    intro=T(
        kk="Түлектер одағы университет түлектерін біріктіріп, олардың кәсіби байланыстарын және университетпен ынтымақтастығын нығайтады.",
        ru="Союз выпускников объединяет выпускников университета, укрепляет их профессиональные связи и сотрудничество с университетом.",
        en="The Alumni Union brings the university's graduates together and strengthens their professional ties and their links with the university.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Одаққа мүше болу тегін және ерікті. Тіркелу үшін аты-жөніңізді, бітірген жылыңызды, мамандығыңызды және жұмыс орныңызды көрсетіп, одақтың электрондық поштасына хат жіберу жеткілікті.",
                    ru="Членство в союзе бесплатное и добровольное. Для регистрации достаточно отправить письмо на электронную почту союза, указав ФИО, год выпуска, специальность и место работы.",
                    en="Membership is free and voluntary. To join, e-mail the Union with your name, year of graduation, degree and employer.",
                ),
            )
        ),
        BulletList(
            intro=T(
                kk="Одақ мүшелеріне ұсынылатын мүмкіндіктер:",
                ru="Возможности для членов союза:",
                en="What members get:",
            ),
            items=(
                T(
                    kk="жыл сайынғы түлектер кездесуі мен кәсіби форумдар",
                    ru="ежегодная встреча выпускников и профессиональные форумы",
                    en="the annual alumni reunion and professional forums",
                ),
                T(
                    kk="кітапхана мен спорт залын пайдалану мүмкіндігі",
                    ru="возможность пользоваться библиотекой и спортзалом",
                    en="access to the library and the gym",
                ),
                T(
                    kk="магистратура мен қосымша білім беру бағдарламаларына жеңілдік",
                    ru="скидки на магистратуру и программы дополнительного образования",
                    en="discounts on master's and continuing education programmes",
                ),
                T(
                    kk="студенттерге тәлімгер болу және тағылымдама ұсыну мүмкіндігі",
                    ru="возможность стать наставником студентов и предложить им стажировку",
                    en="the chance to mentor students and offer internships",
                ),
            ),
        ),
        Quote(
            text=T(
                kk="Түлектеріміздің табысы – университеттің басты жетістігі.",
                ru="Успех наших выпускников – главное достижение университета.",
                en="Our graduates' success is the university's greatest achievement.",
            ),
            attribution=T(
                kk="Түлектер одағының ұраны", ru="Девиз Союза выпускников", en="Alumni Union motto"
            ),
        ),
        ContactCard(
            name=T(
                kk="Түлектер одағының үйлестірушісі",
                ru="Координатор Союза выпускников",
                en="Alumni Union coordinator",
            ),
            role=T(
                kk="Одаққа тіркеу, түлектер кездесулерін ұйымдастыру",
                ru="Регистрация в союзе, организация встреч выпускников",
                en="Membership and alumni events",
            ),
            phone="+7 7172 72 63 56",
            email="alumni@kazutb.edu.kz",
            hours=WEEKDAYS,
        ),
    ),
)

EMPLOYMENT = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="zhumyska-ornalastyru", ru="trudoustroistvo", en="employment"),
    title=T(kk="Жұмысқа орналастыру", ru="Трудоустройство", en="Employment"),
    intro=T(
        kk="Мансап орталығы студенттер мен түлектерге жұмыс табуға, түйіндеме дайындауға және жұмыс берушілермен кездесуге көмектеседі.",
        ru="Центр карьеры помогает студентам и выпускникам найти работу, подготовить резюме и встретиться с работодателями.",
        en="The Career Centre helps students and graduates find work, prepare a CV and meet employers.",
    ),
    body=(
        BulletList(
            intro=T(
                kk="Мансап орталығының қызметтері:",
                ru="Услуги центра карьеры:",
                en="Career Centre services:",
            ),
            items=(
                T(
                    kk="бос жұмыс орындары мен тағылымдамалар туралы хабарлау",
                    ru="информирование о вакансиях и стажировках",
                    en="vacancy and internship announcements",
                ),
                T(
                    kk="түйіндеме мен ілеспе хат дайындау бойынша кеңес",
                    ru="консультации по составлению резюме и сопроводительного письма",
                    en="advice on CVs and cover letters",
                ),
                T(
                    kk="сұхбатқа дайындалу тренингтері",
                    ru="тренинги по подготовке к собеседованию",
                    en="interview preparation workshops",
                ),
                T(
                    kk="жыл сайынғы бос жұмыс орындарының жәрмеңкесі (сәуір)",
                    ru="ежегодная ярмарка вакансий (апрель)",
                    en="the annual job fair (April)",
                ),
            ),
        ),
        Paragraphs(
            (
                T(
                    kk="Университет түлектердің жұмысқа орналасуын бітіргеннен кейін бір жыл бойы қадағалайды; жұмысқа орналасу көрсеткіштері жария есепте жарияланады.",
                    ru="Университет отслеживает трудоустройство выпускников в течение года после выпуска; показатели трудоустройства публикуются в публичном отчёте.",
                    en="The university follows graduates' employment for a year after graduation and publishes the figures in its public report.",
                ),
                T(
                    kk="Жұмыс іздеушілер мемлекеттік Enbek.kz электрондық еңбек биржасында тіркеліп, бос орындарға онлайн өтініш бере алады.",
                    ru="Соискатели могут зарегистрироваться на государственной электронной бирже труда Enbek.kz и откликаться на вакансии онлайн.",
                    en="Job seekers can register on the state electronic labour exchange Enbek.kz and apply for vacancies online.",
                ),
            )
        ),
        ContactCard(
            name=T(kk="Мансап орталығы", ru="Центр карьеры", en="Career Centre"),
            role=T(
                kk="Жұмысқа орналастыру және жұмыс берушілермен байланыс",
                ru="Трудоустройство и связь с работодателями",
                en="Employment and employer relations",
            ),
            phone="+7 7172 72 63 55",
            email="career@kazutb.edu.kz",
            office=T(
                kk="Бас оқу ғимараты, 110-кабинет",
                ru="Главный учебный корпус, кабинет 110",
                en="Main academic building, room 110",
            ),
            hours=WEEKDAYS,
        ),
    ),
)

ENBEK = PageSpec(
    model="sections.ExternalLinkPage",
    slug=T(kk="enbek-kz", ru="enbek-kz", en="enbek-kz"),
    title=T(kk="Enbek.kz", ru="Enbek.kz", en="Enbek.kz"),
    intro=T(
        kk="Enbek.kz – бос жұмыс орындарын іздеуге, түйіндеме орналастыруға және мемлекеттік жұмыспен қамту бағдарламаларына қатысуға арналған электрондық еңбек биржасы.",
        ru="Enbek.kz – электронная биржа труда для поиска вакансий, размещения резюме и участия в государственных программах занятости.",
        en="Enbek.kz is the electronic labour exchange for finding vacancies, posting a CV and joining state employment programmes.",
    ),
    fields={"link_url": ENBEK_URL},
)

GRADUATE = PageSpec(
    model="sections.SectionPage",
    slug=T(kk="bitirushige", ru="vypuskniku", en="graduate"),
    title=T(kk="Бітірушіге", ru="Выпускнику", en="Graduate"),
    intro=T(
        kk="Түлектерге арналған бөлім: түлектер одағы, мансапты дамыту және жұмысқа орналасуға көмек.",
        ru="Раздел для выпускников: союз выпускников, развитие карьеры и помощь в трудоустройстве.",
        en="For graduates: the alumni union, career development and help with finding a job.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Университет түлектерімен байланысын үзбейді: оларды дәрістер мен шеберлік сабақтарын өткізуге, білім беру бағдарламаларын жетілдіруге және студенттерге тәлімгер болуға шақырады.",
                    ru="Университет поддерживает связь с выпускниками: их приглашают проводить лекции и мастер-классы, участвовать в совершенствовании образовательных программ и становиться наставниками студентов.",
                    en="The university stays in touch with its graduates, inviting them to give lectures and master classes, help improve programmes and mentor students.",
                ),
                T(
                    kk="Дипломның телнұсқасын немесе транскрипттің көшірмесін тіркеу кеңсесінен алуға болады.",
                    ru="Дубликат диплома или копию транскрипта можно получить в офисе регистратора.",
                    en="Duplicate diplomas and transcript copies are issued by the Registrar's Office.",
                ),
            )
        ),
        Links(
            title=T(
                kk="Түлектерге пайдалы ресурстар",
                ru="Полезные ресурсы для выпускников",
                en="Useful resources for graduates",
            ),
            links=(
                Link(
                    label=T(
                        kk="Enbek.kz электрондық еңбек биржасы",
                        ru="Электронная биржа труда Enbek.kz",
                        en="Enbek.kz electronic labour exchange",
                    ),
                    url=ENBEK_URL,
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
    children=(ALUMNI_UNION, EMPLOYMENT, ENBEK),
)
