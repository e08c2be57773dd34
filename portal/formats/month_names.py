"""Month names inside a date, marked so that our catalogues carry them.

Django's ``E`` date format character looks these up with the "alt. month" context
(Russian uses it for the genitive "ноября"). Django's Kazakh catalogue gives them
capitalised ("20 Қараша 2026"); Kazakh writes a month in a date in lowercase
("20 қараша 2026"). Marking the same msgids here keeps them in ``locale/`` through
``make messages``, and our catalogue, listed in ``LOCALE_PATHS``, takes precedence
over Django's. Nothing imports this list at run time except the tests.
"""

from django.utils.translation import pgettext_lazy

MONTHS_IN_A_DATE = (
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
)
