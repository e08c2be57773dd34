"""Admin forms of the documents app: the upload check wired into Wagtail's document form
and the register's admin form."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.documents.forms import BaseDocumentForm

from .uploads import validate_document_upload


class SafeDocumentForm(BaseDocumentForm):
    """``WAGTAILDOCS_DOCUMENT_FORM_BASE``: every document upload, single or multiple,
    is checked by content and size."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            validate_document_upload(uploaded)
        return uploaded


class RegisteredDocumentForm(WagtailAdminModelForm):
    """Nothing in the register is ever lost (W §13): an existing version can neither be
    deleted nor have a file replaced; a changed document is registered as a new version,
    which supersedes the previous one."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("versions")
        if formset is None:
            return cleaned_data
        previous_date = None
        for form in formset.forms:
            instance = form.instance
            if instance.pk is None:
                continue
            if formset.can_delete and form.cleaned_data.get("DELETE"):
                raise ValidationError(
                    _(
                        "Version %(number)s cannot be deleted: registered versions stay in "
                        "the archive. Register a new version instead."
                    ),
                    code="version_delete",
                    params={"number": instance.number},
                )
            for language in ("kk", "ru", "en"):
                name = f"file_{language}"
                original = getattr(type(instance).objects.get(pk=instance.pk), f"{name}_id")
                if (
                    original
                    and form.cleaned_data.get(name)
                    and form.cleaned_data[name].pk != original
                ):
                    raise ValidationError(
                        _(
                            "The file of version %(number)s cannot be replaced. Add a new "
                            "version: the current one then moves to the archive."
                        ),
                        code="version_file_replaced",
                        params={"number": instance.number},
                    )
            previous_date = max(filter(None, [previous_date, instance.effective_date]))
        for form in formset.forms:
            if (
                form.instance.pk is None
                and form.cleaned_data
                and not form.cleaned_data.get("DELETE")
            ):
                date = form.cleaned_data.get("effective_date")
                if previous_date and date and date < previous_date:
                    form.add_error(
                        "effective_date",
                        _("A new version cannot take effect before the version it replaces."),
                    )
        return cleaned_data
