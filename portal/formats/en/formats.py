"""English: "20 November 2026", "14:00", "20 November 2026, 14:00".

The university is in Astana and every time is shown in Astana time, so the English
pages use the day-month-year order and the 24-hour clock, as British and
international usage does, instead of Django's American "Nov. 20, 2026, 2 p.m.".
"""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
