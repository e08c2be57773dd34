"""Facts repeated on several pages, kept in one place so they read the same everywhere.

Phones and e-mails are plain strings (the same in every language); names, addresses and
hours are translated.
"""

from demo.spec import T

SITE_URL = "https://kazutb.edu.kz/"
PORTAL_URL = "https://portal.kazutb.edu.kz/"
ENBEK_URL = "https://www.enbek.kz/"
EGOV_URL = "https://egov.kz/"
TESTCENTER_URL = "https://www.testcenter.kz/"
MINISTRY_URL = "https://www.gov.kz/memleket/entities/sci"
ERASMUS_URL = "https://erasmus-plus.ec.europa.eu/"
BOLOGNA_CENTRE_URL = "https://enic-kazakhstan.edu.kz/"

MAIN_PHONE = "+7 7172 72 63 14"
ADMISSION_PHONE = "+7 7172 72 63 20"
PRESS_PHONE = "+7 7172 72 63 12"
INFO_EMAIL = "info@kazutb.edu.kz"
ADMISSION_EMAIL = "admission@kazutb.edu.kz"
PRESS_EMAIL = "press@kazutb.edu.kz"

UNIVERSITY_NAME = T(
    kk="Қ. Құлажанов атындағы Қазақ технология және бизнес университеті",
    ru="Казахский университет технологии и бизнеса имени К. Кулажанова",
    en="K. Kulazhanov Kazakh University of Technology and Business",
)
FOUNDED = T(kk="2003 жыл", ru="2003 год", en="2003")
ADDRESS = T(
    kk="010000, Астана қ., Қайым Мұхамедханов көшесі, 37А",
    ru="010000, г. Астана, ул. Кайыма Мухамедханова, 37А",
    en="37A Kayym Mukhamedkhanov Street, Astana 010000, Kazakhstan",
)
WORKING_HOURS = T(
    kk="Дүйсенбі–жұма, 09:00–18:00 (түскі үзіліс 13:00–14:00); сенбі мен жексенбі – демалыс",
    ru="Понедельник–пятница, 09:00–18:00 (перерыв 13:00–14:00); суббота и воскресенье – выходные",
    en="Monday to Friday, 09:00–18:00 (lunch break 13:00–14:00); closed on Saturday and Sunday",
)
WEEKDAYS = T(
    kk="Дүйсенбі–жұма, 09:00–18:00",
    ru="Понедельник–пятница, 09:00–18:00",
    en="Monday to Friday, 09:00–18:00",
)


def same(text: str) -> T:
    """A text written identically in every language: codes, score ranges, phones, brand names."""
    return T(kk=text, ru=text, en=text)
