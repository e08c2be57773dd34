"""Pages the search tests build for themselves: each mentions two words of the fixed
query sets (search.quality) in forms other than the queries, plus pages about
nothing in the sets, in all three locales."""

from search.quality import CONCEPTS
from tests import factories

FRAMES = {
    "kk": "Бұл бетте {a} туралы мәлімет бар, сондай-ақ {b} жайлы айтылады.",
    "ru": "На этой странице рассказано про {a}, а также упомянуто: {b}.",
    "en": "This page tells about the {a} and also mentions {b}.",
}
UNRELATED = {
    "kk": ["Ауа райы бүгін жылы және ашық болады.", "Қала көшелерінде жөндеу жүріп жатыр."],
    "ru": ["Погода сегодня тёплая и ясная.", "На улицах города идёт ремонт."],
    "en": ["The weather today is warm and clear.", "Roads in the city are under repair."],
}


def _other_form(concept, offset: int) -> str:
    """A form of the concept that is not one of its queries, when there is one."""
    others = sorted(concept.forms - set(concept.queries)) or sorted(concept.forms)
    return others[offset % len(others)]


def build(language: str) -> list:
    """Live subsection pages in ``language`` under its first section."""
    parent = factories.sections(language)[0]
    concepts = CONCEPTS[language]
    pages = []
    for index, concept in enumerate(concepts):
        partner = concepts[(index + 3) % len(concepts)]
        text = FRAMES[language].format(
            a=_other_form(concept, index), b=_other_form(partner, index + 1)
        )
        pages.append(
            factories.SubsectionPageFactory(
                parent=parent,
                title=f"{_other_form(concept, index + 2).capitalize()} ({language} {index})",
                intro=text,
                body__0__paragraph__value=f"<p>{text}</p>",
            )
        )
    for index, text in enumerate(UNRELATED[language]):
        pages.append(
            factories.SubsectionPageFactory(
                parent=parent,
                title=text.split()[0] + f" {index}",
                intro=text,
                body__0__paragraph__value=f"<p>{text}</p>",
            )
        )
    return pages
