"""Draw the university's mark once, as geometry, and write it out as the SVG the header
and browsers show and as the PNG and ICO files that devices ask for.

Run from the repository root after changing the mark or the colours:
``.venv/bin/python deploy/make_icons.py``. The outputs are committed under
``portal/static/portal/brand/`` (and ``favicon.ico``), so a deployment needs no image
tools. The colours are read from the CSS variables in ``portal/static/css/portal.css``,
the one place that defines them.

The mark: a seal in the university's dark blue with a gold ring; inside it, a
shanyrak (the crown of the yurt, the Kazakh sign of home and continuity) above an open
book (learning). It carries no lettering, so it needs no translation and stays legible
at 16 px.
"""

import re
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
CSS = ROOT / "portal" / "static" / "css" / "portal.css"
OUT = ROOT / "portal" / "static" / "portal" / "brand"
VIEWBOX = 64
SUPERSAMPLE = 8


def css_colour(name):
    match = re.search(rf"--{name}:\s*(#[0-9a-fA-F]{{6}})", CSS.read_text())
    if not match:
        raise SystemExit(f"--{name} is not a six-digit colour in {CSS}")
    return match.group(1).lower()


BLUE = css_colour("color-primary-dark")
GOLD = css_colour("color-accent")
WHITE = "#ffffff"
CX, CY = 32, 32
RING_R, SHANYRAK_CY, SHANYRAK_R, BAR = 28, 24, 9.5, 4.2


def shapes():
    """The mark as (kind, parameters) in a 64 × 64 box, drawn the same way in every format."""
    yield "disc", {"cx": CX, "cy": CY, "r": 31.5, "fill": BLUE}
    yield "ring", {"cx": CX, "cy": CY, "r": RING_R, "width": 2.2, "colour": GOLD}
    yield "ring", {"cx": CX, "cy": SHANYRAK_CY, "r": SHANYRAK_R, "width": 2.6, "colour": GOLD}
    # The crossbars of the shanyrak: two each way, ending on its rim.
    half = (SHANYRAK_R**2 - BAR**2) ** 0.5
    for offset in (-BAR, BAR):
        x = CX + offset
        yield "line", {"points": [(x, SHANYRAK_CY - half), (x, SHANYRAK_CY + half)], "width": 2}
        y = SHANYRAK_CY + offset
        yield "line", {"points": [(CX - half, y), (CX + half, y)], "width": 2}
    # The open book: two pages rising from the spine.
    yield "polygon", {"points": [(14.5, 38.5), (31, 41.5), (31, 51.5), (14.5, 48.5)], "fill": WHITE}
    yield "polygon", {"points": [(33, 41.5), (49.5, 38.5), (49.5, 48.5), (33, 51.5)], "fill": WHITE}


def svg():
    parts = []
    for kind, p in shapes():
        if kind == "disc":
            parts.append(f'<circle cx="{p["cx"]}" cy="{p["cy"]}" r="{p["r"]}" fill="{p["fill"]}"/>')
        elif kind == "ring":
            parts.append(
                f'<circle cx="{p["cx"]}" cy="{p["cy"]}" r="{p["r"]}" fill="none" '
                f'stroke="{p["colour"]}" stroke-width="{p["width"]}"/>'
            )
        elif kind == "line":
            (x1, y1), (x2, y2) = p["points"]
            parts.append(
                f'<line x1="{x1:.2f}" y1="{y1:.2f}" x2="{x2:.2f}" y2="{y2:.2f}" '
                f'stroke="{GOLD}" stroke-width="{p["width"]}"/>'
            )
        else:
            points = " ".join(f"{x:g},{y:g}" for x, y in p["points"])
            parts.append(f'<polygon points="{points}" fill="{p["fill"]}"/>')
    body = "\n  ".join(parts)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {VIEWBOX} {VIEWBOX}" '
        f'width="{VIEWBOX}" height="{VIEWBOX}">\n  {body}\n</svg>\n'
    )


def raster(size, *, background=None, scale=1.0):
    """The mark at ``size`` pixels, drawn large and reduced for smooth edges. A
    ``background`` fills the square (Apple and Android crop icons to their own shape)
    and ``scale`` leaves a margin around the seal."""
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), background or (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    unit = big / VIEWBOX * scale
    shift = big * (1 - scale) / 2

    def at(x, y):
        return (shift + x * unit, shift + y * unit)

    for kind, p in shapes():
        if kind in {"disc", "ring"}:
            (x0, y0), (x1, y1) = (
                at(p["cx"] - p["r"], p["cy"] - p["r"]),
                at(p["cx"] + p["r"], p["cy"] + p["r"]),
            )
            if kind == "disc":
                draw.ellipse((x0, y0, x1, y1), fill=p["fill"])
            else:
                half = p["width"] * unit / 2
                draw.ellipse(
                    (x0 - half, y0 - half, x1 + half, y1 + half),
                    outline=p["colour"],
                    width=round(p["width"] * unit),
                )
        elif kind == "line":
            (x1, y1), (x2, y2) = p["points"]
            half = p["width"] / 2
            if x1 == x2:
                corners = [(x1 - half, y1), (x1 + half, y1), (x2 + half, y2), (x2 - half, y2)]
            else:
                corners = [(x1, y1 - half), (x2, y2 - half), (x2, y2 + half), (x1, y1 + half)]
            draw.polygon([at(x, y) for x, y in corners], fill=GOLD)
        else:
            draw.polygon([at(x, y) for x, y in p["points"]], fill=p["fill"])
    return image.resize((size, size), Image.LANCZOS)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "mark.svg").write_text(svg())
    raster(180, background=BLUE, scale=0.86).convert("RGB").save(
        OUT / "apple-touch-icon.png", optimize=True
    )
    for size in (192, 512):
        # "maskable" in the manifest: the seal keeps inside the safe zone (80 %).
        raster(size, background=BLUE, scale=0.8).save(OUT / f"icon-{size}.png", optimize=True)
    raster(256).save(OUT / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
    for path in sorted(OUT.iterdir()):
        print(path.relative_to(ROOT), path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
