"""How much of the Wagtail admin an editor or translator sees in Kazakh.

Wagtail and wagtail-localize ship no Kazakh catalogue, so the portal ships its own
for the strings on the daily path (``governance/admin_locale/kk``). This module
renders those screens as the demo roles, records every message the server
translates while doing so, and counts how many come out in Kazakh. It runs inside a
transaction that is rolled back: nothing it creates survives.

Used by ``manage.py admin_kk_coverage`` and by the tests.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real

from wagtail.models import Page

ADMIN_LANGUAGE = "kk"
SOURCE_SLUG = "universitet"


@dataclass(frozen=True, order=True)
class Message:
    context: str
    msgid: str
    plural: str = ""


@dataclass
class Coverage:
    screens: dict[str, set[Message]] = field(default_factory=dict)

    @property
    def messages(self) -> set[Message]:
        return set().union(*self.screens.values()) if self.screens else set()

    @staticmethod
    def is_translated(message: Message) -> bool:
        with translation.override(ADMIN_LANGUAGE):
            if message.plural:
                if message.context:
                    shown = translation.npgettext(message.context, message.msgid, message.plural, 1)
                else:
                    shown = translation.ngettext(message.msgid, message.plural, 1)
            elif message.context:
                shown = translation.pgettext(message.context, message.msgid)
            else:
                shown = translation.gettext(message.msgid)
        return shown != message.msgid or not any(c.isalpha() for c in message.msgid)

    def untranslated(self) -> list[Message]:
        return sorted(m for m in self.messages if not self.is_translated(m))

    def share(self, messages=None) -> float:
        messages = self.messages if messages is None else set(messages)
        if not messages:
            return 1.0
        return sum(self.is_translated(m) for m in messages) / len(messages)


@contextmanager
def _recording(into: set[Message]):
    """Record every message translated through Django's translation functions."""
    real = {
        name: getattr(trans_real, name) for name in ("gettext", "pgettext", "ngettext", "npgettext")
    }

    def gettext(message):
        into.add(Message("", str(message)))
        return real["gettext"](message)

    def pgettext(context, message):
        into.add(Message(str(context), str(message)))
        return real["pgettext"](context, message)

    def ngettext(singular, plural, number):
        into.add(Message("", str(singular), str(plural)))
        return real["ngettext"](singular, plural, number)

    def npgettext(context, singular, plural, number):
        into.add(Message(str(context), str(singular), str(plural)))
        return real["npgettext"](context, singular, plural, number)

    trans = translation._trans
    replaced = {
        "gettext": gettext,
        "pgettext": pgettext,
        "ngettext": ngettext,
        "npgettext": npgettext,
    }
    previous = {name: trans.__dict__.get(name) for name in replaced}
    for name, function in replaced.items():
        setattr(trans, name, function)
    try:
        yield
    finally:
        for name, function in previous.items():
            if function is None:
                delattr(trans, name)
            else:
                setattr(trans, name, function)


def _client(username: str | None) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE=ADMIN_LANGUAGE)
    if username:
        client.force_login(get_user_model().objects.get(username=username))
    return client


# Files written while measuring (a FieldFile each), removed when the measure ends.
_UPLOADED: list = []


class _Rollback(Exception):
    pass


def measure() -> Coverage:
    """Render the daily-path admin screens as the demo roles and record their strings."""
    coverage = Coverage()
    try:
        with transaction.atomic():
            _render_screens(coverage)
            raise _Rollback
    except _Rollback:
        pass
    finally:
        # The rollback takes the rows; the uploaded files go with them.
        for stored in _UPLOADED:
            stored.storage.delete(stored.name)
        _UPLOADED.clear()
    return coverage


def _screen(
    coverage: Coverage, name: str, client: Client, url: str, method="get", data=None, follow=False
):
    """Render ``url`` and record its strings under ``name``. With ``follow`` the page a
    redirect leads to is recorded too, so the message a save or an approval leaves
    (shown on the next page) is measured where the editor reads it."""
    messages: set[Message] = set()
    with _recording(messages):
        response = getattr(client, method)(url, data or {}, follow=follow)
    coverage.screens.setdefault(name, set()).update(messages)
    return response


def _render_screens(coverage: Coverage) -> None:
    from wagtail.models import Locale

    section = Page.objects.get(depth=3, slug=SOURCE_SLUG, locale__language_code="kk")
    child = section.get_children().first()
    ru_child = child.get_translation(Locale.objects.get(language_code="ru"))

    _screen(coverage, "login", _client(None), reverse("wagtailadmin_login"))
    editor = _client("editor-university")
    _screen(coverage, "dashboard", editor, reverse("wagtailadmin_home"))
    _screen(coverage, "account", editor, reverse("wagtailadmin_account"))
    _screen(coverage, "explorer root", editor, reverse("wagtailadmin_explore_root"))
    _screen(coverage, "explorer", editor, reverse("wagtailadmin_explore", args=[section.pk]))
    _screen(coverage, "edit", editor, reverse("wagtailadmin_pages:edit", args=[child.pk]))
    add_url = reverse("wagtailadmin_pages:add", args=["sections", "subsectionpage", section.pk])
    _screen(coverage, "create", editor, add_url)
    _page_life(coverage, editor, add_url)
    _media_screens(coverage, editor)
    translator = _client("translator-ru")
    _screen(coverage, "translation queue", translator, reverse("governance:translation_queue"))
    _screen(
        coverage,
        "translation editor",
        translator,
        reverse("wagtailadmin_pages:edit", args=[ru_child.pk]),
    )
    marketing = _client("marketing")
    _screen(coverage, "publication log", marketing, reverse("governance:publications"))
    _screen(coverage, "overdue reviews", marketing, reverse("governance:freshness"))
    # The reports each role's menu offers (a report the role may not open is skipped).
    reports = ("workflow", "workflow_tasks", "locked_pages", "site_history", "aging_pages")
    for client in (editor, marketing):
        for report in reports:
            url = reverse(f"wagtailadmin_reports:{report}")
            if client.get(url).status_code == 200:
                _screen(coverage, f"report: {report}", client, url)


def _page_life(coverage: Coverage, editor: Client, add_url: str) -> None:
    """A new page from its first draft to publication: save, history, compare,
    submit, the retry that meets the taken slug, approval, final approval."""
    title = "Өлшеу беті"
    draft = {"title": title, "slug": "olsheu-beti", "body-count": "0"}
    _screen(coverage, "save draft", editor, add_url, "post", draft, follow=True)
    new_page = Page.objects.filter(slug="olsheu-beti").first()
    if new_page is None:
        return
    edit_url = reverse("wagtailadmin_pages:edit", args=[new_page.pk])
    _screen(
        coverage, "save draft", editor, edit_url, "post", {**draft, "title": title + " 2"}, True
    )
    _screen(coverage, "retry with a taken slug", editor, add_url, "post", draft, follow=True)
    _screen(coverage, "history", editor, reverse("wagtailadmin_pages:history", args=[new_page.pk]))
    _screen(
        coverage,
        "compare revisions",
        editor,
        reverse("wagtailadmin_pages:revisions_compare", args=[new_page.pk, "earliest", "latest"]),
    )
    _screen(
        coverage,
        "submit",
        editor,
        edit_url,
        "post",
        {**draft, "action-submit": "1"},
        follow=True,
    )
    _screen(coverage, "dashboard", editor, reverse("wagtailadmin_home"))
    # Locked for the editor while it waits: "This page is awaiting … in the … workflow."
    _screen(coverage, "edit while it waits", editor, edit_url)
    _screen(
        coverage,
        "explorer",
        editor,
        reverse("wagtailadmin_explore", args=[new_page.get_parent().pk]),
    )
    approver = _client("approver")
    _screen(coverage, "approver dashboard", approver, reverse("wagtailadmin_home"))
    _screen(coverage, "waiting for me", approver, reverse("governance:waiting"))
    _screen(coverage, "moderation", approver, edit_url)
    task_state = Page.objects.get(pk=new_page.pk).current_workflow_task_state
    if task_state is None:
        return
    _screen(
        coverage,
        "workflow action",
        approver,
        reverse("wagtailadmin_pages:workflow_action", args=[new_page.pk, "reject", task_state.pk]),
    )
    _screen(
        coverage,
        "content checks",
        approver,
        reverse("governance:page_checks", args=[new_page.pk]),
    )
    _approve(coverage, "approve", approver, new_page, task_state)
    task_state = Page.objects.get(pk=new_page.pk).current_workflow_task_state
    if task_state is not None:
        marketing = _client("marketing")
        _screen(coverage, "moderation", marketing, edit_url)
        _approve(coverage, "approve and publish", marketing, new_page, task_state)
    _screen(coverage, "history", editor, reverse("wagtailadmin_pages:history", args=[new_page.pk]))
    _screen(coverage, "edit", editor, edit_url)


def _approve(coverage, name, client, page, task_state):
    _screen(
        coverage,
        name,
        client,
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        "post",
        {"comment": ""},
        follow=True,
    )


def _media_screens(coverage: Coverage, editor: Client) -> None:
    """Images and documents as an editor uploads and describes them."""
    from django.core.files.base import ContentFile
    from django.core.files.images import ImageFile

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    user = get_user_model().objects.get(username="editor-university")
    image_model = get_image_model()
    _screen(coverage, "images", editor, reverse("wagtailimages:index"))
    _screen(coverage, "image upload", editor, reverse("wagtailimages:add_multiple"))
    image = image_model(
        title="Өлшеу суреті", uploaded_by_user=user, file=ImageFile(_png(), name="olsheu.png")
    )
    image.save()
    _UPLOADED.append(image.file)
    _screen(coverage, "image edit", editor, reverse("wagtailimages:edit", args=[image.pk]))
    _UPLOADED.extend(rendition.file for rendition in image.renditions.all())
    document_model = get_document_model()
    _screen(coverage, "documents", editor, reverse("wagtaildocs:index"))
    _screen(coverage, "document upload", editor, reverse("wagtaildocs:add_multiple"))
    document = document_model(title="Өлшеу құжаты", uploaded_by_user=user)
    document.file.save("olsheu.txt", ContentFile(b"olsheu"), save=False)
    document.save()
    _UPLOADED.append(document.file)
    _screen(coverage, "document edit", editor, reverse("wagtaildocs:edit", args=[document.pk]))
    quality = _client("quality")
    _screen(coverage, "documents (quality office)", quality, reverse("wagtaildocs:index"))


def _png():
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (64, 48), (0, 84, 147)).save(buffer, "PNG")
    buffer.seek(0)
    return buffer
