"""CSV and JSON downloads of each dataset per language at stable URLs (O1):
``/opendata/<dataset>.<language>.csv`` and ``….json``."""

import csv
import io
import json

from django.http import Http404, HttpResponse
from django.utils import translation

from portal.languages import LANGUAGE_CODES
from portal.public_url import absolute

from .datasets import LICENCE, LICENCE_URL, get_dataset


def _base_url(request) -> str:
    """Addresses in the exports name the public site (PUBLIC_URL)."""
    return absolute("/").rstrip("/")


def download(request, slug, language, extension):
    dataset = get_dataset(slug)
    if dataset is None or language not in LANGUAGE_CODES or extension not in ("csv", "json"):
        raise Http404
    with translation.override(language):
        records = dataset.records(language, _base_url(request))
        if extension == "csv":
            buffer = io.StringIO()
            buffer.write("\ufeff")  # spreadsheets read UTF-8 (Cyrillic) only with a BOM
            writer = csv.DictWriter(buffer, fieldnames=dataset.field_names, lineterminator="\r\n")
            writer.writeheader()
            writer.writerows(records)
            response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        else:
            payload = {
                "dataset": dataset.slug,
                "language": language,
                "title": str(dataset.title),
                "description": str(dataset.description),
                "licence": LICENCE,
                "licence_url": LICENCE_URL,
                "fields": [
                    {"name": f.name, "type": f.type, "description": str(f.description)}
                    for f in dataset.fields
                ],
                "records": records,
            }
            response = HttpResponse(
                json.dumps(payload, ensure_ascii=False, indent=1),
                content_type="application/json; charset=utf-8",
            )
    response["Content-Disposition"] = f'inline; filename="{slug}-{language}.{extension}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
