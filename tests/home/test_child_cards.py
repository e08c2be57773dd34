"""A section or subsection lists its children as cards (S3: the third level is reached
only through them): each child's title linking to its own address, the first thirty
words of its intro, external entries marked; what an editor typed is shown as text."""

import re
from html import unescape

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def cards(client, page) -> list[str]:
    html = client.get(page.url).content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return re.findall(r'<li class="card">.*?</li>', main, re.S)


def test_each_child_is_a_card_linking_to_its_page_with_its_intro_cut_at_thirty_words(client):
    subsection = factories.SubsectionPageFactory(parent=factories.sections()[0])
    long_intro = " ".join(f"сөз{n}" for n in range(1, 41))
    first = factories.SubsectionPageFactory(parent=subsection, intro=long_intro)
    second = factories.SubsectionPageFactory(parent=subsection, intro="Қысқа  сипаттама.")
    found = cards(client, subsection)
    assert len(found) == 2
    assert f'href="{first.url}"' in found[0] and f">{first.title}</a>" in found[0]
    assert f'href="{second.url}"' in found[1]
    shown = unescape(re.search(r'<p class="card__text">(.*?)</p>', found[0]).group(1))
    assert shown == " ".join(f"сөз{n}" for n in range(1, 31)) + " …"
    assert '<p class="card__text">Қысқа сипаттама.</p>' in found[1]


def test_a_child_without_an_intro_has_no_empty_text(client):
    subsection = factories.SubsectionPageFactory(parent=factories.sections()[0])
    factories.SubsectionPageFactory(parent=subsection, intro="")
    (card,) = cards(client, subsection)
    assert "card__text" not in card


def test_titles_and_intros_are_shown_as_text_not_markup(client):
    subsection = factories.SubsectionPageFactory(parent=factories.sections()[0])
    factories.SubsectionPageFactory(
        parent=subsection,
        title='<script>alert("x")</script> & Ко',
        intro='<img src=x onerror="alert(1)"> мәтін',
    )
    (card,) = cards(client, subsection)
    assert "<script>" not in card and "<img" not in card
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Ко" in card
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; мәтін" in card


@pytest.mark.parametrize(
    ("language", "label"), [("kk", "сыртқы сайт"), ("ru", "внешний сайт"), ("en", "external site")]
)
def test_an_external_entry_is_marked_in_the_page_language(client, language, label):
    section = factories.sections(language)[0]
    link = factories.ExternalLinkPageFactory(parent=section, link_url="https://enbek.kz/?a=1&b=2")
    (card,) = [card for card in cards(client, section) if link.title in card]
    assert 'href="https://enbek.kz/?a=1&amp;b=2" rel="noopener"' in card
    assert f'<span class="visually-hidden"> ({label})</span>' in card


def test_hidden_and_unpublished_children_have_no_card_and_a_childless_page_no_list(client):
    subsection = factories.SubsectionPageFactory(parent=factories.sections()[0])
    factories.SubsectionPageFactory(parent=subsection, show_in_menus=False)
    factories.SubsectionPageFactory(parent=subsection, publish=False)
    html = client.get(subsection.url).content.decode()
    assert 'class="card-list"' not in html[html.index("<main") : html.index("</main>")]
