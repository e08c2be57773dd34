"""Admin choosers that offer only the people a field may take: a press release's speaker
is chosen among public persons in office (P §8.3–8.4). The models validate the same rule,
so a forged form post gets the same answer as the chooser."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.viewsets.chooser import ChooserViewSet

from portal.languages import SOURCE_LANGUAGE

from .directory import Person


class PublicPersonChooserViewSet(ChooserViewSet):
    model = Person
    icon = "user"
    choose_one_text = _("Choose a public person")
    choose_another_text = _("Choose another public person")
    edit_item_text = _("Edit this person")
    per_page = 30

    def get_object_list(self):
        return Person.objects.public_persons().filter(locale__language_code=SOURCE_LANGUAGE)


public_person_chooser_viewset = PublicPersonChooserViewSet(
    "public_person_chooser", url_prefix="people/public-person-chooser"
)
PublicPersonChooserWidget = public_person_chooser_viewset.widget_class
