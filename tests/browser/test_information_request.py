"""A visitor finds the information-request form from Contacts, sends a request in
Russian and sees its reference number and due date (E1)."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def serious_violations(page) -> list[str]:
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    return [
        f"{violation['id']}: {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def test_a_visitor_sends_a_request_in_russian_and_sees_its_number_and_due_date(
    browser_page, server_url
):
    page = browser_page
    page.goto(f"{server_url}/ru/kontakty/")
    page.locator("main").get_by_role("link", name="Отправить информационный запрос").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Информационный запрос").is_visible()
    assert not serious_violations(page)

    page.get_by_label("Гражданин").check()
    page.get_by_label("Ваши фамилия, имя и отчество").fill("Ольга Петровна Смирнова")
    page.get_by_label("Электронная почта для ответа").fill("olga.smirnova@example.org")
    page.get_by_label("Тема").fill("Расписание приёмной комиссии")
    page.get_by_label("Ваш запрос").fill(
        "Сообщите, пожалуйста, часы работы приёмной комиссии летом."
    )
    assert not page.locator("#id_website").is_visible(), "the honeypot is hidden from people"
    assert page.get_by_role("link", name="Как мы обрабатываем персональные данные").is_visible()
    page.get_by_label("Я даю согласие на обработку моих персональных данных").check()
    page.get_by_role("button", name="Отправить запрос").click()
    page.wait_for_load_state()

    assert page.get_by_role("heading", name="Запрос принят").is_visible()
    reference = page.locator("#reference-number").inner_text()
    assert re.fullmatch(r"IR-\d{4}-\d{5}", reference)
    assert re.fullmatch(r"\d{2}\.\d{2}\.\d{4} 23:59", page.locator("#due-date").inner_text())
    assert "Срок ответа" in page.locator("main").inner_text()


def test_a_request_without_consent_is_explained_in_russian(no_js_page, server_url):
    page = no_js_page
    page.goto(f"{server_url}/ru/information-requests/")
    page.get_by_label("Организация", exact=True).check()
    page.get_by_label("Ваши фамилия, имя и отчество").fill("Ольга Смирнова")
    page.get_by_label("Электронная почта для ответа").fill("olga@example.org")
    page.get_by_label("Тема").fill("Тема")
    page.get_by_label("Ваш запрос").fill("Текст")
    page.get_by_role("button", name="Отправить запрос").click()
    page.wait_for_load_state()
    errors = page.get_by_role("alert").all_inner_texts()
    assert any("Без согласия на обработку данных" in error for error in errors)
