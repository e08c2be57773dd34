"""Turn spec blocks into the raw StreamField data of ``portal.blocks.BodyStreamBlock``.

Raw data carries explicit block ids, including list items, because wagtail-localize
keys its translation segments on them.
"""

import uuid
from html import escape

from . import spec


def _id() -> str:
    return str(uuid.uuid4())


def _list(items: list) -> list[dict]:
    return [{"type": "item", "value": value, "id": _id()} for value in items]


def _rich_text(paragraphs, items=()) -> str:
    html = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    if items:
        html += "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"
    return html


def _credit(photo):
    """The picture's own credit (demo illustrations say they are), if it has one."""
    return getattr(photo.image, "credit", None)


def raw_block(block: spec.Block, language: str) -> dict:
    """One body block in ``language`` as raw stream data."""
    match block:
        case spec.Heading(text=text):
            value = {"text": text[language], "level": "h2"}
            return {"type": "heading", "value": value, "id": _id()}
        case spec.Paragraphs(paragraphs=paragraphs):
            value = _rich_text([p[language] for p in paragraphs])
            return {"type": "paragraph", "value": value, "id": _id()}
        case spec.BulletList(items=items, intro=intro):
            value = _rich_text([intro[language]] if intro else [], [i[language] for i in items])
            return {"type": "paragraph", "value": value, "id": _id()}
        case spec.Quote(text=text, attribution=attribution):
            value = {"text": text[language], "attribution": attribution[language], "role": ""}
            return {"type": "quote", "value": value, "id": _id()}
        case spec.Links(title=title, links=links):
            items = [
                {"label": link.label[language], "page": None, "url": link.url} for link in links
            ]
            value = {"title": title[language], "links": _list(items)}
            return {"type": "links", "value": value, "id": _id()}
        case spec.ContactCard():
            value = {
                "name": block.name[language],
                "role": block.role[language],
                "phone": block.phone,
                "email": block.email,
                "office": block.office[language] if block.office else "",
                "hours": block.hours[language] if block.hours else "",
                "photo": None,
            }
            return {"type": "contact", "value": value, "id": _id()}
        case spec.PersonCard(person=person, role=role):
            value = {"person": person.resolve().pk, "role": role[language] if role else ""}
            return {"type": "person", "value": value, "id": _id()}
        case spec.Table(caption=caption, header=header, rows=rows):
            value = {
                "caption": caption[language],
                "header": _list([cell[language] for cell in header]),
                "rows": _list([{"cells": _list([cell[language] for cell in row])} for row in rows]),
            }
            return {"type": "table", "value": value, "id": _id()}
        case spec.Gallery(title=title, photos=photos):
            images = [
                {
                    "image": photo.image.resolve().pk,
                    "alt_text": photo.alt[language],
                    "caption": photo.caption[language] if photo.caption else "",
                    "credit": _credit(photo)[language] if _credit(photo) else "",
                }
                for photo in photos
            ]
            value = {"title": title[language], "images": _list(images)}
            return {"type": "gallery", "value": value, "id": _id()}
        case spec.Video(url=url, title=title, transcript=transcript):
            value = {
                "video": url,
                "title": title[language],
                "transcript": transcript[language] if transcript else "",
            }
            return {"type": "video", "value": value, "id": _id()}
        case _ if hasattr(block, "raw"):
            return block.raw(language)  # a block spec of its own (e.g. demo.home_page)
    raise TypeError(f"Unknown spec block: {block!r}")


def texts_of_block(block: spec.Block):
    """Every translatable text of a block, for the translation lookup."""
    match block:
        case spec.Heading(text=text) | spec.Quote(text=text):
            yield text
            if isinstance(block, spec.Quote):
                yield block.attribution
        case spec.Paragraphs(paragraphs=paragraphs):
            yield from paragraphs
        case spec.BulletList(items=items, intro=intro):
            if intro:
                yield intro
            yield from items
        case spec.Links(title=title, links=links):
            yield title
            yield from (link.label for link in links)
        case spec.ContactCard():
            yield from (t for t in (block.name, block.role, block.office, block.hours) if t)
        case spec.PersonCard(role=role):
            if role:
                yield role
        case spec.Table(caption=caption, header=header, rows=rows):
            yield caption
            yield from header
            for row in rows:
                yield from row
        case spec.Video(title=title, transcript=transcript):
            yield title
            if transcript:
                yield transcript
        case spec.Gallery(title=title, photos=photos):
            yield title
            for photo in photos:
                yield photo.alt
                if photo.caption:
                    yield photo.caption
                if _credit(photo):
                    yield _credit(photo)
        case _ if hasattr(block, "texts"):
            yield from block.texts()
