"""Uploads in S3-compatible object storage (T4, several application hosts).

A real S3 server (moto's, over HTTP on a loopback port) holds the bucket. What is
checked is what a visitor or an attacker would meet in a bucket that a real S3 enforces:
the originals and documents are private objects, the renditions are public, immutable,
fingerprinted and free of camera metadata, and staff-only documents still go through
the portal's permission check.
"""

import io
import json
import os
import subprocess
import sys
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import boto3
import pytest
from moto import server as moto_server
from PIL import Image as PILImage

from tests.documents.staff_only import CAMERA, login_only_collection, upload_photo
from tests.live import free_port

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
BUCKET = "portal-media-test"
ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"


@pytest.fixture(scope="module")
def s3_endpoint():
    port = free_port()
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


@pytest.fixture
def bucket(s3_endpoint, monkeypatch):
    """The two stores the settings build from MEDIA_S3_BUCKET, on a fresh bucket, in
    place of the disk stores for this test."""
    from portal.object_storage import PrivateUploadStorage, PublicRenditionStorage

    for name, value in {
        "AWS_ACCESS_KEY_ID": "portal-test",
        "AWS_SECRET_ACCESS_KEY": "portal-test-secret",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    client = boto3.client("s3", endpoint_url=s3_endpoint)
    client.create_bucket(Bucket=BUCKET)
    options = {"bucket_name": BUCKET, "endpoint_url": s3_endpoint}
    uploads, renditions = PrivateUploadStorage(**options), PublicRenditionStorage(**options)
    image_model = get_image_model()
    fields = [
        (image_model._meta.get_field("file"), uploads),
        (image_model.get_rendition_model()._meta.get_field("file"), renditions),
        (get_document_model()._meta.get_field("file"), uploads),
    ]
    with _storages(fields):
        yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


@contextmanager
def _storages(fields):
    saved = [(field, field.storage) for field, _storage in fields]
    try:
        for field, storage in fields:
            field.storage = storage
        yield
    finally:
        for field, storage in saved:
            field.storage = storage


def grantees(client, key) -> set[str]:
    grants = client.get_object_acl(Bucket=BUCKET, Key=key)["Grants"]
    return {grant["Grantee"].get("URI", "owner") for grant in grants}


def test_the_environment_switches_uploads_to_a_bucket_and_images_to_its_origin():
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.base",
        "MEDIA_S3_BUCKET": "kazutb-media",
        "MEDIA_S3_ENDPOINT_URL": "https://s3.example.kz",
    }
    script = (
        "import json; from django.conf import settings as s; print(json.dumps({"
        "'default': s.STORAGES['default']['BACKEND'],"
        "'renditions': s.STORAGES['renditions']['BACKEND'],"
        "'serve_media': s.SERVE_MEDIA,"
        "'img_src': s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']}))"
    )
    output = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {script}"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    configured = json.loads(output.strip().splitlines()[-1])
    assert configured["default"] == "portal.object_storage.PrivateUploadStorage"
    assert configured["renditions"] == "portal.object_storage.PublicRenditionStorage"
    assert configured["serve_media"] is False, "the portal no longer serves /media/"
    assert "https://s3.example.kz" in configured["img_src"]


def test_an_original_stays_private_and_its_rendition_is_public_immutable_and_clean(bucket):
    photo = upload_photo()
    assert grantees(bucket, photo.file.name) == {"owner"}, "the original is private"
    rendition = photo.get_rendition("fill-480x320")
    key = f"renditions/{rendition.file.name}"
    assert grantees(bucket, key) == {"owner", ALL_USERS}
    head = bucket.head_object(Bucket=BUCKET, Key=key)
    assert head["CacheControl"] == "public, max-age=31536000, immutable"
    assert "X-Amz-Signature" not in rendition.url and "/renditions/" in rendition.url
    # A browser loads the rendition from the bucket itself, without the camera's data.
    with urllib.request.urlopen(rendition.url, timeout=10) as answer:  # noqa: S310 - loopback
        body = answer.read()
    picture = PILImage.open(io.BytesIO(body))
    assert picture.size == (480, 320)
    assert dict(picture.getexif()) == {} and CAMERA.encode() not in body
    # New pixels, new name: the year-long cache lifetime never serves an old picture.
    again = photo.get_rendition("fill-480x320|format-png")
    assert again.file.name != rendition.file.name


def test_a_staff_only_document_in_the_bucket_is_served_only_through_the_portal(
    bucket, django_user_model
):
    document = get_document_model()(title="Staff memo", collection=login_only_collection())
    document.file.save("staff-memo.pdf", ContentFile(b"%PDF-1.4 staff memo"), save=False)
    document.save()
    assert grantees(bucket, document.file.name) == {"owner"}
    url = document.url
    assert "amazonaws" not in url and "127.0.0.1:" not in url, "a portal link, not the bucket"
    visitor = Client().get(url)
    assert visitor.status_code == 302 and "/login/" in visitor["Location"]
    staff = Client()
    staff.force_login(django_user_model.objects.create_user("staff-reader", password="x1-Y2-z3"))
    answer = staff.get(url)
    assert answer.status_code == 200
    assert b"".join(answer.streaming_content) == b"%PDF-1.4 staff memo"
