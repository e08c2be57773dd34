"""University pages built on the document register (DOC1, DOC3): the document library,
the work plan and declaration of goals, and public reports. Their documents come from
the register filled by ``demo.documents``.
"""

from demo.spec import PageSpec, Paragraphs, T

DOCUMENT_LIBRARY = PageSpec(
    model="documents.DocumentLibraryPage",
    slug=T(kk="kuzhattar", ru="dokumenty", en="documents"),
    title=T(kk="Құжаттар", ru="Документы", en="Documents"),
    intro=T(
        kk="Университеттің ережелері, жоспарлары, есептері, лицензиясы, жарғысы мен куәліктері – сәйкестендіру коды, нұсқасы және күшіне енген күні көрсетілген, әр тілде жүктеп алуға болады.",
        ru="Положения, планы, отчёты, лицензия, устав и свидетельства университета – с идентификационным кодом, версией и датой вступления в силу, для скачивания на каждом языке.",
        en="The university's regulations, plans, reports, licence, charter and certificates, with identification code, version and effective date, to download in each language.",
    ),
    body=(
        Paragraphs(
            (
                T(
                    kk="Құжаттарды сапа менеджменті бөлімі тіркейді. Жаңа нұсқа шыққанда алдыңғысы мұрағатқа ауысады және құжат бетінде жүктеп алуға қолжетімді болып қалады.",
                    ru="Документы регистрирует отдел менеджмента качества. Когда выходит новая версия, предыдущая переходит в архив и остаётся доступной для скачивания на странице документа.",
                    en="Documents are registered by the quality management office. When a new version comes out, the previous one moves to the archive and stays downloadable from the document's page.",
                ),
            )
        ),
    ),
    fields={"category": ""},
)

WORK_PLAN = PageSpec(
    model="documents.DocumentLibraryPage",
    slug=T(kk="zhumys-zhospary", ru="plan-raboty", en="work-plan"),
    title=T(
        kk="Жұмыс жоспары және мақсаттар декларациясы",
        ru="План работы и декларация целей",
        en="Work plan and declaration of goals",
    ),
    intro=T(
        kk="Университеттің жылдық жұмыс жоспары және мақсаттар декларациясы.",
        ru="Годовой план работы университета и декларация целей.",
        en="The university's annual work plan and declaration of goals.",
    ),
    fields={"category": "plan"},
)

PUBLIC_REPORTS = PageSpec(
    model="documents.DocumentLibraryPage",
    slug=T(kk="zharia-esepter", ru="publichnye-otchety", en="public-reports"),
    title=T(
        kk="Қызмет нәтижелері туралы жария есептер",
        ru="Публичные отчёты о результатах деятельности",
        en="Public reports on results",
    ),
    intro=T(
        kk="Ректордың университет қызметінің нәтижелері туралы жыл сайынғы жария есептері.",
        ru="Ежегодные публичные отчёты ректора о результатах деятельности университета.",
        en="The rector's annual public reports on the university's results.",
    ),
    fields={"category": "report"},
)
