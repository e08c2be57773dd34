"""The University section (S1) and its twelve subsections in the S1 order.

A package rather than one module: the twelve subsections would not fit in ~400 lines.
"""

from demo.content.university.accountability import (
    OPEN_DATA,
    PLANS_AND_REPORTS,
    PUBLIC_COUNCILS,
)
from demo.content.university.disclosure import (
    FINANCIAL_REPORTING,
    INFORMATION_DISCLOSURE,
    LICENCE,
)
from demo.content.university.documents import DOCUMENT_LIBRARY
from demo.content.university.governance import ACADEMIC_COUNCIL, ADMINISTRATION, EXPERTS
from demo.content.university.quality import (
    ACCREDITATION,
    QUALITY_OBJECTIVES,
    STRATEGIC_PLAN,
)
from demo.spec import BulletList, Link, Links, PageSpec, Paragraphs, T

__all__ = ["UNIVERSITY"]

UNIVERSITY = PageSpec(
    model="sections.SectionPage",
    slug=T(kk="universitet", ru="universitet", en="university"),
    title=T(kk="Университет", ru="Университет", en="University"),
    intro=T(
        kk="Бұл бөлімде университеттің басқару құрылымы, стратегиясы, сапа саясаты, лицензиясы мен аккредиттеуі, сондай-ақ заң бойынша міндетті түрде ашылатын ақпарат жинақталған.",
        ru="В этом разделе собраны сведения о структуре управления университетом, его стратегии, политике в области качества, лицензии и аккредитации, а также информация, подлежащая обязательному раскрытию по закону.",
        en="This section brings together the university's governance, strategy, quality policy, licence and accreditation, and the information it is required by law to disclose.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="«Қ. Құлажанов атындағы Қазақ технология және бизнес университеті» акционерлік қоғамы Қазақстан Республикасының «Білім туралы» Заңына, университет жарғысына және сапа менеджменті жүйесінің талаптарына сәйкес қызмет етеді.",
                    ru="Акционерное общество «Казахский университет технологии и бизнеса имени К. Кулажанова» действует в соответствии с Законом Республики Казахстан «Об образовании», уставом университета и требованиями системы менеджмента качества.",
                    en="K. Kulazhanov Kazakh University of Technology and Business, a joint-stock company, operates under the Law of the Republic of Kazakhstan on Education, its charter and the requirements of its quality management system.",
                ),
                T(
                    kk="Сайттың тұжырымдамасы мен құрылымын университет басшылығы бекітеді, ал әр бөлімше өз беттеріндегі ақпараттың өзектілігіне жауапты қызметкерді тағайындайды.",
                    ru="Концепцию и структуру сайта утверждает руководство университета, а каждое подразделение назначает сотрудника, ответственного за актуальность информации на своих страницах.",
                    en="The university's leadership approves the concept and structure of the site, and every unit appoints a member of staff responsible for keeping its pages up to date.",
                ),
            )
        ),
        BulletList(
            intro=T(
                kk="Университет ашықтығының негізгі тетіктері:",
                ru="Основные механизмы открытости университета:",
                en="How the university stays open to the public:",
            ),
            items=(
                T(
                    kk="ресми сайтта ақпаратты жариялау",
                    ru="публикация информации на официальном сайте",
                    en="publishing information on the official website",
                ),
                T(
                    kk="деректерді машиналық оқуға жарамды форматта ашық жариялау",
                    ru="открытая публикация данных в машиночитаемом формате",
                    en="publishing open data in machine-readable formats",
                ),
                T(
                    kk="азаматтар мен ұйымдардың өтініштерін қарау және оларға жауап беру",
                    ru="рассмотрение обращений граждан и организаций и ответы на них",
                    en="handling and answering requests from citizens and organizations",
                ),
                T(
                    kk="қоғамдық кеңестердің қызметі туралы хабардар ету",
                    ru="информирование о деятельности общественных советов",
                    en="reporting on the work of the public councils",
                ),
                T(
                    kk="жұмыс жоспары мен мақсаттар декларациясын жариялау және қызмет нәтижелері туралы жария есеп беру",
                    ru="публикация плана работы и декларации целей, публичный отчёт о результатах деятельности",
                    en="publishing the work plan and declaration of goals, and a public report on results",
                ),
                T(
                    kk="құжаттар мен есептерді қоғамдық талқылауға шығару",
                    ru="вынесение документов и отчётов на общественное обсуждение",
                    en="opening documents and reports for public discussion",
                ),
            ),
        ),
        Links(
            title=T(
                kk="Нормативтік құқықтық актілер", ru="Нормативные правовые акты", en="Legislation"
            ),
            links=(
                Link(
                    label=T(
                        kk="Қазақстан Республикасының «Білім туралы» Заңы",
                        ru="Закон Республики Казахстан «Об образовании»",
                        en="Law of the Republic of Kazakhstan on Education",
                    ),
                    url="https://adilet.zan.kz/kaz/docs/Z070000319_",
                ),
            ),
        ),
    ),
    children=(
        ADMINISTRATION,
        ACADEMIC_COUNCIL,
        ACCREDITATION,
        STRATEGIC_PLAN,
        QUALITY_OBJECTIVES,
        FINANCIAL_REPORTING,
        LICENCE,
        INFORMATION_DISCLOSURE,
        PUBLIC_COUNCILS,
        PLANS_AND_REPORTS,
        DOCUMENT_LIBRARY,
        OPEN_DATA,
        EXPERTS,
    ),
)
