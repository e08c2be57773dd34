"""Student subsections on life outside class: the student council and the dormitory."""

from demo.content.common import WEEKDAYS
from demo.spec import BulletList, ContactCard, PageSpec, Paragraphs, Quote, T

STUDENT_COUNCIL = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="studenttik-kenes", ru="studencheskii-sovet", en="student-council"),
    title=T(kk="Студенттік кеңес", ru="Студенческий совет", en="Student council"),
    intro=T(
        kk="Студенттік кеңес – білім алушылардың мүдделерін білдіретін және университетті басқаруға қатысатын өзін-өзі басқару органы.",
        ru="Студенческий совет – орган самоуправления, который представляет интересы обучающихся и участвует в управлении университетом.",
        en="The Student Council is the student self-government body that represents students and takes part in running the university.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Кеңес мүшелері академиялық топтар мен факультеттердің өкілдерінен жыл сайын қазан айында сайланады. Кеңес төрағасы Ғылыми кеңестің құрамына кіреді және студенттердің ұсыныстарын университет басшылығына жеткізеді.",
                    ru="Члены совета ежегодно в октябре избираются из представителей академических групп и факультетов. Председатель совета входит в состав Учёного совета и доносит предложения студентов до руководства университета.",
                    en="Members are elected every October from representatives of study groups and faculties. The Council's chair sits on the Academic Council and takes students' proposals to the university's leadership.",
                ),
            )
        ),
        BulletList(
            intro=T(kk="Кеңестің комитеттері:", ru="Комитеты совета:", en="Committees:"),
            items=(
                T(
                    kk="оқу және ғылым комитеті",
                    ru="комитет по учёбе и науке",
                    en="Studies and Research",
                ),
                T(
                    kk="мәдениет және шығармашылық комитеті",
                    ru="комитет культуры и творчества",
                    en="Culture and Arts",
                ),
                T(
                    kk="спорт және салауатты өмір салты комитеті",
                    ru="комитет спорта и здорового образа жизни",
                    en="Sport and Healthy Living",
                ),
                T(
                    kk="еріктілер және әлеуметтік жобалар комитеті",
                    ru="комитет волонтёров и социальных проектов",
                    en="Volunteering and Social Projects",
                ),
                T(
                    kk="медиа және ақпарат комитеті",
                    ru="комитет медиа и информации",
                    en="Media and Communications",
                ),
            ),
        ),
        Quote(
            text=T(
                kk="Студенттік кеңес – әр студенттің дауысы естілетін алаң.",
                ru="Студенческий совет – площадка, где слышен голос каждого студента.",
                en="The Student Council is where every student's voice is heard.",
            ),
            attribution=T(
                kk="Студенттік кеңестің ұраны",
                ru="Девиз Студенческого совета",
                en="Student Council motto",
            ),
        ),
        ContactCard(
            name=T(
                kk="Студенттік кеңестің төрағасы",
                ru="Председатель Студенческого совета",
                en="Chair of the Student Council",
            ),
            role=T(
                kk="Студенттердің ұсыныстары мен бастамаларын қабылдау",
                ru="Приём предложений и инициатив студентов",
                en="Takes students' proposals and initiatives",
            ),
            email="studcouncil@kazutb.edu.kz",
            office=T(
                kk="Студенттік орталық, 12-бөлме",
                ru="Студенческий центр, комната 12",
                en="Student Centre, room 12",
            ),
        ),
    ),
)

DORMITORY = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="zhatakhana", ru="obshchezhitie", en="dormitory"),
    title=T(kk="Жатақхана", ru="Общежитие", en="Dormitory"),
    intro=T(
        kk="Университеттің студенттер үйі басқа өңірлерден келген білім алушыларға оқу жылы бойы тұрғын орын ұсынады.",
        ru="Дом студентов университета предоставляет жильё на весь учебный год обучающимся из других регионов.",
        en="The university's student residence houses students from other regions for the whole academic year.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Бөлмелер екі-үш адамға арналған; әр қабатта ас үй, жуынатын бөлме және оқу бөлмесі бар. Ғимаратта тәулік бойы күзет, бейнебақылау және Wi-Fi жұмыс істейді.",
                    ru="Комнаты рассчитаны на двух-трёх человек; на каждом этаже есть кухня, душевая и комната для занятий. В здании круглосуточная охрана, видеонаблюдение и Wi-Fi.",
                    en="Rooms sleep two or three; every floor has a kitchen, showers and a study room. The building has round-the-clock security, CCTV and Wi-Fi.",
                ),
            )
        ),
        BulletList(
            intro=T(
                kk="Орын беруде басымдыққа ие санаттар:",
                ru="Категории, имеющие приоритет при заселении:",
                en="Priority is given to:",
            ),
            items=(
                T(
                    kk="жетім балалар мен ата-анасының қамқорлығынсыз қалған балалар",
                    ru="дети-сироты и дети, оставшиеся без попечения родителей",
                    en="orphans and students left without parental care",
                ),
                T(
                    kk="мүгедектігі бар білім алушылар",
                    ru="обучающиеся с инвалидностью",
                    en="students with disabilities",
                ),
                T(
                    kk="көп балалы және аз қамтылған отбасылардың балалары",
                    ru="дети из многодетных и малообеспеченных семей",
                    en="students from large or low-income families",
                ),
                T(
                    kk="басқа өңірлерден келген бірінші курс студенттері",
                    ru="первокурсники из других регионов",
                    en="first-year students from other regions",
                ),
            ),
        ),
        BulletList(
            intro=T(kk="Орын алу тәртібі:", ru="Как получить место:", en="How to get a place:"),
            items=(
                T(
                    kk="1 тамыздан бастап жеке кабинет арқылы өтініш беріңіз",
                    ru="подайте заявление через личный кабинет начиная с 1 августа",
                    en="apply through the personal account from 1 August",
                ),
                T(
                    kk="шешім туралы хабарламаны электрондық пошта арқылы алыңыз",
                    ru="получите уведомление о решении по электронной почте",
                    en="receive the decision by e-mail",
                ),
                T(
                    kk="тұру шартын жасасып, медициналық анықтаманы ұсыныңыз",
                    ru="заключите договор проживания и предъявите медицинскую справку",
                    en="sign the residence agreement and show a medical certificate",
                ),
                T(
                    kk="жатақхана меңгерушісінен бөлменің кілтін алыңыз",
                    ru="получите ключ от комнаты у заведующего общежитием",
                    en="collect your room key from the residence manager",
                ),
            ),
        ),
        ContactCard(
            name=T(kk="Жатақхана меңгерушісі", ru="Заведующий общежитием", en="Residence Manager"),
            role=T(
                kk="Орын беру, тұру шарттары, ішкі тәртіп",
                ru="Заселение, договоры проживания, внутренний распорядок",
                en="Room allocation, residence agreements, house rules",
            ),
            phone="+7 7172 72 63 50",
            email="dormitory@kazutb.edu.kz",
            office=T(
                kk="Студенттер үйі, 1-қабат",
                ru="Дом студентов, 1-й этаж",
                en="Student residence, ground floor",
            ),
            hours=WEEKDAYS,
        ),
    ),
)
