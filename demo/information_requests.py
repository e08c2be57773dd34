"""Demo information requests (E1): one in every state, written in kk, ru and en, one
overdue, one whose term runs over a public holiday, and a media request of each
urgency. Dates are relative to the day ``load_demo`` runs, so the register always shows
an overdue request, one due soon and closed ones; the engine dates each of them.

Idempotent: the demo requesters' addresses (``@example.kz``) mark the set; if any
exists nothing is added.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.utils import timezone

import holidays

from engagement.information_requests.deadlines import LOCATION
from engagement.information_requests.models import (
    Decider,
    InformationRequest,
    Kind,
    Status,
    Urgency,
)
from engagement.information_requests.services import close, register

DEMO_DOMAIN = "@example.kz"


def _latest_holiday_before(day):
    """The latest public holiday on a weekday at least three weeks back: a request
    received two days before it has a term that runs over it."""
    calendar = holidays.country_holidays("KZ", years=[day.year - 1, day.year])
    candidates = [d for d in calendar if d.weekday() < 5 and d <= day - timedelta(days=21)]
    return max(candidates)


def _at(day, hour=10):
    return datetime.combine(day, time(hour, 0), tzinfo=LOCATION)


def _requests(now):
    today = timezone.localtime(now, LOCATION).date()
    holiday = _latest_holiday_before(today)
    return [
        {
            "kind": Kind.CITIZEN,
            "language": "kk",
            "name": "Айжан Төлеуқызы Бекова",
            "email": "aizhan.bekova@example.kz",
            "phone": "+7 701 111 22 33",
            "subject": "Білім беру бағдарламасының оқу жоспары",
            "text": (
                "«Ақпараттық жүйелер» білім беру бағдарламасының 2026–2027 оқу жылына "
                "арналған оқу жоспарын беруіңізді сұраймын."
            ),
            "received_at": now - timedelta(hours=1),
            "status": Status.RECEIVED,
        },
        {
            "kind": Kind.ORGANISATION,
            "language": "ru",
            "name": "Сергей Николаевич Ким",
            "organisation": "ТОО «Астана Логистик»",
            "email": "s.kim@example.kz",
            "phone": "+7 717 255 00 11",
            "subject": "Количество выпускников по специальности «Логистика»",
            "text": (
                "Просим сообщить количество выпускников по специальности «Логистика» за "
                "последние три года для планирования программы стажировок."
            ),
            "received_at": now - timedelta(days=30),
            "status": Status.IN_PROGRESS,  # overdue: ten working days have long passed
        },
        {
            "kind": Kind.CITIZEN,
            "language": "en",
            "name": "Emily Carter",
            "email": "emily.carter@example.kz",
            "subject": "Tuition fees for international students",
            "text": (
                "Please tell me the tuition fees for international students in the "
                "Master's programme in Finance and the documents needed to apply."
            ),
            "received_at": _at(holiday - timedelta(days=2)),
            "status": Status.ANSWERED,  # its term ran over a public holiday
            "reply_text": (
                "The tuition fee for the Master's programme in Finance is published on the "
                "Applicant page; the list of documents is attached to the admission rules."
            ),
            "decided_by": Decider.DELEGATE,
            "delegate_name": "Vice-Rector for Academic Affairs A. Seitkali",
        },
        {
            "kind": Kind.ORGANISATION,
            "language": "kk",
            "name": "Марат Сәрсенұлы Оспанов",
            "organisation": "«Болашақ» қоғамдық қоры",
            "email": "m.ospanov@example.kz",
            "subject": "Оқытушылардың жеке деректері",
            "text": "Оқытушылардың үй мекенжайлары мен телефон нөмірлерін беруіңізді сұраймыз.",
            "received_at": now - timedelta(days=12),
            "status": Status.REFUSED,
            "refusal_reason": (
                "Сұралған мәліметтер дербес деректер болып табылады, оларды субъектілердің "
                "келісімінсіз беруге болмайды (P §11.2)."
            ),
            "decided_by": Decider.RECTOR,
        },
        {
            "kind": Kind.MEDIA,
            "urgency": Urgency.URGENT,
            "language": "ru",
            "name": "Алия Нурланова",
            "organisation": "Информационное агентство «Казинформ»",
            "email": "a.nurlanova@example.kz",
            "phone": "+7 777 300 40 50",
            "subject": "Комментарий о пожаре в общежитии",
            "text": (
                "Просим срочный комментарий пресс-службы о вчерашнем возгорании в общежитии № 2."
            ),
            "received_at": now - timedelta(hours=1),
            "status": Status.IN_PROGRESS,
        },
        {
            "kind": Kind.MEDIA,
            "urgency": Urgency.IN_DEPTH,
            "language": "en",
            "name": "Daniyar Abenov",
            "organisation": "The Astana Times",
            "email": "d.abenov@example.kz",
            "subject": "Research funding figures",
            "text": (
                "For an article on university research, please provide the amount of grant "
                "funding received in 2025 and the number of funded projects."
            ),
            "received_at": now - timedelta(hours=2),
            "status": Status.RECEIVED,
        },
        {
            "kind": Kind.MEDIA,
            "urgency": Urgency.CURRENT,
            "language": "kk",
            "name": "Гүлмира Жақсылықова",
            "organisation": "«Egemen Qazaqstan» газеті",
            "email": "g.zhaksylykova@example.kz",
            "subject": "Жаңа оқу жылындағы грант саны",
            "text": "Биылғы оқу жылында университетке бөлінген мемлекеттік грант санын хабарлаңыз.",
            "received_at": now - timedelta(days=5),
            "status": Status.ANSWERED,
            "reply_text": "Биылғы оқу жылында университетке 1 250 мемлекеттік грант бөлінді.",
            "decided_by": Decider.RECTOR,
        },
    ]


def ensure_information_requests(now=None) -> int:
    """Add the demo requests unless they are there; return how many were added."""
    if InformationRequest.objects.filter(email__endswith=DEMO_DOMAIN).exists():
        return 0
    now = now or timezone.now()
    added = 0
    for spec in _requests(now):
        status = spec.pop("status")
        request = register(InformationRequest(consent_at=spec["received_at"], **spec))
        if status != Status.RECEIVED:
            request.status = status
            if status in (Status.ANSWERED, Status.REFUSED):
                close(request, status)
                request.reply_date = timezone.localtime(request.received_at, LOCATION).date() + (
                    timedelta(days=3)
                )
                request.closed_at = min(now, request.due_at)
            request.save()
        added += 1
    return added
