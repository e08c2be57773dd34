"""Eight visitors submitting at the same instant get eight different, consecutive
reference numbers: the counter row is locked while a number is taken.

The threads need committed data, so this test works outside the per-test transaction
and removes exactly the rows it made (a flush would take the bootstrapped tree that
the browser tests' servers read).
"""

import threading

from django.db import connection, connections
from django.utils import timezone

import pytest

from engagement.information_requests.deadlines import LOCATION
from engagement.information_requests.models import InformationRequest, RequestCounter
from engagement.information_requests.services import register

SUBMISSIONS = 8

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="row locks (SELECT … FOR UPDATE) are PostgreSQL's; SQLite serialises writers",
)


def submit_at_once(count: int) -> tuple[list[str], list[Exception]]:
    barrier = threading.Barrier(count)
    numbers, errors = [], []

    def submit(index):
        try:
            barrier.wait()
            saved = register(
                InformationRequest(
                    kind="citizen",
                    language="kk",
                    name=f"Thread {index}",
                    email=f"race{index}@example.org",
                    subject="s",
                    text="t",
                )
            )
            numbers.append(saved.reference)
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return numbers, errors


def test_reference_numbers_stay_unique_under_concurrent_submissions(autocommit):
    year = timezone.localtime(timezone.now(), LOCATION).year
    counter = RequestCounter.objects.filter(year=year).first()
    before = counter.last if counter else 0
    numbers, errors = submit_at_once(SUBMISSIONS)
    try:
        assert not errors
        assert len(set(numbers)) == SUBMISSIONS
        issued = sorted(int(number.rsplit("-", 1)[1]) for number in numbers)
        assert issued == list(range(before + 1, before + SUBMISSIONS + 1))
    finally:
        InformationRequest.objects.filter(reference__in=numbers).delete()
        if counter:
            RequestCounter.objects.filter(year=year).update(last=before)
        else:
            RequestCounter.objects.filter(year=year).delete()
