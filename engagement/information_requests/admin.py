"""The requests office's register in the Wagtail admin (E1, E7): filters, flags,
the due date with its explanation, the decision, and a CSV export that carries
personal data only for a user holding ``view_personal_data``."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

import django_filters

from .admin_forms import InformationRequestAdminForm
from .admin_panels import DeadlinePanel
from .models import CalendarTransfer, InformationRequest

PERSONAL_DATA = "information_requests.view_personal_data"


class RegisteredOnlyPolicy(ModelPermissionPolicy):
    """Requests come from the public form only: nobody adds one in the admin, so each
    has a number and a computed due date."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [a for a in actions if a != "add"])


class RequestFilterSet(WagtailFilterSet):
    overdue = django_filters.BooleanFilter(label=_("Overdue"), method="filter_overdue")
    due_today = django_filters.BooleanFilter(label=_("Due today"), method="filter_due_today")

    class Meta:
        model = InformationRequest
        fields = ["status", "kind", "unit", "responsible"]

    def filter_overdue(self, queryset, name, value):
        overdue = InformationRequest.objects.overdue().values("pk")
        return queryset.filter(pk__in=overdue) if value else queryset.exclude(pk__in=overdue)

    def filter_due_today(self, queryset, name, value):
        today = InformationRequest.objects.due_today().values("pk")
        return queryset.filter(pk__in=today) if value else queryset.exclude(pk__in=today)


class DueColumn(Column):
    """The due moment, flagged when overdue or due today."""

    cell_template_name = "information_requests/admin/due_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["overdue"] = instance.is_overdue()
        context["due_today"] = instance.is_due_today()
        return context


EXPORT = [
    "reference",
    "kind",
    "urgency",
    "status",
    "unit",
    "received_at",
    "due_at",
    "reply_date",
    "decided_by",
    "delegate_name",
    "copies_cost",
    "closed_at",
]
PERSONAL_EXPORT = ["name", "organisation", "email", "phone", "subject"]


class RequestIndexView(IndexView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if request.user.has_perm(PERSONAL_DATA):
            self.list_export = [*self.list_export, *PERSONAL_EXPORT]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("unit", "responsible")


class InformationRequestViewSet(SnippetViewSet):
    model = InformationRequest
    icon = "mail"
    menu_label = _("Requests register")
    url_prefix = "information-requests/register"
    admin_url_namespace = "information_requests_admin"
    index_view_class = RequestIndexView
    filterset_class = RequestFilterSet
    list_display = [
        "reference",
        "kind",
        "status",
        "unit",
        "responsible",
        DueColumn("due_at", label=_("due"), sort_key="due_at"),
    ]
    list_export = EXPORT
    export_filename = "information-requests"
    list_per_page = 50
    ordering = ["-received_at"]
    search_fields = None
    copy_view_enabled = False

    edit_handler = ObjectList(
        [
            DeadlinePanel(heading=_("Due date")),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [
                            FieldPanel("reference", read_only=True),
                            FieldPanel("kind", read_only=True),
                            FieldPanel("urgency", read_only=True),
                        ]
                    ),
                    FieldRowPanel(
                        [
                            FieldPanel("received_at", read_only=True),
                            FieldPanel("own_deadline", read_only=True),
                            FieldPanel("language", read_only=True),
                        ]
                    ),
                ],
                heading=_("Request"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel(name, read_only=True, permission=PERSONAL_DATA)
                    for name in (
                        "name",
                        "organisation",
                        "email",
                        "phone",
                        "subject",
                        "text",
                        "attachment",
                        "consent_at",
                    )
                ],
                heading=_("Requester (personal data)"),
                permission=PERSONAL_DATA,
            ),
            MultiFieldPanel(
                [FieldPanel("status"), FieldPanel("unit"), FieldPanel("responsible")],
                heading=_("Handling"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("reply_date"),
                    FieldPanel("reply_text"),
                    FieldPanel("reply_attachment"),
                    FieldPanel("refusal_reason"),
                    FieldRowPanel([FieldPanel("decided_by"), FieldPanel("delegate_name")]),
                    FieldPanel("copies_cost"),
                ],
                heading=_("Decision (P §11.2–11.4)"),
            ),
        ],
        base_form_class=InformationRequestAdminForm,
    )


class CalendarTransferViewSet(SnippetViewSet):
    model = CalendarTransfer
    icon = "date"
    menu_label = _("Working-day calendar")
    url_prefix = "information-requests/calendar"
    admin_url_namespace = "information_requests_calendar"
    list_display = ["date", "is_working_day", "reason"]
    ordering = ["-date"]
    panels = [FieldPanel("date"), FieldPanel("is_working_day"), FieldPanel("reason")]


class InformationRequestsGroup(SnippetViewSetGroup):
    menu_label = _("Information requests")
    menu_icon = "mail"
    menu_order = 250
    items = (InformationRequestViewSet, CalendarTransferViewSet)
