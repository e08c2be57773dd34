"""The International cooperation subsection of Home (S1): partnerships, mobility, foreign students."""

from demo.content.common import BOLOGNA_CENTRE_URL, ERASMUS_URL, WEEKDAYS
from demo.spec import (
    BulletList,
    ContactCard,
    Heading,
    Link,
    Links,
    PageSpec,
    Paragraphs,
    T,
)

INTERNATIONAL = PageSpec(
    model="sections.SubsectionPage",
    slug=T(
        kk="halykaralyk-yntymaktastyk",
        ru="mezhdunarodnoe-sotrudnichestvo",
        en="international-cooperation",
    ),
    title=T(
        kk="Халықаралық ынтымақтастық",
        ru="Международное сотрудничество",
        en="International cooperation",
    ),
    intro=T(
        kk="Университет шетелдік жоғары оқу орындарымен, халықаралық ұйымдармен және бағдарламалармен серіктестік арқылы білім беру мен ғылымды интернационалдандырады.",
        ru="Университет интернационализирует образование и науку через партнёрство с зарубежными вузами, международными организациями и программами.",
        en="The university internationalizes its teaching and research through partnerships with foreign universities, international organizations and programmes.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Халықаралық ынтымақтастық бөлімі серіктес университеттермен келісімдер жасайды, студенттер мен оқытушылардың академиялық ұтқырлығын ұйымдастырады, шетелдік профессорларды дәріс оқуға шақырады және шетелдік студенттерді қабылдауға жәрдемдеседі.",
                    ru="Отдел международного сотрудничества заключает соглашения с университетами-партнёрами, организует академическую мобильность студентов и преподавателей, приглашает зарубежных профессоров читать лекции и помогает в приёме иностранных студентов.",
                    en="The International Cooperation Office concludes agreements with partner universities, organizes academic mobility for students and teaching staff, invites visiting professors from abroad and helps admit international students.",
                ),
            )
        ),
        BulletList(
            intro=T(
                kk="Ынтымақтастықтың негізгі бағыттары:",
                ru="Основные направления сотрудничества:",
                en="Main areas of cooperation:",
            ),
            items=(
                T(
                    kk="студенттер мен оқытушылардың семестрлік академиялық ұтқырлығы",
                    ru="семестровая академическая мобильность студентов и преподавателей",
                    en="semester-long academic mobility for students and teaching staff",
                ),
                T(
                    kk="қос дипломдық және бірлескен білім беру бағдарламалары",
                    ru="программы двойного диплома и совместные образовательные программы",
                    en="double-degree and joint degree programmes",
                ),
                T(
                    kk="Erasmus+ және басқа да халықаралық бағдарламалар аясындағы жобалар",
                    ru="проекты в рамках Erasmus+ и других международных программ",
                    en="projects under Erasmus+ and other international programmes",
                ),
                T(
                    kk="бірлескен ғылыми зерттеулер мен жарияланымдар",
                    ru="совместные научные исследования и публикации",
                    en="joint research and publications",
                ),
                T(
                    kk="шетелдік ғалымдардың қысқа мерзімді курстары және жазғы мектептер",
                    ru="краткосрочные курсы зарубежных учёных и летние школы",
                    en="short courses by visiting scholars and summer schools",
                ),
            ),
        ),
        Heading(
            T(
                kk="Шетелдік студенттерге",
                ru="Иностранным студентам",
                en="For international students",
            )
        ),
        Paragraphs(
            (
                T(
                    kk="Шетел азаматтары университетке конкурстық негізде қабылданады. Білім туралы құжатты тану (нострификация), көші-қон тіркеуі және виза мәселелері бойынша халықаралық ынтымақтастық бөлімі кеңес береді.",
                    ru="Иностранные граждане принимаются в университет на конкурсной основе. По вопросам признания документа об образовании (нострификации), миграционной регистрации и визы консультирует отдел международного сотрудничества.",
                    en="Foreign citizens are admitted on a competitive basis. The International Cooperation Office advises on recognition of prior qualifications, migration registration and visas.",
                ),
            )
        ),
        Links(
            title=T(kk="Пайдалы сілтемелер", ru="Полезные ссылки", en="Useful links"),
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
        ContactCard(
            name=T(
                kk="Халықаралық ынтымақтастық бөлімі",
                ru="Отдел международного сотрудничества",
                en="International Cooperation Office",
            ),
            role=T(
                kk="Серіктестік келісімдер, академиялық ұтқырлық, шетелдік студенттерді қолдау",
                ru="Партнёрские соглашения, академическая мобильность, поддержка иностранных студентов",
                en="Partnership agreements, academic mobility, support for international students",
            ),
            phone="+7 7172 72 63 35",
            email="international@kazutb.edu.kz",
            hours=WEEKDAYS,
        ),
    ),
)
