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
    which supersedes the previous one. A restricted entry names who may see it (DOC4):
    restricted to nobody would be a mistake, not a policy."""

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("restricted") and not cleaned_data.get("groups"):
            self.add_error(
                "groups",
                ValidationError(
                    _("Choose at least one group that may see this restricted document."),
                    code="restricted_without_groups",
                ),
            )
        return cleaned_data

    def is_valid(self):
        # The version formset is cleaned after this form's clean(), so the archive rules
        # run once both are valid.
        return super().is_valid() and self._versions_keep_the_archive()

    def _versions_keep_the_archive(self) -> bool:
        formset = self.formsets.get("versions")
        if formset is None:
            return True
        model = formset.model
        originals = {
            version.pk: version
            for version in model.objects.filter(
                pk__in=[form.instance.pk for form in formset.forms if form.instance.pk]
            )
        }
        latest_date = max((v.effective_date for v in originals.values()), default=None)
        errors = []
        for form in formset.forms:
            original = originals.get(form.instance.pk)
            data = form.cleaned_data
            if original is None:
                date = data.get("effective_date")
                if data and not data.get("DELETE") and latest_date and date and date < latest_date:
                    form.add_error(
                        "effective_date",
                        _("A new version cannot take effect before the version it replaces."),
                    )
                    errors.append(None)
                continue
            if data.get("DELETE"):
                errors.append(
                    ValidationError(
                        _(
                            "Version %(number)s cannot be deleted: registered versions stay "
                            "in the archive. Register a new version instead."
                        ),
                        code="version_delete",
                        params={"number": original.number},
                    )
                )
            for language in ("kk", "ru", "en"):
                before = getattr(original, f"file_{language}_id")
                after = data.get(f"file_{language}")
                if before and (after is None or after.pk != before):
                    errors.append(
                        ValidationError(
                            _(
                                "The file of version %(number)s cannot be replaced or removed. "
                                "Add a new version: the current one then moves to the archive."
                            ),
                            code="version_file_replaced",
                            params={"number": original.number},
                        )
                    )
                    break
        for error in errors:
            if error is not None:
                self.add_error(None, error)
        return not errors
