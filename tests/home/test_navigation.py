"""Menus, breadcrumbs, footer and reachability (S3)."""

from collections import deque
from urllib.parse import urlsplit

from django.utils.html import escape

from wagtail.models import Page

import pytest

from news.models import NewsPage
from sections.models import ContactsPage, ExternalLinkPage
from tests import factories
from tests.utils import LANGUAGE_CODES, S1_SECTION_TITLES, home_page, parse

pytestmark = pytest.mark.django_db

MAX_CLICKS = 3


def test_main_menu_lists_the_sections_in_the_visitors_language(client):
    for code in LANGUAGE_CODES:
        content = client.get(f"/{code}/").content.decode()
        menu = content.split('id="main-menu-list"', 1)[1].split("</nav>", 1)[0]
        positions = [menu.find(f">{escape(title)}<") for title in S1_SECTION_TITLES[code]]
        assert all(p >= 0 for p in positions), code
        assert positions == sorted(positions), f"{code}: menu order differs from S1"


def test_section_page_lists_its_subsections(client):
    for code in LANGUAGE_CODES:
        university = home_page(code).get_children().get(title=S1_SECTION_TITLES[code][0])
        content = client.get(university.url).content.decode()
        for child in university.get_children().live().in_menu():
            assert escape(child.title) in content, (code, child.title)


def test_breadcrumbs_show_the_path_from_home(client):
    for code in LANGUAGE_CODES:
        university = home_page(code).get_children().get(title=S1_SECTION_TITLES[code][0])
        subsection = university.get_children().live().first()
        content = client.get(subsection.url).content.decode()
        trail = content.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
        assert escape(home_page(code).title) in trail
        assert escape(university.title) in trail
        assert 'aria-current="page"' in trail


def contacts_page(code: str) -> ContactsPage:
    """The locale's contacts page (S1), with contact details of the test's own."""
    contacts = ContactsPage.objects.child_of(home_page(code)).get()
    contacts.phones = f"+7 7172 55 00 {LANGUAGE_CODES.index(code):02d}"
    contacts.emails = f"office-{code}@example.org"
    contacts.save_revision().publish()
    return contacts


def test_footer_carries_the_contacts_of_the_locale(client):
    for code in LANGUAGE_CODES:
        contacts = contacts_page(code)
        content = client.get(f"/{code}/").content.decode()
        footer = content.split('class="site-footer"', 1)[1]
        assert contacts.phone_list[0] in footer
        assert contacts.email_list[0] in footer


def test_every_page_is_reachable_within_three_clicks_from_home(client):
    """Breadth-first crawl of the rendered links, as a visitor would click."""
    for code in LANGUAGE_CODES:
        start = f"/{code}/"
        depth = {start: 0}
        external_links = set()
        queue = deque([start])
        while queue:
            url = queue.popleft()
            if depth[url] == MAX_CLICKS:
                continue
            response = client.get(url)
            if response.status_code != 200:
                continue
            for href in parse(response).links:
                external_links.add(href)
                target = urlsplit(href)
                if target.netloc or not target.path.startswith(start) or target.query:
                    continue
                if target.path not in depth:
                    depth[target.path] = depth[url] + 1
                    queue.append(target.path)
        pages = Page.objects.live().filter(locale__language_code=code, depth__gt=1)
        external = ExternalLinkPage.objects.live().filter(locale__language_code=code)
        portal_urls = {p.url for p in pages.not_type(ExternalLinkPage)}
        unreachable = (portal_urls - set(depth)) | ({p.link_url for p in external} - external_links)
        assert not unreachable, f"{code}: more than {MAX_CLICKS} clicks away: {unreachable}"


def test_external_menu_entries_are_marked_and_lead_off_site(client):
    content = client.get("/en/").content.decode()
    menu = content.split('id="main-menu-list"', 1)[1].split("</nav>", 1)[0]
    assert 'rel="noopener" target="_blank"' in menu
    assert "external site, opens in a new tab" in menu


def test_footer_keeps_the_contacts_when_they_leave_the_menu(client):
    contacts = contacts_page("en")
    contacts.show_in_menus = False
    contacts.save_revision().publish()
    content = client.get("/en/").content.decode()
    assert contacts.phone_list[0] in content.split('class="site-footer"', 1)[1]
    menu = content.split('id="main-menu-list"', 1)[1].split("</nav>", 1)[0]
    assert f">{escape(contacts.title)}<" not in menu


def test_news_items_are_listed_by_date_not_in_menus(client):
    news = factories.news_index("kk")
    mine = [factories.NewsPageFactory(parent=news).pk for _ in range(12)]
    items = NewsPage.objects.live().child_of(news).filter(withdrawn_on__isnull=True)
    pages = range(1, items.count() // 10 + 2)
    listing = "".join(client.get(news.url, {"page": n}).content.decode() for n in pages)
    menu = listing.split('id="main-menu-list"', 1)[1].split("</nav>", 1)[0]
    assert items.filter(pk__in=mine).count() == 12
    for item in items:
        assert escape(item.title) in listing
        assert escape(item.title) not in menu


def test_menus_cards_and_breadcrumbs_link_each_page_at_its_own_address(client):
    """Links are worked out from the parent's address and the slug: a Kazakh slug is
    percent-encoded as Wagtail encodes it."""
    section = factories.sections()[0]
    subsection = factories.SubsectionPageFactory(parent=section, slug="әкімшілік")
    children = [
        factories.SubsectionPageFactory(parent=subsection, slug=slug)
        for slug in ("қабылдау-комиссиясы", "admission")
    ]
    for page, expected in ((subsection, children), (children[0], [section, subsection])):
        content = client.get(page.url).content.decode()
        for linked in expected:
            assert f'href="{linked.url}"' in content, (page.url, linked.url)
    assert "%D3%99%D0%BA%D1%96%D0%BC" in subsection.url
