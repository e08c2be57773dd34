"""Each worker's own copies of the stored responses it serves most (T4).

A hit on the shared page store fetches the whole response: on Redis that is a round
trip carrying the body, half a megabyte for an open-data export of a thousand news
items, which alone kept such a response under 0.8 × the trivial-view floor. The page
store's keys name their locale's generation, read from the shared store on every
request, so a key never stands for two different responses: a copy a worker keeps under
the same key cannot be stale, only unreachable once a change renews the generation.

A copy is kept after the shared store has given the response back (so an unreachable
store fills nothing), until the shared entry itself expires, in a least-recently-used
store bounded in bytes (``PAGE_CACHE_NEAR_BYTES`` per worker, 0 turns it off). Copies
are kept pickled, so every request gets a response object of its own.
"""

import functools
import pickle
import threading
import time

from django.conf import settings

from cachetools import TLRUCache

#: Set on a response before it is stored: when its shared entry expires (epoch seconds).
EXPIRES_ATTRIBUTE = "page_cache_expires"


def mark_expiry(response, lifetime: int) -> None:
    setattr(response, EXPIRES_ATTRIBUTE, time.time() + lifetime)


class NearStore:
    def __init__(self):
        self._lock = threading.Lock()

    def get(self, key: str):
        entries = _entries(settings.PAGE_CACHE_NEAR_BYTES)
        if entries is None:
            return None
        with self._lock:
            kept = entries.get(key)
        # Bytes this process pickled itself from a response it served.
        return pickle.loads(kept[1]) if kept is not None else None  # noqa: S301

    def keep(self, key: str, response) -> None:
        """Keep a copy of ``response``, just fetched from the shared store under
        ``key``, for as long as its shared entry lives."""
        entries = _entries(settings.PAGE_CACHE_NEAR_BYTES)
        expires = getattr(response, EXPIRES_ATTRIBUTE, None)
        if entries is None or expires is None or expires <= time.time():
            return
        data = pickle.dumps(response, pickle.HIGHEST_PROTOCOL)
        if len(data) > entries.maxsize:
            return
        with self._lock:
            entries[key] = (time.monotonic() + expires - time.time(), data)


@functools.lru_cache(maxsize=1)
def _entries(max_bytes: int) -> TLRUCache | None:
    """The worker's store for a byte budget (a new one if the setting changes)."""
    return TLRUCache(maxsize=max_bytes, ttu=_until, getsizeof=_size) if max_bytes else None


def _until(_key, kept, _now) -> float:
    return kept[0]


def _size(kept) -> int:
    return len(kept[1])


near = NearStore()
