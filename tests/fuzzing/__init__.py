"""Helpers of the malformed-input fuzz test (tests/portal/test_fuzz.py): the corpus of
hostile values, the public surface read from the URL conf and the pages, the tracing of
query parameters that views read, the forms found on pages and the row counts that
prove a refused request wrote nothing."""
