"""Student subsections on the rules of study: the student guide (grading, methodological documents,
W §9.7.1.5) and the academic calendar.
"""

from demo.content.common import same
from demo.spec import BulletList, Heading, PageSpec, Paragraphs, T, Table

GRADES = (
    ("A", "95–100", ("4,0", "4,0", "4.0")),
    ("A-", "90–94", ("3,67", "3,67", "3.67")),
    ("B+", "85–89", ("3,33", "3,33", "3.33")),
    ("B", "80–84", ("3,0", "3,0", "3.0")),
    ("B-", "75–79", ("2,67", "2,67", "2.67")),
    ("C+", "70–74", ("2,33", "2,33", "2.33")),
    ("C", "65–69", ("2,0", "2,0", "2.0")),
    ("C-", "60–64", ("1,67", "1,67", "1.67")),
    ("D+", "55–59", ("1,33", "1,33", "1.33")),
    ("D", "50–54", ("1,0", "1,0", "1.0")),
    ("FX", "25–49", ("0,5", "0,5", "0.5")),
    ("F", "0–24", ("0", "0", "0")),
)

STUDENT_GUIDE = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="anyktamalyk-zholsilteme", ru="spravochnik-putevoditel", en="student-guide"),
    title=T(kk="Анықтамалық-жолсілтеме", ru="Справочник-путеводитель", en="Student guide"),
    intro=T(
        kk="Анықтамалық-жолсілтеме бірінші курс студенттеріне және барлық білім алушыларға университеттегі оқу ережелерін тез түсінуге көмектеседі.",
        ru="Справочник-путеводитель помогает первокурсникам и всем обучающимся быстро разобраться в правилах обучения в университете.",
        en="The student guide helps first-year and other students quickly understand how studying at the university works.",
    ),
    body=(
        Heading(
            T(kk="Кредиттік оқыту жүйесі", ru="Кредитная система обучения", en="The credit system")
        ),
        Paragraphs(
            (
                T(
                    kk="Бір академиялық кредит 30 академиялық сағатқа тең; бакалавриатта төрт жылда кемінде 240 кредит игеріледі. Пән бойынша қорытынды баға ағымдағы және аралық бақылау нәтижелерінен (60%) және қорытынды емтиханнан (40%) құралады.",
                    ru="Один академический кредит равен 30 академическим часам; в бакалавриате за четыре года осваивается не менее 240 кредитов. Итоговая оценка по дисциплине складывается из результатов текущего и рубежного контроля (60%) и итогового экзамена (40%).",
                    en="One academic credit equals 30 academic hours; a bachelor's degree requires at least 240 credits over four years. The final grade for a course combines continuous and midterm assessment (60%) with the final exam (40%).",
                ),
                T(
                    kk="Емтихан нәтижесімен келіспеген студент нәтиже жарияланғаннан кейін келесі жұмыс күні ішінде апелляциялық комиссияға өтініш бере алады.",
                    ru="Студент, не согласный с результатом экзамена, может подать заявление в апелляционную комиссию в течение следующего рабочего дня после объявления результата.",
                    en="A student who disagrees with an exam result may appeal to the appeals committee by the end of the next working day after the result is published.",
                ),
            )
        ),
        Table(
            caption=T(
                kk="Оқу жетістіктерін бағалау шкаласы",
                ru="Шкала оценки учебных достижений",
                en="Grading scale",
            ),
            header=(
                T(kk="Әріптік баға", ru="Буквенная оценка", en="Letter grade"),
                T(kk="Балл", ru="Баллы", en="Score"),
                T(kk="Сандық эквивалент", ru="Цифровой эквивалент", en="Grade points"),
            ),
            rows=tuple(
                (same(letter), same(score), T(kk=kk, ru=ru, en=en))
                for letter, score, (kk, ru, en) in GRADES
            ),
        ),
        BulletList(
            intro=T(
                kk="Білім беру процесін қамтамасыз ететін әдістемелік құжаттар:",
                ru="Методические документы, обеспечивающие образовательный процесс:",
                en="Methodological documents that govern teaching and learning:",
            ),
            items=(
                T(kk="Академиялық саясат", ru="Академическая политика", en="Academic Policy"),
                T(
                    kk="Үлгерімді ағымдағы бақылау, аралық және қорытынды аттестаттау ережесі",
                    ru="Положение о текущем контроле успеваемости, промежуточной и итоговой аттестации",
                    en="Regulations on continuous assessment, interim and final examinations",
                ),
                T(
                    kk="Элективті пәндер каталогы",
                    ru="Каталог элективных дисциплин",
                    en="Catalogue of elective courses",
                ),
                T(
                    kk="Академиялық адалдық кодексі",
                    ru="Кодекс академической честности",
                    en="Code of Academic Integrity",
                ),
                T(
                    kk="Білім алушылардың ішкі тәртіп ережесі",
                    ru="Правила внутреннего распорядка для обучающихся",
                    en="Student Code of Conduct",
                ),
            ),
        ),
    ),
)

ACADEMIC_CALENDAR = PageSpec(
    model="sections.SubsectionPage",
    slug=T(kk="akademiyalyk-kuntizbe", ru="akademicheskii-kalendar", en="academic-calendar"),
    title=T(kk="Академиялық күнтізбе", ru="Академический календарь", en="Academic calendar"),
    intro=T(
        kk="2026–2027 оқу жылының академиялық күнтізбесі: семестрлер, емтихан сессиялары, каникулдар мен практика мерзімдері.",
        ru="Академический календарь на 2026–2027 учебный год: семестры, экзаменационные сессии, каникулы и сроки практики.",
        en="The 2026–2027 academic calendar: semesters, examination sessions, holidays and placement dates.",
    ),
    body=(
        Table(
            caption=T(
                kk="2026–2027 оқу жылының академиялық күнтізбесі (бакалавриат)",
                ru="Академический календарь на 2026–2027 учебный год (бакалавриат)",
                en="Academic calendar 2026–2027 (bachelor's programmes)",
            ),
            header=(
                T(kk="Кезең", ru="Период", en="Period"),
                T(kk="Мерзімі", ru="Сроки", en="Dates"),
            ),
            rows=(
                (
                    T(
                        kk="Күзгі семестр (15 апта)",
                        ru="Осенний семестр (15 недель)",
                        en="Autumn semester (15 weeks)",
                    ),
                    T(
                        kk="1 қыркүйек – 12 желтоқсан 2026 ж.",
                        ru="1 сентября – 12 декабря 2026 г.",
                        en="1 September – 12 December 2026",
                    ),
                ),
                (
                    T(
                        kk="Қысқы емтихан сессиясы",
                        ru="Зимняя экзаменационная сессия",
                        en="Winter examinations",
                    ),
                    T(
                        kk="14–26 желтоқсан 2026 ж.",
                        ru="14–26 декабря 2026 г.",
                        en="14–26 December 2026",
                    ),
                ),
                (
                    T(kk="Қысқы каникул", ru="Зимние каникулы", en="Winter holidays"),
                    T(
                        kk="28 желтоқсан 2026 ж. – 17 қаңтар 2027 ж.",
                        ru="28 декабря 2026 г. – 17 января 2027 г.",
                        en="28 December 2026 – 17 January 2027",
                    ),
                ),
                (
                    T(
                        kk="Көктемгі семестр (15 апта)",
                        ru="Весенний семестр (15 недель)",
                        en="Spring semester (15 weeks)",
                    ),
                    T(
                        kk="18 қаңтар – 1 мамыр 2027 ж.",
                        ru="18 января – 1 мая 2027 г.",
                        en="18 January – 1 May 2027",
                    ),
                ),
                (
                    T(
                        kk="Жазғы емтихан сессиясы",
                        ru="Летняя экзаменационная сессия",
                        en="Summer examinations",
                    ),
                    T(kk="3–22 мамыр 2027 ж.", ru="3–22 мая 2027 г.", en="3–22 May 2027"),
                ),
                (
                    T(
                        kk="Кәсіби практика",
                        ru="Профессиональная практика",
                        en="Professional practice",
                    ),
                    T(
                        kk="24 мамыр – 19 маусым 2027 ж.",
                        ru="24 мая – 19 июня 2027 г.",
                        en="24 May – 19 June 2027",
                    ),
                ),
                (
                    T(
                        kk="Қорытынды аттестаттау (4-курс)",
                        ru="Итоговая аттестация (4-й курс)",
                        en="Final examinations (4th year)",
                    ),
                    T(
                        kk="24 мамыр – 26 маусым 2027 ж.",
                        ru="24 мая – 26 июня 2027 г.",
                        en="24 May – 26 June 2027",
                    ),
                ),
                (
                    T(
                        kk="Жазғы семестр (қалауы бойынша)",
                        ru="Летний семестр (по желанию)",
                        en="Summer semester (optional)",
                    ),
                    T(
                        kk="21 маусым – 31 шілде 2027 ж.",
                        ru="21 июня – 31 июля 2027 г.",
                        en="21 June – 31 July 2027",
                    ),
                ),
            ),
        ),
        BulletList(
            intro=T(
                kk="Демалыс және мереке күндері:",
                ru="Выходные и праздничные дни:",
                en="Public holidays during term:",
            ),
            items=(
                T(
                    kk="25 қазан – Республика күні",
                    ru="25 октября – День Республики",
                    en="25 October – Republic Day",
                ),
                T(
                    kk="16 желтоқсан – Тәуелсіздік күні",
                    ru="16 декабря – День Независимости",
                    en="16 December – Independence Day",
                ),
                T(
                    kk="8 наурыз – Халықаралық әйелдер күні",
                    ru="8 марта – Международный женский день",
                    en="8 March – International Women's Day",
                ),
                T(
                    kk="21–23 наурыз – Наурыз мейрамы",
                    ru="21–23 марта – праздник Наурыз",
                    en="21–23 March – Nauryz",
                ),
            ),
        ),
        Paragraphs(
            (
                T(
                    kk="Мереке күндеріне сәйкес келетін сабақтар кестеге сәйкес басқа күндерге ауыстырылады. Магистратура мен қашықтықтан оқыту бағдарламаларының күнтізбесі студенттің жеке кабинетінде жарияланады.",
                    ru="Занятия, выпадающие на праздничные дни, переносятся на другие дни по расписанию. Календарь магистратуры и программ дистанционного обучения публикуется в личном кабинете студента.",
                    en="Classes falling on public holidays are rescheduled. The calendars for master's and distance learning programmes are published in the personal account.",
                ),
            )
        ),
    ),
)
