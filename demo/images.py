"""Demo pictures: honest illustrations, never fake photographs.

The demo has no photography, so each picture is a typographic illustration in the
university's colours (portal.css: primary #0b4f8a, dark #073763, accent #d8a200) that
says its subject in words, in Kazakh, Russian and English, and is labelled
"Illustration" in the picture itself, in its library title, its alt text and its credit.

Each is 1600×1067 (above the 1200×800 the content rules ask of photos), drawn in a few
milliseconds from its title alone (the same title always gives the same picture), made
once and found again by title, so ``load_demo`` stays idempotent.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.core.files.images import ImageFile

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from .spec import T

WIDTH, HEIGHT = 1600, 1067
MARGIN = 110

PRIMARY = (11, 79, 138)
PRIMARY_DARK = (7, 55, 99)
ACCENT = (216, 162, 0)
GOLD_LIGHT = (255, 199, 44)
SURFACE = (244, 246, 249)
MUTED_ON_DARK = (197, 207, 219)

# (background, pattern, label) — every pair keeps the words readable.
PALETTES = (
    (PRIMARY, PRIMARY_DARK, GOLD_LIGHT),
    (PRIMARY_DARK, PRIMARY, GOLD_LIGHT),
    ((20, 66, 112), ACCENT, GOLD_LIGHT),
)

ILLUSTRATION_LABEL = "ИЛЛЮСТРАЦИЯ · ILLUSTRATION"
CREDIT = T(
    kk="Иллюстрация: демо-сурет, фотосурет емес",
    ru="Иллюстрация: демонстрационный рисунок, не фотография",
    en="Illustration: a demo drawing, not a photograph",
)

# DejaVu (Debian fonts-dejavu-core) has Kazakh letters; Pillow's own font is the fallback.
_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))


@cache
def _font(size: int, bold: bool = False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in _FONT_DIRS:
        if (folder / name).exists():
            return ImageFont.truetype(str(folder / name), size)
    return ImageFont.load_default(size=size)


def illustration_alt(subject: T) -> T:
    """Alt text that says what the picture really is: words on a pattern."""
    return T(
        kk=f"Иллюстрация, жазуы: {subject.kk}",
        ru=f"Иллюстрация с надписью: {subject.ru}",
        en=f"Illustration with the words: {subject.en}",
    )


@dataclass(frozen=True)
class DemoImage:
    """A spec value resolved to a Wagtail image when the page is built.

    ``title`` names the subject (English, for the image library); ``subject`` is what
    the picture says, in three languages (the title when there is none); ``colour``
    only chooses among the university's palettes.
    """

    title: str
    colour: tuple[int, int, int]
    subject: T | None = None

    @property
    def library_title(self) -> str:
        return f"Illustration: {self.title}"

    @property
    def alt(self) -> T:
        return illustration_alt(self.subject or T(kk=self.title, ru=self.title, en=self.title))

    credit = CREDIT

    def resolve(self):
        from wagtail.images import get_image_model

        model = get_image_model()
        image = model.objects.filter(title=self.library_title).first()
        if image is None:
            image = model(title=self.library_title)
            image.file = ImageFile(io.BytesIO(self._jpeg()), name=f"{self._slug()}.jpg")
            image.save()
        return image

    def _slug(self) -> str:
        slug = "".join(c if c.isalnum() else "-" for c in self.library_title.lower())
        return slug.strip("-")[:60]

    def _jpeg(self) -> bytes:
        seed = zlib.crc32(self.title.encode())
        background, pattern, label = PALETTES[sum(self.colour) % len(PALETTES)]
        picture = PILImage.new("RGB", (WIDTH, HEIGHT), background)
        draw = ImageDraw.Draw(picture)
        (_lattice, _dots, _arcs)[seed % 3](draw, pattern, seed)
        # A calm panel behind the words, so the pattern never fights the text.
        draw.rectangle((0, 0, WIDTH * 0.68, HEIGHT), fill=background)
        draw.rectangle((WIDTH * 0.68, 0, WIDTH * 0.68 + 14, HEIGHT), fill=label)
        self._words(draw, label)
        buffer = io.BytesIO()
        picture.save(buffer, "JPEG", quality=85)
        return buffer.getvalue()

    def _words(self, draw: ImageDraw.ImageDraw, label) -> None:
        width = int(WIDTH * 0.68) - 2 * MARGIN
        draw.text((MARGIN, MARGIN), ILLUSTRATION_LABEL, font=_font(34, bold=True), fill=label)
        y = MARGIN + 90
        subject = self.subject
        lines = (
            [(subject.kk, 66, True, (255, 255, 255))]
            + [(text, 38, False, MUTED_ON_DARK) for text in (subject.ru, subject.en)]
            if subject
            else [(self.title, 66, True, (255, 255, 255))]
        )
        for text, size, bold, colour in lines:
            font = _font(size, bold)
            for line in _wrap(draw, text, font, width)[:4]:
                draw.text((MARGIN, y), line, font=font, fill=colour)
                y += int(size * 1.25)
            y += 30
        draw.text(
            (MARGIN, HEIGHT - MARGIN - 34),
            "Қ. Құлажанов атындағы ҚазТБУ · KazUTB",
            font=_font(30),
            fill=MUTED_ON_DARK,
        )


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


# --- Patterns, drawn on the right third of the picture ---------------------------------


def _lattice(draw, colour, seed) -> None:
    step = 60 + seed % 40
    for offset in range(-HEIGHT, WIDTH, step):
        draw.line([(offset, 0), (offset + HEIGHT, HEIGHT)], fill=colour, width=10)
        draw.line([(offset, HEIGHT), (offset + HEIGHT, 0)], fill=colour, width=10)


def _dots(draw, colour, seed) -> None:
    step = 70 + seed % 30
    for row, y in enumerate(range(0, HEIGHT + step, step)):
        for x in range(int(WIDTH * 0.6) + (row % 2) * step // 2, WIDTH + step, step):
            radius = step // 3
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)


def _arcs(draw, colour, seed) -> None:
    step = 48 + seed % 24
    centre = (WIDTH, HEIGHT // 2 + (seed % 200) - 100)
    for radius in range(step, WIDTH, step * 2):
        box = (centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius)
        draw.ellipse(box, outline=colour, width=step // 2)
