"""The Applicant section (S1) and its subsections in the S1 order.

A package because the four subsections would not fit in ~400 lines.
"""

from demo.content.applicant.admission import (
    ADMISSION_OF_DOCUMENTS,
    TESTCENTER,
    VIRTUAL_ADMISSION,
)
from demo.content.applicant.programmes import EDUCATIONAL_PROGRAMMES, GRANTS_AND_DISCOUNTS
from demo.content.common import ADMISSION_EMAIL, ADMISSION_PHONE, EGOV_URL, TESTCENTER_URL
from demo.spec import BulletList, ContactCard, Link, Links, PageSpec, Paragraphs, T

__all__ = ["APPLICANT"]

APPLICANT = PageSpec(
    model="sections.SectionPage",
    slug=T(kk="talapkerge", ru="abiturientu", en="applicant"),
    title=T(kk="Талапкерге", ru="Абитуриенту", en="Applicant"),
    intro=T(
        kk="Талапкерлер мен олардың ата-аналарына арналған бөлім: қабылдау ережелері, білім беру бағдарламалары, гранттар мен жеңілдіктер және қабылдау комиссиясымен байланыс.",
        ru="Раздел для абитуриентов и их родителей: правила приёма, образовательные программы, гранты и скидки, связь с приёмной комиссией.",
        en="For applicants and their parents: admission rules, educational programmes, grants and discounts, and how to reach the admission office.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Университетке жалпы орта, техникалық және кәсіптік немесе жоғары білімі бар азаматтар қабылданады. Бакалавриатқа қабылдау Ұлттық бірыңғай тестілеу (ҰБТ) нәтижелері бойынша, ал магистратураға кешенді тестілеу нәтижелері бойынша жүргізіледі.",
                    ru="В университет принимаются граждане с общим средним, техническим и профессиональным или высшим образованием. Приём в бакалавриат ведётся по результатам Единого национального тестирования (ЕНТ), в магистратуру – по результатам комплексного тестирования.",
                    en="The university admits applicants with secondary, vocational or higher education. Bachelor's admission is based on the Unified National Testing (UNT); master's admission on the comprehensive entrance test.",
                ),
            )
        ),
        BulletList(
            intro=T(kk="Түсу қадамдары:", ru="Шаги поступления:", en="Steps to admission:"),
            items=(
                T(
                    kk="білім беру бағдарламасын таңдап, оның бейіндік пәндерін тексеріңіз",
                    ru="выберите образовательную программу и проверьте её профильные предметы",
                    en="choose a programme and check its profile subjects",
                ),
                T(
                    kk="ҰБТ тапсырып, шекті балдан төмен емес нәтиже алыңыз",
                    ru="сдайте ЕНТ и наберите не ниже порогового балла",
                    en="take the UNT and score at least the threshold",
                ),
                T(
                    kk="мемлекеттік білім беру грантына конкурсқа өтініш беріңіз",
                    ru="подайте заявление на конкурс государственных образовательных грантов",
                    en="apply for the state education grant competition",
                ),
                T(
                    kk="құжаттарды қабылдау комиссиясына немесе онлайн тапсырыңыз",
                    ru="подайте документы в приёмную комиссию или онлайн",
                    en="submit your documents to the admission office or online",
                ),
                T(
                    kk="оқу ақысы туралы шарт жасасыңыз немесе грант бойынша қабылдау туралы бұйрықты күтіңіз",
                    ru="заключите договор об оплате обучения или дождитесь приказа о зачислении по гранту",
                    en="sign a tuition agreement or wait for the grant enrolment order",
                ),
            ),
        ),
        ContactCard(
            name=T(kk="Қабылдау комиссиясы", ru="Приёмная комиссия", en="Admission Office"),
            role=T(
                kk="Талапкерлерге кеңес беру және құжаттарды қабылдау",
                ru="Консультации абитуриентов и приём документов",
                en="Advice for applicants and acceptance of documents",
            ),
            phone=ADMISSION_PHONE,
            email=ADMISSION_EMAIL,
            office=T(
                kk="Бас оқу ғимараты, 1-қабат, 104-кабинет",
                ru="Главный учебный корпус, 1-й этаж, кабинет 104",
                en="Main academic building, ground floor, room 104",
            ),
            hours=T(
                kk="Маусым–тамыз: дүйсенбі–сенбі, 09:00–18:00",
                ru="Июнь–август: понедельник–суббота, 09:00–18:00",
                en="June–August: Monday to Saturday, 09:00–18:00",
            ),
        ),
        Links(
            title=T(
                kk="Талапкерге пайдалы сілтемелер",
                ru="Полезные ссылки для абитуриента",
                en="Useful links for applicants",
            ),
            links=(
                Link(label=TESTCENTER, url=TESTCENTER_URL),
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
    children=(
        ADMISSION_OF_DOCUMENTS,
        EDUCATIONAL_PROGRAMMES,
        GRANTS_AND_DISCOUNTS,
        VIRTUAL_ADMISSION,
    ),
)
