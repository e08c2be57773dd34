"""Admin round trips shared by the governance tests: what an editor or approver
does in the browser, done through the same URLs with the Django test client."""

from django.urls import reverse

from wagtail.models import Page, Task
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


def subsection_data(
    title="Жаңа бөлімше", slug="zhana-bolimshe", text="Бөлімшенің мәтіні.", **extra
):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": "Кіріспе.",
            "body": streamfield(
                [
                    ("heading", {"text": "Бөлімше туралы", "level": "h2"}),
                    ("paragraph", rich_text(f"<p>{text}</p>")),
                ]
            ),
            **extra,
        }
    )


def create_subsection(client, parent, *, submit=True, **data):
    """Create a subsection under ``parent`` as the client's user; submit it for approval."""
    action = {"action-submit": "action-submit"} if submit else {}
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["sections", "subsectionpage", parent.pk]),
        subsection_data(**data, **action),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Page.objects.get(slug=data.get("slug", "zhana-bolimshe"), locale=parent.locale).specific


def current_task_name(page) -> str | None:
    page.refresh_from_db()
    task = page.current_workflow_task
    return task.name if task else None


def workflow_action(client, page, action, **data):
    """POST a workflow action the way the approver's action menu does."""
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]),
        data,
    )


def approve(client, page, **data):
    return workflow_action(client, page, "approve", **data)


def reject(client, page, comment):
    return workflow_action(client, page, "reject", comment=comment)


def task_named(name) -> Task:
    return Task.objects.get(name=name).specific


def in_language(language: str, message: str, **params) -> str:
    """``message`` as the admin shows it to a user whose admin language is ``language``."""
    from django.utils import translation

    with translation.override(language):
        text = translation.gettext(message)
    return text % params if params else text


def in_kazakh(message: str, **params) -> str:
    """Most demo users work in Kazakh; translator-ru and translator-en in their language."""
    return in_language("kk", message, **params)
