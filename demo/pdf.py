"""Real PDFs for the demo register: Kazakh, Russian and English text that any viewer shows.

The font is PT Sans (ParaType, made for the languages of the region, Kazakh letters
ә ғ қ ң ө ұ ү һ і included), shipped by the pinned ``fontpkg-pt-sans`` package and
embedded (subset) in every file, so no system font is assumed anywhere.
"""

from __future__ import annotations

from fontpkg_pt_sans import ROOT as PT_SANS
from fpdf import FPDF

FAMILY = "PT Sans"
REGULAR = PT_SANS / "files" / "PT_Sans-Web-Regular.ttf"
BOLD = PT_SANS / "files" / "PT_Sans-Web-Bold.ttf"


def make_pdf(title: str, *paragraphs: str, heading: str = "", footer: str = "") -> bytes:
    """An A4 document: an optional small ``heading`` line, the ``title`` in bold, then the
    paragraphs; ``footer`` at the foot of the page. Text is Unicode, in any of the three
    languages."""
    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_creator("load_demo")
    pdf.add_font(FAMILY, "", str(REGULAR))
    pdf.add_font(FAMILY, "B", str(BOLD))
    pdf.set_margins(25, 25, 20)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()
    width = pdf.epw
    if heading:
        pdf.set_font(FAMILY, "", 11)
        pdf.multi_cell(width, 6, heading, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
    pdf.set_font(FAMILY, "B", 17)
    pdf.multi_cell(width, 8, title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font(FAMILY, "", 12)
    for paragraph in paragraphs:
        pdf.multi_cell(width, 6.5, paragraph, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    if footer:
        pdf.set_y(-35)
        pdf.set_font(FAMILY, "", 9)
        pdf.multi_cell(width, 5, footer, align="L", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
