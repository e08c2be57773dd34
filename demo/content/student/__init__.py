"""The Student section (S1): the personal-account link and its subsections in the S1 order.

A package because the seven subsections would not fit in ~400 lines.
"""

from demo.content.common import PORTAL_URL
from demo.content.student.campus import DORMITORY, STUDENT_COUNCIL
from demo.content.student.resources import PROFESSIONAL_PRACTICE, VIRTUAL_LIBRARY
from demo.content.student.studies import ACADEMIC_CALENDAR, STUDENT_GUIDE
from demo.spec import BulletList, ContactCard, PageSpec, Paragraphs, T

__all__ = ["STUDENT"]

PERSONAL_ACCOUNT = PageSpec(
    model="sections.ExternalLinkPage",
    slug=T(kk="studenttin-zheke-kabineti", ru="lichnyi-kabinet-studenta", en="personal-account"),
    title=T(kk="Студенттің жеке кабинеті", ru="Личный кабинет студента", en="Personal account"),
    intro=T(
        kk="Студенттің жеке кабинеті – сабақ кестесі, бағалар, транскрипт, пәндерге тіркелу және өтініштер бір жерге жинақталған университет порталы.",
        ru="Личный кабинет студента – университетский портал, где собраны расписание, оценки, транскрипт, запись на дисциплины и заявления.",
        en="The personal account is the university portal with your timetable, grades, transcript, course registration and applications in one place.",
    ),
    fields={"link_url": PORTAL_URL},
)

STUDENT = PageSpec(
    model="sections.SectionPage",
    slug=T(kk="studentke", ru="studentu", en="student"),
    title=T(kk="Студентке", ru="Студенту", en="Student"),
    intro=T(
        kk="Білім алушыларға арналған бөлім: оқу процесі, академиялық күнтізбе, кітапхана, кәсіби тәжірибе, студенттік өзін-өзі басқару және жатақхана.",
        ru="Раздел для обучающихся: учебный процесс, академический календарь, библиотека, профессиональная практика, студенческое самоуправление и общежитие.",
        en="For current students: studies, the academic calendar, the library, professional practice, student self-government and the residence.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Оқу процесі кредиттік технология бойынша ұйымдастырылады: студент эдвайзердің көмегімен жеке оқу жоспарын құрып, пәндерге тіркеледі, ал үлгерімі жеке кабинетте көрсетіледі.",
                    ru="Учебный процесс организован по кредитной технологии: студент с помощью эдвайзера составляет индивидуальный учебный план и записывается на дисциплины, а его успеваемость отображается в личном кабинете.",
                    en="Studies follow the credit system: with an adviser's help each student builds an individual study plan and registers for courses, and grades appear in the personal account.",
                ),
            )
        ),
        BulletList(
            intro=T(kk="Кімге жүгіну керек:", ru="Куда обращаться:", en="Who to ask:"),
            items=(
                T(
                    kk="анықтамалар, транскрипт, пәндерге тіркелу – тіркеу кеңсесі",
                    ru="справки, транскрипт, запись на дисциплины – офис регистратора",
                    en="certificates, transcripts, course registration – the Registrar's Office",
                ),
                T(
                    kk="жеке оқу жоспары мен элективтер – эдвайзер",
                    ru="индивидуальный учебный план и элективы – эдвайзер",
                    en="individual study plan and electives – your adviser",
                ),
                T(
                    kk="академиялық демалыс, ауысу, қайта қабылдау – факультет деканаты",
                    ru="академический отпуск, перевод, восстановление – деканат факультета",
                    en="academic leave, transfer, reinstatement – your dean's office",
                ),
                T(
                    kk="жатақхана мен стипендия – студенттерге қызмет көрсету орталығы",
                    ru="общежитие и стипендия – центр обслуживания студентов",
                    en="residence and scholarships – the Student Service Centre",
                ),
            ),
        ),
        ContactCard(
            name=T(
                kk="Студенттерге қызмет көрсету орталығы",
                ru="Центр обслуживания студентов",
                en="Student Service Centre",
            ),
            role=T(
                kk="«Бір терезе» қағидаты бойынша анықтамалар мен өтініштерді қабылдау",
                ru="Приём заявлений и выдача справок по принципу «одного окна»",
                en="One-stop desk for applications and certificates",
            ),
            phone="+7 7172 72 63 40",
            email="students@kazutb.edu.kz",
            office=T(
                kk="Бас оқу ғимараты, 1-қабат",
                ru="Главный учебный корпус, 1-й этаж",
                en="Main academic building, ground floor",
            ),
            hours=T(
                kk="Дүйсенбі–жұма, 09:00–18:00; сенбі, 09:00–13:00",
                ru="Понедельник–пятница, 09:00–18:00; суббота, 09:00–13:00",
                en="Monday to Friday, 09:00–18:00; Saturday, 09:00–13:00",
            ),
        ),
    ),
    children=(
        PERSONAL_ACCOUNT,
        STUDENT_GUIDE,
        ACADEMIC_CALENDAR,
        VIRTUAL_LIBRARY,
        PROFESSIONAL_PRACTICE,
        STUDENT_COUNCIL,
        DORMITORY,
    ),
)
