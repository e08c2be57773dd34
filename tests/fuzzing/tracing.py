"""Which query parameters does a view read? The fuzz test asks the views themselves:
a middleware, installed only for the discovery requests, swaps ``request.GET`` for a
QueryDict that records every key looked up, so a parameter added to a view tomorrow
is fuzzed tomorrow without anyone listing it here."""

from django.http import QueryDict

# Keys read during the current request; "*" when the view walked every parameter
# (the API's filters do: any field name may be one).
EVERY_KEY = "*"
_read: set[str] = set()


class TracingQueryDict(QueryDict):
    def __getitem__(self, key):
        _read.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        _read.add(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        _read.add(key)
        return super().getlist(key, default)

    def __contains__(self, key):
        _read.add(key)
        return super().__contains__(key)

    def _every_key(self):
        _read.add(EVERY_KEY)

    def items(self):
        self._every_key()
        return super().items()

    def lists(self):
        self._every_key()
        return super().lists()

    def keys(self):
        self._every_key()
        return super().keys()

    def __iter__(self):
        self._every_key()
        return super().__iter__()

    def dict(self):
        self._every_key()
        return super().dict()


class QueryParameterTracer:
    """Test-only middleware: records on the request (``fuzz_keys_read``) which query
    parameters the view looked up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.GET = TracingQueryDict(request.META.get("QUERY_STRING", ""))
        _read.clear()  # after building it: building looks every key up
        response = self.get_response(request)
        request.fuzz_keys_read = set(_read)
        return response
