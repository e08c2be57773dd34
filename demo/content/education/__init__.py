"""The Education section (S1): forms of study (W §9.7.1.3) and its subsections in the S1 order.

A package because the five subsections would not fit in ~400 lines.
"""

from demo.content.education.degrees import BACHELORS, DISTANCE_LEARNING, MASTERS
from demo.content.education.options import ACADEMIC_MOBILITY, MINOR_CATALOGUE
from demo.spec import Heading, PageSpec, Paragraphs, T, Table

__all__ = ["EDUCATION"]

FULL_TIME = T(kk="күндізгі", ru="очная", en="full-time")

EDUCATION = PageSpec(
    model="sections.SectionPage",
    slug=T(kk="okytu", ru="obuchenie", en="education"),
    title=T(kk="Оқыту", ru="Обучение", en="Education"),
    intro=T(
        kk="Университет бакалавриат пен магистратураның білім беру бағдарламаларын күндізгі және кешкі оқу нысандарында, сондай-ақ қашықтықтан оқыту технологияларын қолдана отырып жүзеге асырады.",
        ru="Университет реализует образовательные программы бакалавриата и магистратуры в очной и вечерней формах, а также с применением дистанционных образовательных технологий.",
        en="The university offers bachelor's and master's programmes full-time and in the evening, as well as through distance learning.",
    ),
    body=(
        Heading(T(kk="Оқу нысандары", ru="Формы обучения", en="Forms of study")),
        Table(
            caption=T(
                kk="Оқу нысандары мен мерзімдері",
                ru="Формы и сроки обучения",
                en="Forms and duration of study",
            ),
            header=(
                T(kk="Деңгейі", ru="Уровень", en="Level"),
                T(kk="Оқу нысаны", ru="Форма обучения", en="Form of study"),
                T(kk="Оқу мерзімі", ru="Срок обучения", en="Duration"),
            ),
            rows=(
                (
                    T(kk="Бакалавриат", ru="Бакалавриат", en="Bachelor's"),
                    FULL_TIME,
                    T(kk="4 жыл", ru="4 года", en="4 years"),
                ),
                (
                    T(
                        kk="Бакалавриат (техникалық және кәсіптік немесе жоғары білім негізінде)",
                        ru="Бакалавриат (на базе технического и профессионального или высшего образования)",
                        en="Bachelor's (after vocational or higher education)",
                    ),
                    T(
                        kk="күндізгі, кешкі, қашықтықтан оқыту технологияларымен",
                        ru="очная, вечерняя, с дистанционными технологиями",
                        en="full-time, evening, or by distance learning",
                    ),
                    T(kk="2–3 жыл", ru="2–3 года", en="2–3 years"),
                ),
                (
                    T(
                        kk="Магистратура (бейіндік)",
                        ru="Магистратура (профильная)",
                        en="Master's (professional)",
                    ),
                    FULL_TIME,
                    T(kk="1–1,5 жыл", ru="1–1,5 года", en="1–1.5 years"),
                ),
                (
                    T(
                        kk="Магистратура (ғылыми-педагогикалық)",
                        ru="Магистратура (научно-педагогическая)",
                        en="Master's (research and teaching)",
                    ),
                    FULL_TIME,
                    T(kk="2 жыл", ru="2 года", en="2 years"),
                ),
            ),
        ),
        Paragraphs(
            (
                T(
                    kk="Оқыту қазақ, орыс және ағылшын тілдерінде жүргізіледі. Барлық бағдарламалар Еуропалық кредиттерді аудару жүйесімен (ECTS) үйлестірілген, бұл академиялық ұтқырлықты және кредиттерді қайта есептеуді жеңілдетеді.",
                    ru="Обучение ведётся на казахском, русском и английском языках. Все программы согласованы с Европейской системой перевода кредитов (ECTS), что облегчает академическую мобильность и перезачёт кредитов.",
                    en="Teaching is in Kazakh, Russian and English. All programmes are aligned with the European Credit Transfer System (ECTS), which makes mobility and credit recognition easier.",
                ),
            )
        ),
    ),
    children=(BACHELORS, MASTERS, DISTANCE_LEARNING, ACADEMIC_MOBILITY, MINOR_CATALOGUE),
)
