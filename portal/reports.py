"""The base of the portal's admin reports (publication log, unanswered searches,
outgoing mail): Wagtail's report view, which pages, filters and exports, closed to
everyone its ``may_view`` does not admit."""

from django.core.exceptions import PermissionDenied

from wagtail.admin.views.reports import ReportView


class GuardedReportView(ReportView):
    """A report for the users ``may_view`` admits (others get Wagtail's "permission
    denied"); exports have the columns of ``export_headings``, in their order."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.export_headings and not cls.__dict__.get("list_export"):
            cls.list_export = list(cls.export_headings)

    def may_view(self, user) -> bool:
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        if not self.may_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
