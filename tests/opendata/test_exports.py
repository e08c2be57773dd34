"""Open data (O1): the catalogue page describes each dataset; every CSV and JSON
download parses and matches the database; the API v2 is read-only and public."""

import csv
import io
import json
from html import unescape

from django.utils.timezone import localtime

import pytest

from documents.programmes import Programme
from documents.register import RegisteredDocument
from news.models import EventPage, NewsPage
from opendata.datasets import available_datasets
from opendata.models import OpenDataCatalogPage
from portal.pages import public_pages
from sections.models import ContactsPage
from tests import factories
from tests.utils import LANGUAGE_CODES, body

pytestmark = pytest.mark.django_db

BASE = "http://testserver"
PROGRAMME = "Ақпараттық жүйелер"
CODE = "ТЕСТ–МжКҚБ–ҚТ–8.4.3–2019–12"


@pytest.fixture(autouse=True)
def published_data():
    """Something in every dataset, in every language: an accredited programme, a
    register entry, a news item, an event and a contacts page, all the tests' own."""
    programme = factories.ProgrammeFactory(name=PROGRAMME)
    factories.translate_snippet(programme, "ru", {PROGRAMME: "Информационные системы"})
    factories.translate_snippet(programme, "en", {PROGRAMME: "Information systems"})
    factories.RegisteredDocumentFactory(code=CODE)
    factories.translate_everywhere(factories.NewsPageFactory(parent=factories.news_index()))
    factories.translate_everywhere(factories.EventPageFactory(parent=factories.event_index()))
    factories.page_in_every_language(ContactsPage)


def csv_rows(client, slug, language):
    response = client.get(f"/opendata/{slug}.{language}.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    content = body(response)
    assert content.startswith(b"\xef\xbb\xbf"), "spreadsheets need the UTF-8 BOM"
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


def json_payload(client, slug, language):
    response = client.get(f"/opendata/{slug}.{language}.json")
    assert response.status_code == 200
    return json.loads(body(response))


def expected_records(slug, language):
    if slug in ("programmes", "accreditation"):
        rows = Programme.objects.filter(locale__language_code=language).order_by("level", "code")
        if slug == "accreditation":
            return [
                {
                    "code": p.code,
                    "name": p.name,
                    "accreditation_body": p.accreditation_body,
                    "accredited_until": p.accredited_until.isoformat(),
                }
                for p in rows
                if p.accredited_until
            ]
        return [
            {
                "code": p.code,
                "name": p.name,
                "level": p.level,
                "study_form": p.study_form,
                "instruction_languages": p.instruction_languages,
                "disciplines": "; ".join(p.disciplines.splitlines()),
            }
            for p in rows
        ]
    if slug == "documents":
        records = []
        for entry in RegisteredDocument.objects.filter(restricted=False).order_by(
            "category", "code"
        ):
            version = entry.versions.order_by("-number").first()
            languages = [code for code in LANGUAGE_CODES if getattr(version, f"file_{code}_id")]
            file_language = language if language in languages else languages[0]
            records.append(
                {
                    "code": entry.code,
                    "title": getattr(entry, f"title_{language}") or entry.title_kk,
                    "category": entry.category,
                    "version": version.number,
                    "effective_date": version.effective_date.isoformat(),
                    "status": "archived" if entry.withdrawn else "in_force",
                    "languages": " ".join(languages),
                    "url": f"{BASE}/register/{entry.pk}/v{version.number}/{file_language}/",
                }
            )
        return records
    if slug == "news":
        pages = public_pages(NewsPage).filter(locale__language_code=language)
        return [
            {
                "date": p.date.isoformat(),
                "title": p.title,
                "intro": p.intro,
                "url": BASE + p.url,
                "withdrawn_on": p.withdrawn_on.isoformat() if p.withdrawn_on else "",
                "withdrawal_notice": p.withdrawal_notice,
            }
            for p in pages.order_by("-date", "pk")
        ]
    if slug == "events":
        events = public_pages(EventPage).filter(locale__language_code=language)
        return [
            {
                "start": localtime(e.start).isoformat(),
                "end": localtime(e.end).isoformat(),
                "title": e.title,
                "place": e.place,
                "department": e.department,
                "registration_url": e.registration_url,
                "url": BASE + e.url,
            }
            for e in events.order_by("start", "pk")
        ]
    if slug == "contacts":
        return [
            {
                "address": p.address,
                "phones": "; ".join(line.strip() for line in p.phones.splitlines() if line.strip()),
                "emails": "; ".join(line.strip() for line in p.emails.splitlines() if line.strip()),
                "working_hours": p.working_hours,
                "url": BASE + p.url,
            }
            for p in ContactsPage.objects.live().filter(locale__language_code=language)
        ]
    raise AssertionError(f"no expectation for {slug}")


def test_every_csv_and_json_download_parses_and_matches_the_database(client, subtests):
    slugs = [dataset.slug for dataset in available_datasets()]
    assert {"programmes", "accreditation", "documents", "news", "events", "contacts"} <= set(slugs)
    for slug in slugs:
        for language in LANGUAGE_CODES:
            with subtests.test(dataset=slug, language=language):
                expected = expected_records(slug, language)
                assert expected, "the fixture fills every dataset"
                rows = csv_rows(client, slug, language)
                assert rows == [{k: str(v) for k, v in record.items()} for record in expected]
                payload = json_payload(client, slug, language)
                assert payload["records"] == expected
                assert payload["dataset"] == slug and payload["language"] == language
                assert [f["name"] for f in payload["fields"]] == list(expected[0])
                assert payload["licence"]


def test_cyrillic_survives_the_csv_round_trip(client):
    rows = csv_rows(client, "programmes", "ru")
    assert "Информационные системы" in [row["name"] for row in rows]
    rows = csv_rows(client, "documents", "kk")
    assert CODE in [row["code"] for row in rows]


def test_drafts_and_unpublished_news_are_not_exported(client):
    news = public_pages(NewsPage).filter(locale__language_code="en").first()
    news.title = "Draft title never published"
    news.save_revision()
    assert "Draft title never published" not in body(client.get("/opendata/news.en.json")).decode()
    news.unpublish()
    titles = [r["url"] for r in json_payload(client, "news", "en")["records"]]
    assert BASE + news.url not in titles


@pytest.mark.parametrize(
    "url",
    [
        "/opendata/unknown.kk.csv",
        "/opendata/programmes.de.csv",
        "/opendata/programmes.kk.xml",
        "/opendata/programmes.kk",
        "/opendata/..%2f..%2fetc.kk.csv",
    ],
)
def test_unknown_datasets_languages_and_formats_are_404(client, url):
    assert client.get(url, follow=True).status_code == 404


def test_the_catalogue_describes_each_dataset_with_links_per_locale(client, subtests):
    for language in LANGUAGE_CODES:
        with subtests.test(language=language):
            page = factories.the_page(OpenDataCatalogPage, language)
            html = unescape(client.get(page.url).content.decode())
            assert "CC BY 4.0" in html
            for dataset in available_datasets():
                assert f'id="dataset-{dataset.slug}"' in html
                for field in dataset.fields:
                    assert field.name in html
                for code in LANGUAGE_CODES:
                    assert f"/opendata/{dataset.slug}.{code}.csv" in html
                    assert f"/opendata/{dataset.slug}.{code}.json" in html


def test_the_catalogue_is_at_most_three_clicks_from_home():
    page = factories.the_page(OpenDataCatalogPage)
    assert page.depth <= 4  # home (2) → University (3) → Open data (4)


def test_api_serves_only_live_public_pages(client):
    news = public_pages(NewsPage).filter(locale__language_code="kk").first()
    news.unpublish()
    ids = set()
    url = "/api/v2/pages/?limit=100"
    listing = client.get(url).json()
    ids = {item["id"] for item in listing["items"]}
    total = listing["meta"]["total_count"]
    assert total == public_pages().filter(depth__gt=1).count()
    assert news.pk not in ids
    assert client.get(f"/api/v2/pages/{news.pk}/", follow=True).status_code == 404


def test_api_serves_images_and_documents_and_is_read_only(client):
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200
    for method in (client.post, client.put, client.delete):
        assert method("/api/v2/pages/", {}).status_code in (403, 405)


def test_api_serves_the_disclosure_items_of_each_locale(client, subtests):
    from documents.pages import DisclosurePage

    factories.the_page(DisclosurePage)
    pages = DisclosurePage.objects.live()
    assert pages.count() == len(LANGUAGE_CODES)
    for page in pages:
        with subtests.test(language=page.locale.language_code):
            response = client.get(
                "/api/v2/pages/",
                {
                    "type": "documents.DisclosurePage",
                    "fields": "founding,location,head",
                    "locale": page.locale.language_code,
                },
            )
            assert response.status_code == 200
            (item,) = response.json()["items"]
            assert (item["founding"], item["location"], item["head"]) == (
                page.founding,
                page.location,
                page.head,
            )


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?search=%00",
        "/api/v2/documents/?search=a%00b",
        "/api/v2/images/?search=%01",
        "/api/v2/pages/?limit=abc",
        "/api/v2/pages/?type=foo.Bar",
        "/api/v2/pages/?child_of=99999999999999999999999",
    ],
)
def test_bad_api_parameters_answer_400(client, url):
    assert client.get(url).status_code == 400
