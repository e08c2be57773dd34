"""The one moderated-contribution engine (W §10.2.2, W §8.3.9): a visitor's text held
for moderation and shown only once approved. The Rector's blog comments and the
proposals of public discussions are both built from it.

It is an **abstract** model, not one concrete table, because ``portal`` owns no tables
and each contribution belongs to a page of its own app (a blog post, a discussion):
a real foreign key per kind keeps deletes cascading and queries joined, where one
shared table would need a generic relation to any page. What is shared is everything
else: the fields and their rules (``models``), the form with the honeypot and the
shared rate limit and the view that receives it (``forms``, ``receiving``), and the one
admin moderation screen that lists every concrete kind, filtered by page and state
(``moderation``).
"""
