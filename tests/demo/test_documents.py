"""Demo documents are real PDFs whose Kazakh, Russian and English text any viewer shows,
and the Licence page carries the licence copy from the register (D2).

Text is read back with poppler's ``pdftotext`` and fonts listed with ``pdffonts``
(Debian ``poppler-utils``, installed by ``.ci/run``): what a PDF viewer would show, not
what we meant to write.
"""

import re
import subprocess

from wagtail.models import Page

import pytest
from fontTools.ttLib import TTFont

from demo.content.register import REGISTER
from demo.pdf import REGULAR, make_pdf
from documents.register import Category, RegisteredDocument

pytestmark = pytest.mark.django_db

KAZAKH_LETTERS = "әғқңөұүһі ӘҒҚҢӨҰҮҺІ"


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "document.pdf"
    path.write_bytes(data)
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return " ".join(result.stdout.decode().split())


def pdf_fonts(data: bytes, tmp_path) -> list[str]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    result = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True)
    return result.stdout.splitlines()[2:]


def test_the_embedded_font_has_every_kazakh_letter():
    cmap = TTFont(REGULAR).getBestCmap()
    missing = [letter for letter in KAZAKH_LETTERS.replace(" ", "") if ord(letter) not in cmap]
    assert missing == []


def test_kazakh_text_comes_back_out_of_a_generated_pdf(tmp_path):
    data = make_pdf("Құжат", f"Әріптер: {KAZAKH_LETTERS}", "Русский текст", "English text")
    assert data.startswith(b"%PDF-")
    text = pdf_text(data, tmp_path)
    assert KAZAKH_LETTERS in text
    assert "Русский текст" in text
    assert "English text" in text


def test_every_font_in_a_demo_pdf_is_embedded(tmp_path):
    fonts = pdf_fonts(make_pdf("Лицензия", "Мәтін"), tmp_path)
    assert fonts, "the PDF uses no font at all"
    for line in fonts:
        # columns: name type encoding emb sub uni object ID
        assert re.search(r"\byes\s+yes\s+yes\b", line), line


def test_each_register_file_shows_its_title_in_its_own_language(tmp_path):
    for spec in REGISTER:
        entry = RegisteredDocument.objects.get(code=spec.code)
        for version in entry.versions.all():
            for language, document in version.files().items():
                with document.file.open("rb") as handle:
                    text = pdf_text(handle.read(), tmp_path)
                assert " ".join(spec.title[language].split()) in text, (spec.code, language)


def test_the_licence_page_offers_the_register_copy_in_each_language(client, tmp_path):
    licence = RegisteredDocument.objects.get(category=Category.LICENCE)
    version = licence.current_version
    pages = {"kk": "/universitet/licenziya/", "ru": "/ru/universitet/licenziya/"}
    pages["en"] = "/en/university/licence/"
    for language, url in pages.items():
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert licence.code in html, url
        assert licence.title_for(language) in html, url
        for file_language in version.languages:
            assert version.download_url(file_language) in html, (url, file_language)

    response = client.get(version.download_url("kk"), follow=True)
    assert response.status_code == 200
    data = b"".join(response.streaming_content) if response.streaming else response.content
    assert " ".join(licence.title_kk.split()) in pdf_text(data, tmp_path)


def test_the_licence_page_is_a_register_extract_of_the_licence_category():
    for page in Page.objects.filter(slug__in=["licenziya", "licence"]).specific():
        assert getattr(page, "category", None) == Category.LICENCE, page.url_path


def test_the_staff_only_demo_documents_stay_restricted():
    restricted = {spec.code for spec in REGISTER if spec.restricted}
    assert restricted, "the demo has no staff-only document to show DOC2 with"
    registered = RegisteredDocument.objects.filter(restricted=True).values_list("code", flat=True)
    assert set(registered) == restricted


def test_each_restricted_demo_entry_names_the_groups_the_regulations_give_it():
    """DOC4: the brand guideline for marketing and leadership (P §6.4), the site
    regulation for administrators (W §15)."""
    groups = {
        entry.code: RegisteredDocument.objects.get(code=entry.code).group_names()
        for entry in REGISTER
        if entry.restricted
    }
    assert groups["ҚазТБУ–МжКҚБ–НҚ–7.4–2025–07"] == [
        "Marketing head",
        "Rector",
        "Section editors: News",
    ]
    assert groups["ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12"] == ["Administrators"]
    assert all(groups.values()), groups
