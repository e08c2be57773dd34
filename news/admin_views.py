"""The blog comments' old admin address, kept for bookmarks: the shared moderation
screen (``portal.contributions.moderation``) fixed to blog comments."""

from portal.contributions.moderation import moderation as shared_moderation


def moderation(request):
    return shared_moderation(request, kind="news.blogcomment")
