"""The News index with news items spread over autumn 2026, so the archive has several
months to show; the events calendar and the press centre sit under it (N1, N3, N4).
More items and the tags are in ``news_items``.
"""

import datetime

from demo.content.events import EVENTS
from demo.content.news_items import (
    ADMISSION,
    INTERNATIONAL,
    MORE_NEWS,
    QUALITY,
    SCIENCE,
    STUDENTS,
    news_fields,
)
from demo.content.press import PRESS
from demo.spec import BulletList, PageSpec, Paragraphs, Quote, T

ADMISSION_RESULTS = PageSpec(
    model="news.NewsPage",
    slug=T(
        kk="kabyldau-naukanynyn-korytyndylary-2026",
        ru="itogi-priemnoi-kampanii-2026",
        en="admission-campaign-results-2026",
    ),
    title=T(
        kk="2026 жылғы қабылдау науқанының қорытындылары шығарылды",
        ru="Подведены итоги приёмной кампании 2026 года",
        en="Results of the 2026 admission campaign",
    ),
    intro=T(
        kk="Биыл университеттің бакалавриаты мен магистратурасына мыңнан астам студент қабылданды.",
        ru="В этом году в бакалавриат и магистратуру университета зачислено более тысячи студентов.",
        en="More than a thousand students have enrolled in the university's bachelor's and master's programmes this year.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Қабылдау комиссиясы 20 маусымнан 25 тамызға дейін жұмыс істеді. Талапкерлердің едәуір бөлігі құжаттарын виртуалды қабылдау комиссиясы арқылы онлайн тапсырды.",
                    ru="Приёмная комиссия работала с 20 июня по 25 августа. Значительная часть абитуриентов подала документы онлайн через виртуальную приёмную комиссию.",
                    en="The admission office was open from 20 June to 25 August, and many applicants submitted their documents online through the virtual admission committee.",
                ),
                T(
                    kk="Ең көп сұранысқа ие болған бағдарламалар – «Тағам өнімдерінің технологиясы», «Ақпараттық жүйелер» және «Қаржы». Мемлекеттік грант иегерлерінің және ауыл жастарына арналған квота бойынша түскен студенттердің саны өткен жылмен салыстырғанда артты.",
                    ru="Наибольшим спросом пользовались программы «Технология продовольственных продуктов», «Информационные системы» и «Финансы». Число обладателей государственных грантов и студентов, поступивших по квоте для сельской молодёжи, выросло по сравнению с прошлым годом.",
                    en="The most popular programmes were Food Technology, Information Systems and Finance. The number of state grant holders and of students admitted under the rural youth quota rose compared with last year.",
                ),
            )
        ),
        Quote(
            text=T(
                kk="Бізді таңдаған әр талапкерге алғыс айтамыз. Алдағы жылдар сіздер үшін ізденіс пен жаңалыққа толы болады деп сенеміз.",
                ru="Благодарим каждого абитуриента, выбравшего нас. Уверены, что впереди вас ждут годы поиска и открытий.",
                en="We thank every applicant who chose us. We are sure the years ahead will be full of discovery for you.",
            ),
            attribution=T(
                kk="Қабылдау комиссиясының жауапты хатшысы",
                ru="Ответственный секретарь приёмной комиссии",
                en="Executive Secretary of the Admission Office",
            ),
        ),
        Paragraphs(
            (
                T(
                    kk="Бірінші курс студенттеріне арналған бейімдеу апталығы 24–28 тамыз аралығында өтеді, ал сабақтар 1 қыркүйекте басталады. Кесте мен топтар туралы ақпарат студенттің жеке кабинетінде жарияланады.",
                    ru="Адаптационная неделя для первокурсников пройдёт с 24 по 28 августа, а занятия начнутся 1 сентября. Расписание и списки групп публикуются в личном кабинете студента.",
                    en="Orientation week for first-year students runs from 24 to 28 August, and classes start on 1 September. Timetables and group lists are in the personal account.",
                ),
            )
        ),
    ),
    fields=news_fields(
        datetime.date(2026, 8, 21),
        "admission",
        (11, 79, 138),
        T(
            kk="Қабылдау комиссиясының алдында құжат тапсыруға келген талапкерлер",
            ru="Абитуриенты у приёмной комиссии в день подачи документов",
            en="Applicants queueing at the admission office to hand in their documents",
        ),
    ),
    tags=(ADMISSION, STUDENTS),
)

MOBILITY_AGREEMENT = PageSpec(
    model="news.NewsPage",
    slug=T(
        kk="akademiyalyk-utkyrlyk-turaly-kelisim",
        ru="soglashenie-ob-akademicheskoi-mobilnosti",
        en="academic-mobility-agreement",
    ),
    title=T(
        kk="Түркиядағы серіктес университетпен академиялық ұтқырлық туралы келісімге қол қойылды",
        ru="Подписано соглашение об академической мобильности с университетом-партнёром из Турции",
        en="Academic mobility agreement signed with a partner university in Türkiye",
    ),
    intro=T(
        kk="Келісім студенттер мен оқытушылар алмасуын, бірлескен ғылыми жобаларды және қос дипломдық бағдарлама әзірлеуді көздейді.",
        ru="Соглашение предусматривает обмен студентами и преподавателями, совместные научные проекты и разработку программы двойного диплома.",
        en="The agreement covers student and staff exchange, joint research projects and the development of a double-degree programme.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Құжатқа серіктес университет делегациясының сапары кезінде қол қойылды. Тараптар 2027–2028 оқу жылынан бастап тағам технологиясы және бизнес бағыттары бойынша семестрлік алмасуды бастауға келісті.",
                    ru="Документ подписан во время визита делегации университета-партнёра. Стороны договорились начать семестровый обмен по направлениям пищевых технологий и бизнеса с 2027–2028 учебного года.",
                    en="The agreement was signed during a visit by the partner university's delegation. Both sides agreed to start semester exchanges in food technology and business from the 2027–2028 academic year.",
                ),
                T(
                    kk="Келісім аясында жыл сайын алты студент пен екі оқытушы серіктес университетте бір семестр оқиды немесе сабақ береді. Алмасуға қатысушылардан оқу ақысы алынбайды.",
                    ru="В рамках соглашения каждый год шесть студентов и два преподавателя будут семестр учиться или преподавать в университете-партнёре. Плата за обучение с участников обмена не взимается.",
                    en="Each year six students and two lecturers will spend a semester studying or teaching at the partner university. Exchange participants pay no tuition fees.",
                ),
            )
        ),
        BulletList(
            intro=T(
                kk="Келісімнің негізгі бағыттары:",
                ru="Основные направления соглашения:",
                en="What the agreement covers:",
            ),
            items=(
                T(
                    kk="студенттердің семестрлік академиялық ұтқырлығы",
                    ru="семестровая академическая мобильность студентов",
                    en="semester-long student mobility",
                ),
                T(
                    kk="оқытушылардың қонақ дәрістері",
                    ru="гостевые лекции преподавателей",
                    en="guest lectures by teaching staff",
                ),
                T(
                    kk="бірлескен ғылыми жарияланымдар",
                    ru="совместные научные публикации",
                    en="joint research publications",
                ),
                T(
                    kk="тағам технологиясы бойынша қос дипломдық магистратура бағдарламасын әзірлеу",
                    ru="разработка магистерской программы двойного диплома по пищевым технологиям",
                    en="a double-degree master's programme in food technology",
                ),
            ),
        ),
        Paragraphs(
            (
                T(
                    kk="Қатысушыларды іріктеу туралы хабарландыру «Халықаралық ынтымақтастық» бетінде жарияланады.",
                    ru="Объявление об отборе участников будет опубликовано на странице «Международное сотрудничество».",
                    en="The call for participants will be published on the International cooperation page.",
                ),
            )
        ),
    ),
    fields=news_fields(
        datetime.date(2026, 9, 22),
        "international",
        (46, 110, 90),
        T(
            kk="Екі университеттің ректорлары келісімге қол қойып тұр",
            ru="Ректоры двух университетов подписывают соглашение",
            en="The rectors of the two universities signing the agreement",
        ),
    ),
    tags=(INTERNATIONAL,),
)

ACCREDITATION_VISIT = PageSpec(
    model="news.NewsPage",
    slug=T(
        kk="syrtky-saraptama-komissiyasy",
        ru="vneshnyaya-ekspertnaya-komissiya",
        en="external-review-panel-visit",
    ),
    title=T(
        kk="Университетте сыртқы сараптама комиссиясы жұмыс істеді",
        ru="В университете работала внешняя экспертная комиссия",
        en="External review panel visits the university",
    ),
    intro=T(
        kk="12–14 қазан аралығында тәуелсіз аккредиттеу агенттігінің сарапшылар тобы бес білім беру бағдарламасын мамандандырылған аккредиттеу аясында бағалады.",
        ru="С 12 по 14 октября группа экспертов независимого аккредитационного агентства оценивала пять образовательных программ в рамках специализированной аккредитации.",
        en="From 12 to 14 October a panel from an independent accreditation agency reviewed five programmes for specialized accreditation.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Сарапшылар оқу зертханаларын, кітапхананы және цифрлық оқу ресурстарын аралап, сабақтарға қатысты. Сапар барысында олар профессор-оқытушылар құрамымен, студенттермен, түлектермен және жұмыс берушілермен жеке-жеке кездесті.",
                    ru="Эксперты осмотрели учебные лаборатории, библиотеку и цифровые образовательные ресурсы, посетили занятия. В ходе визита они отдельно встретились с профессорско-преподавательским составом, студентами, выпускниками и работодателями.",
                    en="The experts toured the teaching laboratories, the library and the digital learning resources and sat in on classes. They held separate meetings with teaching staff, students, graduates and employers.",
                ),
                T(
                    kk="Комиссия алдын ала қорытындысында бағдарламалардың еңбек нарығымен байланысын және тәжірибеге бағытталған оқытуды күшті жақтар ретінде атап өтті. Ұсынымдар қатарында ағылшын тіліндегі курстардың үлесін арттыру және халықаралық ұтқырлықты кеңейту аталды.",
                    ru="В предварительном заключении комиссия отметила в качестве сильных сторон связь программ с рынком труда и практико-ориентированное обучение. Среди рекомендаций – увеличить долю курсов на английском языке и расширить международную мобильность.",
                    en="In its preliminary findings the panel praised the programmes' links with the labour market and their practical orientation. It recommended more courses taught in English and wider international mobility.",
                ),
            )
        ),
        Quote(
            text=T(
                kk="Сыртқы бағалау – өз жұмысымызға сырттан қарап, оны жетілдіруге мүмкіндік.",
                ru="Внешняя оценка – возможность взглянуть на свою работу со стороны и улучшить её.",
                en="An external review is a chance to see our work through others' eyes and improve it.",
            ),
            attribution=T(
                kk="Сапаны қамтамасыз ету және аккредиттеу бөлімінің басшысы",
                ru="Руководитель отдела обеспечения качества и аккредитации",
                en="Head of the Quality Assurance and Accreditation Office",
            ),
        ),
        Paragraphs(
            (
                T(
                    kk="Аккредиттеу кеңесінің ресми шешімі желтоқсан айында күтіледі. Шешім шыққаннан кейін аккредиттеу мерзімдері «Аккредиттеу» бетінде жаңартылады.",
                    ru="Официальное решение аккредитационного совета ожидается в декабре. После его принятия сроки аккредитации будут обновлены на странице «Аккредитация».",
                    en="The accreditation council's formal decision is expected in December, after which the accreditation terms on the Accreditation page will be updated.",
                ),
            )
        ),
    ),
    fields=news_fields(
        datetime.date(2026, 10, 15),
        "education",
        (120, 70, 140),
        T(
            kk="Сарапшылар тобы оқытушылармен кездесуде",
            ru="Группа экспертов на встрече с преподавателями",
            en="The panel of experts meeting teaching staff",
        ),
    ),
    tags=(QUALITY,),
)

OLYMPIAD = PageSpec(
    model="news.NewsPage",
    slug=T(
        kk="respublikalyk-olimpiada-zhuldegerleri",
        ru="prizery-respublikanskoi-olimpiady",
        en="national-olympiad-prize-winners",
    ),
    title=T(
        kk="Студенттеріміз республикалық пәндік олимпиадада жүлделі орындарға ие болды",
        ru="Наши студенты стали призёрами республиканской предметной олимпиады",
        en="Our students win prizes at the national subject olympiad",
    ),
    intro=T(
        kk="«Тағам өнімдерінің технологиясы» бағыты бойынша республикалық студенттік олимпиадада университет командасы екінші орын алды, ал екі студент жеке есепте жүлдегер атанды.",
        ru="На республиканской студенческой олимпиаде по направлению «Технология продовольственных продуктов» команда университета заняла второе место, а два студента стали призёрами в личном зачёте.",
        en="At the national student olympiad in food technology the university team took second place, and two students won individual prizes.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Олимпиадаға елдің он екі жоғары оқу орнынан командалар қатысты. Қатысушылар теориялық тест тапсырып, тағам өнімдерінің сапасын бағалау бойынша зертханалық тапсырманы орындады және өндірістік кейсті шешті.",
                    ru="В олимпиаде участвовали команды двенадцати вузов страны. Участники сдавали теоретический тест, выполняли лабораторное задание по оценке качества пищевых продуктов и решали производственный кейс.",
                    en="Teams from twelve universities took part. Contestants sat a theory test, did a laboratory task on food quality assessment and solved an industry case.",
                ),
                T(
                    kk="Команданы олимпиадаға кафедра оқытушылары үш ай бойы дайындады. Жүлдегерлер университеттің ішкі жеңілдіктер жүйесіне сәйкес оқу ақысына жеңілдік алады.",
                    ru="Команду три месяца готовили преподаватели кафедры. Призёры получат скидку на обучение в соответствии с системой внутренних скидок университета.",
                    en="Department lecturers spent three months preparing the team. The prize winners will receive a tuition discount under the university's discount scheme.",
                ),
            )
        ),
        BulletList(
            intro=T(kk="Нәтижелер:", ru="Результаты:", en="Results:"),
            items=(
                T(
                    kk="командалық есепте – II орын",
                    ru="в командном зачёте – II место",
                    en="team ranking – 2nd place",
                ),
                T(
                    kk="жеке есепте – бір II орын және бір III орын",
                    ru="в личном зачёте – одно II и одно III место",
                    en="individual ranking – one 2nd and one 3rd place",
                ),
                T(
                    kk="зертханалық тапсырманы үздік орындағаны үшін арнайы диплом",
                    ru="специальный диплом за лучшее выполнение лабораторного задания",
                    en="a special award for the best laboratory task",
                ),
            ),
        ),
        Quote(
            text=T(
                kk="Олимпиада студенттеріміздің білімі нақты өндірістің талаптарына сай екенін көрсетті.",
                ru="Олимпиада показала, что знания наших студентов отвечают требованиям реального производства.",
                en="The olympiad showed that our students' knowledge meets the demands of real industry.",
            ),
            attribution=T(
                kk="Технология және стандарттау факультетінің деканы",
                ru="Декан факультета технологии и стандартизации",
                en="Dean of the Faculty of Technology and Standardization",
            ),
        ),
    ),
    fields=news_fields(
        datetime.date(2026, 11, 13),
        "science",
        (150, 90, 40),
        T(
            kk="Олимпиадаға қатысқан студенттер зертханада тапсырма орындап жатыр",
            ru="Участники олимпиады выполняют задание в лаборатории",
            en="Olympiad participants working on a task in the laboratory",
        ),
    ),
    tags=(SCIENCE, STUDENTS),
)

NEWS = PageSpec(
    model="news.NewsIndexPage",
    slug=T(kk="zhanalyktar", ru="novosti", en="news"),
    title=T(kk="Жаңалықтар", ru="Новости", en="News"),
    intro=T(
        kk="Университет өміріндегі оқиғалар, хабарландырулар, фото- және бейнеесептер.",
        ru="События университетской жизни, объявления, фото- и видеоотчёты.",
        en="Events at the university, announcements, and photo and video reports.",
    ),
    children=(
        ADMISSION_RESULTS,
        MOBILITY_AGREEMENT,
        ACCREDITATION_VISIT,
        OLYMPIAD,
        *MORE_NEWS,
        EVENTS,
        PRESS,
    ),
)
