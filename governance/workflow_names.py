"""Workflow, task and collection names in the admin language of whoever reads them.

Wagtail stores a workflow's and a task's name as plain data and shows it in dozens of
places ("Submit to …", the status panel, the dashboard, notifications, reports), each
reading ``.name`` directly; it has no hook for translating them. The portal's names
are stored as English msgids (``governance.roles``) with kk and ru translations in
the portal's catalogue, and ``install()`` makes ``.name`` on ``Workflow`` and ``Task``
a :class:`TranslatedName`: the stored text, unchanged wherever it is compared,
filtered or written (to the database, to JSON log data), but shown translated
wherever it is turned into text (``str()``, ``%`` formatting, templates).

Collections get the same treatment: the apps that create one (the document register,
submitted material) name it with a msgid marked by ``gettext_noop``.

Only text conversion translates: ``str`` methods (``.upper()``, ``.strip()``, slicing)
work on the stored msgid, as comparisons do. A name typed by an administrator that has
no translation is shown as typed. A name
saved back from a form in translation (the edit form shows the translated text) is
stored as its msgid again (``keep_names_as_msgids``), so it stays translatable.
"""

from __future__ import annotations

import copy

from django.conf import settings
from django.db.models.query_utils import DeferredAttribute
from django.utils import translation
from django.utils.html import conditional_escape
from django.utils.translation import gettext, gettext_noop

from wagtail.models import Collection, Task, Workflow

# The names setup_roles gives (governance.roles), marked for makemessages.
SECTION_WORKFLOW = gettext_noop("Section approval")
MARKETING_WORKFLOW = gettext_noop("Marketing head approval")
SECTION_APPROVAL_TASK = gettext_noop("Section approver")
MARKETING_APPROVAL_TASK = gettext_noop("Marketing head")
# Wagtail's own default workflow and task (its migrations create them).
WAGTAIL_DEFAULT_NAMES = (gettext_noop("Moderators approval"), gettext_noop("Moderators"))
PORTAL_NAMES = (
    SECTION_WORKFLOW,
    MARKETING_WORKFLOW,
    SECTION_APPROVAL_TASK,
    MARKETING_APPROVAL_TASK,
    *WAGTAIL_DEFAULT_NAMES,
)


class TranslatedName(str):
    """A stored name whose text form is its translation in the active language."""

    def __str__(self):
        stored = str.__str__(self)
        return gettext(stored) if stored else stored

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __html__(self):
        return conditional_escape(str(self))


class TranslatedNameAttribute(DeferredAttribute):
    """``.name`` on a workflow or task: a :class:`TranslatedName` of the stored value.

    A data descriptor (unlike Django's own), so it is consulted even when the value is
    in the instance's ``__dict__``."""

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        value = super().__get__(instance, cls)
        return TranslatedName(value) if type(value) is str else value

    def __set__(self, instance, value):
        instance.__dict__[self.field.attname] = value


def msgid_of(name: str) -> str:
    """The portal msgid whose translation in some language is ``name``, else ``name``."""
    name = str.__str__(name)
    if name in PORTAL_NAMES:
        return name
    for language, _label in settings.LANGUAGES:
        with translation.override(language):
            for msgid in PORTAL_NAMES:
                if gettext(msgid) == name:
                    return msgid
    return name


def keep_names_as_msgids(sender, instance, **kwargs):
    """pre_save: a name saved from the admin's form in translation goes back to its msgid."""
    if isinstance(instance, (Task, Workflow)):
        stored = instance.__dict__.get("name")
        if isinstance(stored, str):
            instance.__dict__["name"] = msgid_of(stored)


def install() -> None:
    from django.db.models.signals import pre_save

    for model in (Workflow, Task, Collection):
        field = model._meta.get_field("name")
        setattr(model, field.attname, TranslatedNameAttribute(field))
    pre_save.connect(keep_names_as_msgids, dispatch_uid="governance.workflow_names")


# Log entries keep the names as they were when logged (JSON data, the msgid); the page
# history shows them through these formatters.
WORKFLOW_LOG_ACTIONS = (
    "wagtail.workflow.start",
    "wagtail.workflow.approve",
    "wagtail.workflow.reject",
    "wagtail.workflow.resume",
    "wagtail.workflow.cancel",
)


class _TranslatedTitles:
    """Wagtail's formatter for a workflow log entry, given the names translated."""

    def __init__(self, formatter):
        self.formatter = formatter
        self.label = formatter.label

    def format_message(self, log_entry):
        shown = copy.copy(log_entry)
        shown.data = _translated(copy.deepcopy(log_entry.data))
        return self.formatter.format_message(shown)

    def format_comment(self, log_entry):
        return self.formatter.format_comment(log_entry)


def _translated(data):
    if isinstance(data, dict):
        return {
            key: gettext(value)
            if key == "title" and isinstance(value, str) and value
            else _translated(value)
            for key, value in data.items()
        }
    return data


def translate_log_titles(actions) -> None:
    """``register_log_actions`` (after Wagtail's own): wrap the workflow formatters."""
    for action in WORKFLOW_LOG_ACTIONS:
        formatter = actions.formatters.get(action)
        if formatter is not None and not isinstance(formatter, _TranslatedTitles):
            actions.formatters[action] = _TranslatedTitles(formatter)
