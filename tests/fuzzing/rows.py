"""Row counts of every table the project's models own, read in one query, so the fuzz
test can afford to compare them around every refused request."""

from django.apps import apps
from django.db import connection

# Tables a refused request may legitimately write: image renditions are a cache
# derived on first render, and django-axes records refused logins by design.
MAY_CHANGE_ON_REFUSAL = {"wagtailimages.rendition"}
MAY_CHANGE_APPS = {"axes"}


def _tables() -> dict[str, str]:
    tables = {}
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed or meta.app_label in MAY_CHANGE_APPS:
            continue
        if meta.label_lower in MAY_CHANGE_ON_REFUSAL:
            continue
        tables.setdefault(meta.db_table, meta.label)
    return tables


class RowCounter:
    def __init__(self):
        self.tables = _tables()
        quote = connection.ops.quote_name
        # Table names come from the models, not from input.
        counts = ", ".join(f"(SELECT COUNT(*) FROM {quote(table)})" for table in self.tables)  # noqa: S608
        self._sql = f"SELECT {counts}"

    def snapshot(self) -> dict[str, int]:
        with connection.cursor() as cursor:
            cursor.execute(self._sql)
            row = cursor.fetchone()
        return dict(zip(self.tables.values(), row, strict=True))

    @staticmethod
    def changes(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
        return {
            label: after[label] - before[label] for label in before if after[label] != before[label]
        }
