from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .units import Unit


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    menu_label = _("Units")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["name", "abbreviation", "kind", "site_editor"]
    list_filter = ["kind", "locale"]
    search_fields = ["name", "abbreviation"]


register_snippet(UnitViewSet)
