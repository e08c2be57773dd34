"""Placeholders such as "this information is being prepared" are flagged to editors by
the content checks and block approval instead of being published (issue 17, W3)."""

from wagtail.models import Page

import pytest

from governance.checks import page_problems
from tests.governance.conftest import section
from tests.governance.flows import approve, create_subsection, current_task_name

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "text",
    [
        "Бұл ақпарат дайындалуда және осында жарияланады.",
        "Бөлім толықтырылуда.",
        "Информация готовится и будет опубликована здесь.",
        "Раздел находится в разработке.",
        "This information is being prepared.",
        "Coming soon!",
        "Lorem ipsum dolor sit amet.",
    ],
)
def test_placeholder_text_is_a_blocking_problem(login, text):
    page = create_subsection(login("editor-university"), section("universitet"), text=text)
    problems = [p for p in page_problems(Page.objects.get(pk=page.pk)) if p.code == "placeholder"]
    assert problems and all(problem.blocking for problem in problems)


@pytest.mark.parametrize(
    "text",
    [
        "Университет халықаралық аккредитацияға дайындалуда.",
        "Университет готовится к аккредитации.",
        "The university is preparing for accreditation.",
    ],
)
def test_ordinary_sentences_are_not_taken_for_placeholders(login, text):
    page = create_subsection(login("editor-university"), section("universitet"), text=text)
    assert not [p for p in page_problems(Page.objects.get(pk=page.pk)) if p.code == "placeholder"]


def test_a_page_with_a_placeholder_is_not_approved_and_the_editor_sees_why(login):
    editor = login("editor-university")
    page = create_subsection(editor, section("universitet"), text="Ақпарат дайындалуда.")
    blocked = approve(login("approver"), page)
    assert blocked.status_code == 302 and "blocked=1" in blocked["Location"]
    assert current_task_name(page) == "Section approver"
    page.refresh_from_db()
    assert not page.live
    shown = editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    # The editor works in Kazakh: "holds placeholder text".
    assert "толтырғыш мәтін бар" in shown and "Ақпарат дайындалуда" in shown
