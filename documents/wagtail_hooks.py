"""Admin wiring: the register and programmes as snippets, the completeness report,
and the guard on Wagtail's own document serve view (DOC2)."""

from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import RegisteredDocumentForm
from .programmes import Programme
from .register import RegisteredDocument
from .views import completeness


class RegisteredDocumentViewSet(SnippetViewSet):
    """Managed by whoever holds the ``documents`` model permissions: the quality
    office and administrators (W §13)."""

    model = RegisteredDocument
    icon = "doc-full"
    menu_label = _("Document register")
    menu_order = 250
    add_to_admin_menu = True
    edit_handler = ObjectList(RegisteredDocument.panels, base_form_class=RegisteredDocumentForm)
    list_display = ["code", "title_kk", "category", "restricted", "withdrawn", "updated_at"]
    list_filter = ["category", "restricted", "groups", "withdrawn"]
    search_fields = ["code", "title_kk", "title_ru", "title_en"]


class ProgrammeViewSet(SnippetViewSet):
    model = Programme
    icon = "list-ul"
    menu_label = _("Educational programmes")
    list_display = ["code", "name", "level", "accredited_until"]


register_snippet(RegisteredDocumentViewSet)
register_snippet(ProgrammeViewSet)


@hooks.register("before_serve_document", order=-100)
def hide_restricted_register_files(document, request):
    """``/documents/<id>/<filename>`` of a restricted register file is a 404 for anyone
    outside the entry's groups (DOC4), signed in or not: not a login redirect that would
    confirm it exists, and before Wagtail's conditional-request handling, so a matching
    ``If-None-Match`` never gets a 304 (UP-5)."""
    if RegisteredDocument.objects.hides_file(document.pk, request.user):
        raise Http404


@hooks.register("register_admin_urls")
def register_completeness_url():
    return [path("disclosure-completeness/", completeness, name="disclosure_completeness")]


class CompletenessMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return user.is_superuser or user.has_perm("documents.change_registereddocument")


@hooks.register("register_reports_menu_item")
def register_completeness_menu_item():
    return CompletenessMenuItem(
        _("Disclosure completeness"),
        reverse("disclosure_completeness"),
        icon_name="tasks",
        order=700,
    )
