"""2,000 people in the directory while the bench runs (issue 15: the directory and a
person's page must stay within the query budget at that size).

The people are Kazakh-source records with a unit and a kind of position, written in one
bulk insert, and removed again afterwards so the demo database is left as it was.
"""

from contextlib import contextmanager

from django.db import transaction

from people.directory import position_key
from people.models import Category, Person, Unit
from people.translit import name_key

TARGET = 2000
SLUG_PREFIX = "bench-person-"
FIRST_NAMES = ("Нұрлан", "Әлия", "Айгүл", "Ерлан", "Дана", "Тимур", "Жанар", "Бақыт")
LAST_NAMES = ("Омаров", "Сейітов", "Жұмабаев", "Қасымов", "Оспанов", "Нұрпейісов")


@contextmanager
def people_volume(target: int = TARGET):
    """Top the directory up to ``target`` people for the duration of the block."""
    added = _add_people(target)
    try:
        yield Person.objects.count()
    finally:
        if added:
            Person.objects.filter(slug__startswith=SLUG_PREFIX).delete()


@transaction.atomic
def _add_people(target: int) -> int:
    source = Person.source_locale()
    missing = target - Person.objects.filter(locale=source).count()
    units = list(Unit.objects.filter(locale=source)) or [None]
    categories = list(Category.values)
    people = []
    for number in range(max(missing, 0)):
        name = (
            f"{FIRST_NAMES[number % len(FIRST_NAMES)]} "
            f"{LAST_NAMES[number // len(FIRST_NAMES) % len(LAST_NAMES)]} {number:04d}"
        )
        people.append(
            Person(
                locale=source,
                name=name,
                name_key=name_key(name),
                slug=f"{SLUG_PREFIX}{number:04d}",
                position="Оқытушы",
                position_key=position_key("Оқытушы"),
                category=categories[number % len(categories)],
                unit=units[number % len(units)],
                email=f"person{number}@example.edu.kz",
            )
        )
    Person.objects.bulk_create(people, batch_size=500)
    return len(people)
