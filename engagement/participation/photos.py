"""Photos sent with submitted material are checked by decoding them, never by their
name (W §11.6, UP-6): a JPEG or PNG of at least 1200×800 pixels.

The header is read first and its pixel count capped, so a small file that claims a
gigantic canvas (a decompression bomb) is refused before Pillow allocates it; only then
is the whole image decoded, which finds truncated or forged files.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from PIL import Image, UnidentifiedImageError

MIN_WIDTH = 1200
MIN_HEIGHT = 800
MAX_BYTES = 15 * 1024 * 1024
# 50 megapixels: more than any camera a unit uses, far less than a bomb.
MAX_PIXELS = 50_000_000
FORMATS = {"JPEG": "jpg", "PNG": "png"}


@dataclass(frozen=True)
class CheckedPhoto:
    width: int
    height: int
    extension: str


def _not_a_photo() -> ValidationError:
    return ValidationError(
        _("The file is not a JPG or PNG photo."),
        code="not_a_photo",
    )


def _too_many_pixels() -> ValidationError:
    return ValidationError(
        _("The photo has too many pixels to be processed safely."),
        code="photo_too_many_pixels",
    )


def check_photo(upload) -> CheckedPhoto:
    """Decode ``upload`` and return its size and type, or raise ``ValidationError``."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The photo is larger than %(limit)s MB."),
            code="photo_too_large",
            params={"limit": MAX_BYTES // (1024 * 1024)},
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            upload.seek(0)
            with Image.open(upload) as image:
                image_format = image.format
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise _too_many_pixels()
                if image_format not in FORMATS:
                    raise _not_a_photo()
                image.load()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _too_many_pixels() from error
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        ValueError,
        EOFError,
    ) as error:
        raise _not_a_photo() from error
    finally:
        upload.seek(0)
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        raise ValidationError(
            _(
                "The photo is %(width)s×%(height)s pixels; it must be at least "
                "%(min_width)s×%(min_height)s."
            ),
            code="photo_too_small",
            params={
                "width": width,
                "height": height,
                "min_width": MIN_WIDTH,
                "min_height": MIN_HEIGHT,
            },
        )
    return CheckedPhoto(width, height, FORMATS[image_format])
