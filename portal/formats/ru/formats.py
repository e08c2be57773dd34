"""Russian: "20 ноября 2026 г.", "09:00", "20 ноября 2026 г., 14:00".

Django's Russian module is right about dates (genitive month, "г."); the portal
pins two-digit 24-hour time so times line up in event lists, and a comma between
the date and the time. A month on its own reads "Ноябрь 2026" (no "г." in headings).
"""

DATE_FORMAT = "j E Y г."
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j E Y г., H:i"
YEAR_MONTH_FORMAT = "F Y"
