"""E2, W §8.3.9: public discussions take proposals while open, hold them for
moderation on the one contributions screen, close by themselves and show the outcome;
the responsible unit exports the proposals as CSV."""

import csv
import datetime
import io

from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

import pytest

from engagement.participation.models import DiscussionPage, Proposal
from governance import roles
from news.models import BlogComment
from tests import factories

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Aliya",
    "email": "aliya@example.com",
    "clause": "3.2",
    "text": "Add the opinion of the student council to clause 3.2.",
    "consent": "on",
    "website": "",
}


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


def make_discussion(**kwargs) -> dict:
    section = factories.edited_section(roles.SECTION_EDITORS["universitet"])
    return factories.translate_everywhere(factories.DiscussionPageFactory(parent=section, **kwargs))


@pytest.fixture
def discussion():
    return make_discussion()


def propose(client, page, **changes):
    return client.post(f"{page.url}propose/", {**VALID, **changes})


def test_a_proposal_is_invisible_until_approved_then_shown_in_every_language(client, discussion):
    response = client.post(f"{discussion['en'].url}propose/", VALID, follow=True)
    html = response.content.decode()
    assert "awaiting moderation" in html
    assert VALID["text"] not in html
    proposal = Proposal.objects.get()
    assert proposal.status == Proposal.Status.PENDING and proposal.clause == "3.2"
    assert proposal.consent_at is not None
    proposal.moderate(Proposal.Status.APPROVED, user=None)
    for language in ("kk", "ru", "en"):
        html = client.get(discussion[language].url).content.decode()
        assert VALID["text"] in html, language
        assert VALID["email"] not in html, "the e-mail address stays private"


def test_a_closed_discussion_refuses_posts_and_shows_its_outcome(client):
    past = timezone.now() - datetime.timedelta(days=10)
    pages = make_discussion(opens_at=past, closes_at=past + datetime.timedelta(days=5))
    response = propose(client, pages["en"])
    assert response.status_code == 403
    assert "closed" in response.content.decode()
    assert not Proposal.objects.exists()
    html = client.get(pages["kk"].url).content.decode()
    assert "Талқылау қорытындысы жарияланды." in html
    assert 'name="text"' not in html, "no form after closing"


def test_a_discussion_not_open_yet_refuses_posts(client):
    future = timezone.now() + datetime.timedelta(days=3)
    pages = make_discussion(opens_at=future, closes_at=future + datetime.timedelta(days=5))
    assert propose(client, pages["en"]).status_code == 403
    assert not Proposal.objects.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"consent": ""}, "consent"),
        ({"text": "   "}, "This field is required."),
        ({"text": "x" * 5001}, "5000"),
        ({"text": "<a href='http://spam'>win</a>"}, "HTML"),
        ({"clause": "<b>3</b>"}, "HTML"),
        ({"clause": "x" * 201}, "200"),
        ({"email": "nobody"}, "e-mail"),
        ({"name": ""}, "This field is required."),
    ],
)
def test_bad_proposals_get_a_message_and_nothing_is_stored(client, discussion, changes, message):
    response = propose(client, discussion["en"], **changes)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "<a href='http://spam'>" not in response.content.decode()
    assert not Proposal.objects.exists()


def test_comments_and_proposals_share_one_rate_limit(client, discussion):
    post = factories.BlogPostPageFactory(parent=factories.blog_index())
    comment = {"name": "A", "email": "a@example.com", "text": "Hello", "website": ""}
    for _number in range(5):
        assert client.post(f"{post.url}comment/", comment).status_code == 302
    assert propose(client, discussion["en"]).status_code == 429
    assert not Proposal.objects.exists()


def test_one_moderation_screen_lists_every_kind_filtered_by_page_and_state(client, discussion):
    admin = factories.SuperuserFactory()
    post = factories.BlogPostPageFactory(parent=factories.blog_index())
    BlogComment.objects.create(post=post, name="B", email="b@example.com", text="Blog words")
    proposal = factories.ProposalFactory(page=discussion["ru"], text="Талқылау сөзі")
    client.force_login(admin)
    url = reverse("portal_contributions")
    html = client.get(url).content.decode()
    assert "Blog words" in html and "Талқылау сөзі" in html
    html = client.get(url, {"on": discussion["ru"].pk}).content.decode()
    assert "Талқылау сөзі" in html and "Blog words" not in html
    html = client.get(url, {"kind": "news.blogcomment"}).content.decode()
    assert "Blog words" in html and "Талқылау сөзі" not in html
    for bad in ({"on": "x"}, {"kind": "auth.user"}, {"status": "drop"}, {"page": "-1"}):
        assert client.get(url, bad).status_code == 200
    response = client.post(
        url, {"comment": proposal.pk, "kind": "participation.proposal", "action": "approve"}
    )
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == "approved" and proposal.moderated_by == admin
    html = client.get(url, {"status": "approved"}).content.decode()
    assert "Талқылау сөзі" in html


def test_the_responsible_unit_exports_the_proposals_as_csv(client, discussion):
    editor = factories.UserFactory(groups=[roles.UNIT_EDITORS])
    unit = factories.UnitFactory(site_editor=editor)
    page = discussion["kk"]
    page.responsible_unit = unit
    page.save_revision().publish()
    factories.ProposalFactory(page=discussion["en"], text='=HYPERLINK("http://x")')
    factories.ProposalFactory(page=page, status="approved")
    url = reverse("participation_proposals_csv", args=[page.pk])
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["id", "submitted", "language", "status"]
    assert len(rows) == 3
    assert {row[2] for row in rows[1:]} == {"kk", "en"}
    assert any(row[7].startswith("'=HYPERLINK") for row in rows[1:]), "formula defused"
    assert "erlan@example.com" in response.content.decode()
    outsider = factories.role_user(roles.TRANSLATORS["ru"])
    client.force_login(outsider)
    assert client.get(url).status_code == 403


def test_discussions_live_in_sections_not_in_news():
    section = factories.edited_section(roles.SECTION_EDITORS["universitet"])
    assert DiscussionPage.can_create_at(section)
    assert not DiscussionPage.can_create_at(factories.news_index())


def test_a_discussion_closing_before_it_opens_is_refused():
    section = factories.edited_section(roles.SECTION_EDITORS["universitet"])
    now = timezone.now()
    page = DiscussionPage(title="T", slug="t", opens_at=now, closes_at=now)
    page.locale = section.locale
    with pytest.raises(ValidationError) as error:
        section.add_child(instance=page)
    assert "closes_at" in error.value.message_dict
    assert not DiscussionPage.objects.filter(slug="t").exists()


def test_a_discussion_not_open_yet_is_not_kept_in_shared_caches(client):
    future = timezone.now() + datetime.timedelta(days=3)
    pages = make_discussion(opens_at=future, closes_at=future + datetime.timedelta(days=5))
    response = client.get(pages["en"].url)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
