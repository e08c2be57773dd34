"""Demo photographs for the content spec, drawn with Pillow when there is no real photo.

Each is 1600×1067 (above the 1200×800 the content rules ask of photos), made once and
found again by title, so ``bootstrap_portal`` stays idempotent.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from django.core.files.images import ImageFile

from PIL import Image as PILImage
from PIL import ImageDraw

WIDTH, HEIGHT = 1600, 1067


@dataclass(frozen=True)
class DemoImage:
    """A spec value resolved to a Wagtail image when the page is built."""

    title: str
    colour: tuple[int, int, int]

    def resolve(self):
        from wagtail.images import get_image_model

        model = get_image_model()
        image = model.objects.filter(title=self.title).first()
        if image is None:
            image = model(title=self.title)
            image.file = ImageFile(io.BytesIO(self._jpeg()), name=f"{self._slug()}.jpg")
            image.save()
        return image

    def _slug(self) -> str:
        return "".join(c if c.isalnum() else "-" for c in self.title.lower()).strip("-")[:60]

    def _jpeg(self) -> bytes:
        """A soft two-colour gradient with a few shapes: recognisably "a photo" in a demo."""
        red, green, blue = self.colour
        picture = PILImage.new("RGB", (WIDTH, HEIGHT))
        draw = ImageDraw.Draw(picture)
        for y in range(HEIGHT):
            shade = y / HEIGHT
            draw.line(
                [(0, y), (WIDTH, y)],
                fill=(
                    int(red * (1 - shade) + 240 * shade),
                    int(green * (1 - shade) + 230 * shade),
                    int(blue * (1 - shade) + 210 * shade),
                ),
            )
        draw.ellipse((1100, 120, 1400, 420), fill=(255, 236, 170))
        draw.polygon(
            [(0, HEIGHT), (500, 560), (900, HEIGHT)],
            fill=(int(red * 0.6), int(green * 0.6), int(blue * 0.6)),
        )
        draw.rectangle((700, 600, 1300, HEIGHT), fill=(245, 245, 245))
        for column in range(760, 1260, 90):
            draw.rectangle((column, 660, column + 50, 760), fill=(120, 150, 190))
        buffer = io.BytesIO()
        picture.save(buffer, "JPEG", quality=82)
        return buffer.getvalue()
