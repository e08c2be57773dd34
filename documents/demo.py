"""Demo register and programmes for ``bootstrap_portal`` (DOC1, D1): the codes follow
the seeds' format; the files are small generated PDFs standing in for the real scans.
"""

from __future__ import annotations

import datetime

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction

from wagtail.documents import get_document_model
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from .programmes import Programme
from .register import DocumentVersion, RegisteredDocument, register_collection, staff_collection

D = datetime.date


def make_pdf(*lines: str) -> bytes:
    """A valid one-page PDF showing ``lines`` (ASCII) in Helvetica."""
    text = " ".join(
        f"({line.encode('ascii', 'replace').decode()}) Tj T*".replace("\\", "") for line in lines
    )
    stream = f"BT /F1 14 Tf 16 TL 72 760 Td {text} ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


# code, category, restricted, (kk, ru, en) titles, versions: (effective date, languages, note)
REGISTER = [
    (
        "ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12",
        "regulation",
        True,
        (
            "Корпоративтік сайт туралы ереже",
            "Положение о корпоративном сайте",
            "Regulation on the corporate website",
        ),
        [
            (D(2024, 9, 2), "kk ru", ""),
            (D(2025, 12, 1), "kk ru en", "Бөлімдер құрылымы мен жауапкершілік жаңартылды"),
        ],
    ),
    (
        "КазТБУ–СҚЕжАБ–ҚП–7.5–2025–20–05.01",
        "regulation",
        False,
        (
            "Құжатталған ақпаратты басқару құжатталған процедурасы",
            "Документированная процедура управления документированной информацией",
            "Documented procedure: control of documented information",
        ),
        [(D(2025, 5, 20), "kk ru en", "")],
    ),
    (
        "КазТБУ–СҚЕжАБ–ҚП–6.1–2025–05",
        "regulation",
        False,
        ("Тәуекелдерді басқару", "Управление рисками", "Risk management"),
        [(D(2025, 3, 3), "kk ru", "")],
    ),
    (
        "КазУТБ–УМФК–ИКП–7.4–2022–05",
        "regulation",
        False,
        ("Ақпараттық саясат", "Информационная политика", "Information policy"),
        [(D(2022, 9, 1), "kk ru en", "")],
    ),
    (
        "ҚазТБУ–ОӘБ–ӘН–7.5–2025–03",
        "methodological",
        False,
        (
            "Білім беру бағдарламаларын әзірлеу жөніндегі әдістемелік нұсқаулық",
            "Методические указания по разработке образовательных программ",
            "Methodological guidelines for designing educational programmes",
        ),
        [(D(2025, 8, 25), "kk ru en", "")],
    ),
    (
        "ҚазТБУ–ЗБ–Ж–4.1–2023–01",
        "charter",
        False,
        ("Университет жарғысы", "Устав университета", "Charter of the university"),
        [(D(2023, 6, 15), "kk ru en", "")],
    ),
    (
        "ҚазТБУ–ЗБ–Л–4.1–2021–02",
        "licence",
        False,
        (
            "Білім беру қызметімен айналысуға арналған лицензия және қосымшалары",
            "Лицензия на занятие образовательной деятельностью с приложениями",
            "Licence for educational activity with appendices",
        ),
        [(D(2021, 4, 12), "kk ru en", "")],
    ),
    (
        "ҚазТБУ–СҚЕжАБ–АК–4.1–2024–03",
        "certificate",
        False,
        (
            "Мемлекеттік аккредиттеу туралы куәлік және қосымшалары",
            "Свидетельство о государственной аккредитации с приложениями",
            "State accreditation certificate with appendices",
        ),
        [(D(2024, 6, 28), "kk ru en", "")],
    ),
    (
        "ҚазТБУ–СДБ–ЖЖ–6.2–2025–01",
        "plan",
        False,
        (
            "2025–2026 оқу жылына арналған жұмыс жоспары",
            "План работы на 2025–2026 учебный год",
            "Work plan for the 2025–2026 academic year",
        ),
        [(D(2025, 8, 29), "kk ru en", "")],
    ),
    (
        "ҚазТБУ–СҚЕжАБ–МД–6.2–2025–02",
        "plan",
        False,
        (
            "2025 жылға арналған мақсаттар декларациясы",
            "Декларация целей на 2025 год",
            "Declaration of goals for 2025",
        ),
        [(D(2025, 1, 20), "kk ru en", "")],
    ),
    (
        "ҚазТБУ–СДБ–ЖЕ–9.3–2025–04",
        "report",
        False,
        (
            "Ректордың 2024–2025 оқу жылындағы қызмет нәтижелері туралы жария есебі",
            "Публичный отчёт ректора о результатах деятельности за 2024–2025 учебный год",
            "Rector's public report on results for the 2024–2025 academic year",
        ),
        [(D(2025, 10, 6), "kk ru en", "")],
    ),
    (
        "ҚазТБУ–ҚЕБ–ҚЕ–9.1–2025–01",
        "financial",
        False,
        (
            "2024 жылғы аудиттелген жылдық қаржылық есептілік",
            "Аудированная годовая финансовая отчётность за 2024 год",
            "Audited annual financial statements for 2024",
        ),
        [(D(2025, 5, 26), "kk ru en", "")],
    ),
    (
        "ҚазТБУ–ҚЕБ–ҚЕ–9.1–2026–01",
        "financial",
        False,
        (
            "2025 жылғы аудиттелген жылдық қаржылық есептілік",
            "Аудированная годовая финансовая отчётность за 2025 год",
            "Audited annual financial statements for 2025",
        ),
        [(D(2026, 5, 25), "kk ru en", "")],
    ),
    (
        "ҚазТБУ–МжКҚБ–НҚ–7.4–2025–07",
        "guideline",
        True,
        (
            "Фирмалық стиль бойынша гайдлайн",
            "Гайдлайн по фирменному стилю",
            "Brand guideline",
        ),
        [(D(2025, 2, 10), "kk ru", "")],
    ),
    (
        "ҚазТБУ–ҚБ–ІЕ–7.1–2024–04",
        "regulation",
        True,
        (
            "Ішкі еңбек тәртібінің ережесі",
            "Правила внутреннего трудового распорядка",
            "Internal labour regulations",
        ),
        [(D(2024, 1, 15), "kk ru", "")],
    ),
]

# code, level, form, accreditation body, valid until, {language: (name, languages, disciplines)}
PROGRAMMES = [
    (
        "6B04101",
        "bachelor",
        "full_time",
        "IAAR",
        D(2029, 5, 31),
        {
            "kk": (
                "Экономика",
                "қазақ, орыс",
                "Микроэкономика\nМакроэкономика\nЭконометрика\nҚаржы нарықтары",
            ),
            "ru": (
                "Экономика",
                "казахский, русский",
                "Микроэкономика\nМакроэкономика\nЭконометрика\nФинансовые рынки",
            ),
            "en": (
                "Economics",
                "Kazakh, Russian",
                "Microeconomics\nMacroeconomics\nEconometrics\nFinancial markets",
            ),
        },
    ),
    (
        "6B06101",
        "bachelor",
        "full_time",
        "IAAR",
        D(2028, 6, 30),
        {
            "kk": (
                "Ақпараттық жүйелер",
                "қазақ, орыс, ағылшын",
                "Бағдарламалау негіздері\nДерекқорлар\nКомпьютерлік желілер\nАқпараттық қауіпсіздік",  # noqa: E501
            ),
            "ru": (
                "Информационные системы",
                "казахский, русский, английский",
                "Основы программирования\nБазы данных\nКомпьютерные сети\nИнформационная безопасность",  # noqa: E501
            ),
            "en": (
                "Information systems",
                "Kazakh, Russian, English",
                "Programming fundamentals\nDatabases\nComputer networks\nInformation security",
            ),
        },
    ),
    (
        "6B07201",
        "bachelor",
        "part_time",
        "IQAA",
        D(2027, 12, 31),
        {
            "kk": (
                "Тамақ өнімдерінің технологиясы",
                "қазақ, орыс",
                "Тамақ химиясы\nТамақ өндірісінің процестері мен аппараттары\nСапаны басқару",
            ),
            "ru": (
                "Технология продовольственных продуктов",
                "казахский, русский",
                "Пищевая химия\nПроцессы и аппараты пищевых производств\nУправление качеством",
            ),
            "en": (
                "Food technology",
                "Kazakh, Russian",
                "Food chemistry\nFood processing operations and equipment\nQuality management",
            ),
        },
    ),
    (
        "7M04101",
        "master",
        "full_time",
        "IAAR",
        D(2029, 5, 31),
        {
            "kk": (
                "Экономика",
                "қазақ, орыс",
                "Ғылыми зерттеу әдістемесі\nҚолданбалы эконометрика\nЖоғары мектеп педагогикасы",
            ),
            "ru": (
                "Экономика",
                "казахский, русский",
                "Методология научных исследований\nПрикладная эконометрика\nПедагогика высшей школы",  # noqa: E501
            ),
            "en": (
                "Economics",
                "Kazakh, Russian",
                "Research methodology\nApplied econometrics\nHigher-education pedagogy",
            ),
        },
    ),
]

# Who may see each restricted demo entry (DOC4): group names, as governance's roles
# name them (created here if the roles are not set up yet).
RESTRICTED_TO = {
    # P §6.4: marketing staff (the marketing head, the press service) and leadership.
    "ҚазТБУ–МжКҚБ–НҚ–7.4–2025–07": ("Marketing head", "Section editors: News", "Rector"),
    # W §15: auditors and partners with the rector's permission; administrators hold it.
    "ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12": ("Administrators",),
    "ҚазТБУ–ҚБ–ІЕ–7.1–2024–04": ("Administrators", "Rector"),
}


def _document(code: str, number: int, language: str, restricted: bool):
    Document = get_document_model()
    title = f"{code} v{number} ({language})"
    collection = staff_collection() if restricted else register_collection()
    document = Document(title=title, collection=collection)
    safe = f"{code.encode('ascii', 'ignore').decode() or 'document'}-v{number}-{language}.pdf"
    document.file.save(
        safe.replace("–", "-"),
        ContentFile(
            make_pdf("KazUTB document register", title.encode("ascii", "replace").decode())
        ),
        save=False,
    )
    document.save()
    return document


@transaction.atomic
def ensure_register() -> int:
    created = 0
    for code, category, restricted, titles, versions in REGISTER:
        if RegisteredDocument.objects.filter(code=code).exists():
            continue
        entry = RegisteredDocument(
            code=code,
            category=category,
            restricted=restricted,
            title_kk=titles[0],
            title_ru=titles[1],
            title_en=titles[2],
        )
        entry.groups.set(
            [Group.objects.get_or_create(name=name)[0] for name in RESTRICTED_TO.get(code, ())]
        )
        entry.save()
        for number, (date, languages, note) in enumerate(versions, start=1):
            files = {
                f"file_{language}": _document(code, number, language, restricted)
                for language in languages.split()
            }
            DocumentVersion.objects.create(
                document=entry, number=number, effective_date=date, note=note, **files
            )
        entry.sync_file_collections()
        created += 1
    return created


def _translate(source, locale, texts: dict) -> None:
    """Translate a snippet through wagtail-localize, as a translator would, so the
    translation editor and its sync know about it (L2)."""
    translation_source, _created = TranslationSource.get_or_create_from_instance(source)
    translation, _created = Translation.objects.get_or_create(
        source=translation_source, target_locale=locale
    )
    segments = StringSegment.objects.filter(source=translation_source).select_related(
        "string", "context"
    )
    for segment in segments:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": StringValue.from_plaintext(texts[segment.context.path]).data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "tool_name": "bootstrap_portal",
            },
        )
    translation.save_target()


@transaction.atomic
def ensure_programmes() -> int:
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    if "kk" not in locales:
        return 0
    created = 0
    for code, level, form, body, until, texts in PROGRAMMES:
        source = Programme.objects.filter(code=code, locale=locales["kk"]).first()
        if source is None:
            name, languages, disciplines = texts["kk"]
            source = Programme.objects.create(
                locale=locales["kk"],
                code=code,
                name=name,
                level=level,
                study_form=form,
                instruction_languages=languages,
                accreditation_body=body,
                accredited_until=until,
                disciplines=disciplines,
            )
            created += 1
        for language, (name, languages, disciplines) in texts.items():
            if language == "kk" or language not in locales:
                continue
            if source.has_translation(locales[language]):
                continue
            _translate(
                source,
                locales[language],
                {
                    "name": name,
                    "instruction_languages": languages,
                    "accreditation_body": body,
                    "disciplines": disciplines,
                },
            )
    return created
