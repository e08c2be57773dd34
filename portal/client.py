"""Who is asking: the visitor's address as public forms see it, for rate limits."""

from django.conf import settings


def client_address(request) -> str:
    """The client's IP address, behind ``settings.TRUSTED_PROXY_COUNT`` reverse proxies.

    Each trusted proxy appends the address it received the request from to
    ``X-Forwarded-For``, so the client is the entry that many places from the end;
    anything before it was written by the client and is not trusted. With no trusted
    proxy the header is ignored and ``REMOTE_ADDR`` is the client.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies <= 0 or not forwarded:
        return request.META.get("REMOTE_ADDR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    return hops[-proxies] if len(hops) >= proxies else hops[0]
