"""Kazakh: "20 қараша 2026", "14:00", "20 қараша 2026, 14:00".

The day comes first and the month name is lowercase in the middle of a date (the
``E`` format character reads the "alt. month" names, which our catalogue gives in
lowercase: see ``portal/formats/month_names.py``); a month on its own (``F``, in
archive headings) keeps its capital. Time is always 24-hour.
"""

DATE_FORMAT = "j E Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j E Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j E"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
# Where a number is grouped (a count of "more than 1 000" results), thousands are set
# apart by a non-breaking space, as in Kazakh print.
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
