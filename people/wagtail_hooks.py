from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .choosers import public_person_chooser_viewset
from .directory import Person
from .units import Unit


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    menu_label = _("Units")
    list_display = ["name", "abbreviation", "kind", "site_editor"]
    list_filter = ["kind", "locale"]
    search_fields = ["name", "abbreviation"]


class PersonViewSet(SnippetViewSet):
    """The directory, kept by HR and the press service: who works where, who may speak
    officially, who is in the rector-approved experts pool."""

    model = Person
    icon = "user"
    menu_label = _("Directory of people")
    list_display = ["name", "position", "unit", "public_position", "expert_approved_on"]
    list_filter = ["category", "public_position", "in_office", "locale"]
    search_fields = ["name", "position"]


class PeopleViewSetGroup(SnippetViewSetGroup):
    items = (PersonViewSet, UnitViewSet)
    menu_icon = "group"
    menu_label = _("People and units")
    menu_order = 260


register_snippet(PeopleViewSetGroup)


@hooks.register("register_admin_viewset")
def register_public_person_chooser():
    return public_person_chooser_viewset
