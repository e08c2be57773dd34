"""Renditions carry their content's fingerprint in their name, so they are served for
a year without revalidation, and a changed picture gets a new address (T4)."""

import io
import re

from django.core.files.base import ContentFile
from django.test import Client

import pytest
from PIL import Image as PILImage

from tests import factories

pytestmark = pytest.mark.django_db


def _png(colour) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (1200, 800), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_rendition_is_fingerprinted_and_kept_for_a_year():
    image = factories.ImageFactory(file=ContentFile(_png((200, 30, 30)), name="campus.png"))
    url = image.get_rendition("fill-480x320").url
    assert re.search(r"/campus[^/]*\.[0-9a-f]{12}\.png$", url), url
    response = Client().get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"


def test_new_pixels_get_a_new_address():
    image = factories.ImageFactory(file=ContentFile(_png((200, 30, 30)), name="campus.png"))
    before = image.get_rendition("fill-480x320").url
    image.file = ContentFile(_png((30, 30, 200)), name="campus.png")
    image._set_image_file_metadata()
    image.save()
    image.renditions.all().delete()
    after = image.get_rendition("fill-480x320").url
    assert before != after
    assert Client().get(after).status_code == 200
