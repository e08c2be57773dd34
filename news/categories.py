"""The categories a news item is filed under (N1): one list for the model, its filter
form and the index's category links."""

from django.utils.translation import gettext_lazy as _

CATEGORY_CHOICES = [
    ("university", _("University life")),
    ("education", _("Education")),
    ("science", _("Science")),
    ("international", _("International cooperation")),
    ("admission", _("Admission")),
    ("students", _("Students")),
]
