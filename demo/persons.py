"""Demo data the news app's content needs: the managed list of public persons."""

from dataclasses import dataclass


@dataclass(frozen=True)
class PersonRef:
    """A public person, created once by name; usable as a content-spec field value."""

    name: str
    name_latin: str
    position: str
    active: bool = True

    def resolve(self):
        from news.models import PublicPerson

        person, _created = PublicPerson.objects.get_or_create(
            name=self.name,
            defaults={
                "name_latin": self.name_latin,
                "position": self.position,
                "active": self.active,
            },
        )
        return person


PRESIDENT = PersonRef("Ерлан Маратұлы Сейітов", "Yerlan Seitov", "president")
RECTOR = PersonRef("Нұрлан Серікұлы Әбдібеков", "Nurlan Abdibekov", "rector")
VICE_RECTOR = PersonRef("Айгүл Болатқызы Жақсылықова", "Aigul Zhaksylykova", "vice_rector")
DEAN = PersonRef("Дана Ерланқызы Омарова", "Dana Omarova", "dean")
MARKETING_HEAD = PersonRef("Әсел Нұржанқызы Тұрсынова", "Assel Tursynova", "marketing_head")
# On the list, but not a position that may speak for the university (P §8.3).
PRESS_OFFICER = PersonRef("Мадина Ахметова", "Madina Akhmetova", "other")

PUBLIC_PERSONS = (PRESIDENT, RECTOR, VICE_RECTOR, DEAN, MARKETING_HEAD, PRESS_OFFICER)
