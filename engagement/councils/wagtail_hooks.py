from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Council


class CouncilViewSet(SnippetViewSet):
    model = Council
    icon = "group"
    menu_label = _("Public councils")
    add_to_admin_menu = True
    menu_order = 270
    list_display = ["name", "regulations"]
    list_filter = ["locale"]
    search_fields = ["name"]


register_snippet(CouncilViewSet)
