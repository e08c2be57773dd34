"""The one admin screen that moderates every kind of contribution: filters by kind,
page and state, counts per state, approve / reject / delete.

A person sees the kinds they hold ``change_<model>`` for; deleting needs
``delete_<model>``. The listing of several kinds is one UNION query of (kind, id,
date) rows paginated in the database, then one query per kind for the rows shown.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import CharField, Count, Value
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Page

from portal.listing import paginate

from .models import ContributionStatus, contribution_models

__all__ = ["moderation"]

PER_PAGE = 25
Status = ContributionStatus


def _label(model) -> str:
    return model._meta.label_lower


def _may(user, model, action: str) -> bool:
    return user.has_perm(f"{model._meta.app_label}.{action}_{model._meta.model_name}")


class FilterForm(forms.Form):
    kind = forms.ChoiceField(required=False)
    status = forms.ChoiceField(choices=Status.choices, required=False)
    on = forms.IntegerField(required=False, min_value=1)

    def __init__(self, data, kinds):
        super().__init__(data)
        self.fields["kind"].choices = [("", "")] + [(_label(m), _label(m)) for m in kinds]


class ModerationForm(forms.Form):
    """``comment`` is the id of a contribution of any kind (the field kept the name
    it had when blog comments were the only kind)."""

    action = forms.ChoiceField(
        choices=[
            ("approve", gettext_lazy("Approve")),
            ("reject", gettext_lazy("Reject")),
            ("delete", gettext_lazy("Delete")),
        ]
    )
    kind = forms.ChoiceField()
    comment = forms.IntegerField(min_value=1)

    def __init__(self, data, kinds):
        super().__init__(data)
        self.fields["kind"].choices = [(_label(m), _label(m)) for m in kinds]


def moderation(request, kind: str | None = None):
    """``kind`` (a model label) fixes the screen to one kind, for the old blog address."""
    kinds = [m for m in contribution_models() if _may(request.user, m, "change")]
    if kind is not None:
        kinds = [m for m in kinds if _label(m) == kind]
    if not kinds:
        raise PermissionDenied
    if request.method == "POST":
        return _moderate(request, kinds, kind)
    filters = FilterForm(request.GET, kinds)
    cleaned = filters.cleaned_data if filters.is_valid() else {}
    status = cleaned.get("status") or Status.PENDING
    chosen = [m for m in kinds if _label(m) == cleaned.get("kind")] or kinds
    on = cleaned.get("on")

    def rows(model):
        queryset = model.objects.all()
        if on:
            queryset = queryset.filter(**{f"{model.page_field}_id": on})
        return queryset

    counts = {}
    for model in chosen:
        for value, number in rows(model).values_list("status").annotate(n=Count("pk")).order_by():
            counts[value] = counts.get(value, 0) + number
    listed = [
        rows(model)
        .filter(status=status)
        .annotate(kind=Value(_label(model), output_field=CharField()))
        .order_by()
        .values_list("kind", "pk", "created_at")
        for model in chosen
    ]
    union = listed[0].union(*listed[1:], all=True) if len(listed) > 1 else listed[0]
    shown = paginate(request, union.order_by("created_at", "pk"), PER_PAGE)
    by_kind = {}
    for label, pk, _created in shown.object_list:
        by_kind.setdefault(label, []).append(pk)
    objects = {}
    for model in chosen:
        ids = by_kind.get(_label(model))
        if ids:
            related = [model.page_field, f"{model.page_field}__locale"]
            for pk, item in model.objects.select_related(*related).in_bulk(ids).items():
                item.kind_label = _label(model)
                item.kind_name = model._meta.verbose_name
                objects[(_label(model), pk)] = item
    items = [objects[(label, pk)] for label, pk, _created in shown.object_list]
    pages = _pages_with_contributions(kinds)
    query = urlencode({k: v for k, v in {"kind": cleaned.get("kind"), "on": on}.items() if v})
    return TemplateResponse(
        request,
        "portal/admin/contributions.html",
        {
            "items": items,
            "paginated": shown,
            "tabs": [(value, label, counts.get(value, 0)) for value, label in Status.choices],
            "status": status,
            "waiting": counts.get(Status.PENDING, 0),
            "kinds": [(_label(m), m._meta.verbose_name_plural) for m in kinds],
            "kind": cleaned.get("kind") or "",
            "pages": pages,
            "on": on,
            "query": query,
            "page_query": "&".join(filter(None, [f"status={status}", query])),
            "deletable": {_label(m) for m in kinds if _may(request.user, m, "delete")},
            "fixed_kind": kind,
        },
    )


def _pages_with_contributions(kinds) -> list[Page]:
    ids = set()
    for model in kinds:
        ids.update(model.objects.values_list(f"{model.page_field}_id", flat=True).distinct())
    return list(Page.objects.filter(pk__in=ids).select_related("locale").order_by("title"))


@transaction.atomic
def _moderate(request, kinds, fixed_kind):
    data = request.POST.copy()
    if fixed_kind and not data.get("kind"):
        data["kind"] = fixed_kind
    form = ModerationForm(data, kinds)
    model = None
    item = None
    if form.is_valid():
        model = next(m for m in kinds if _label(m) == form.cleaned_data["kind"])
        item = model.objects.select_for_update().filter(pk=form.cleaned_data["comment"]).first()
    if item is None:
        messages.error(request, _("That comment could not be found; nothing was changed."))
        return redirect(request.path)
    action = form.cleaned_data["action"]
    back_to = item.status
    if action == "delete":
        if not _may(request.user, model, "delete"):
            raise PermissionDenied
        item.delete()
        messages.success(request, _("The comment was deleted."))
    elif action == "approve":
        item.moderate(Status.APPROVED, request.user)
        messages.success(request, _("The comment was approved and is now visible."))
    else:
        item.moderate(Status.REJECTED, request.user)
        messages.success(request, _("The comment was rejected."))
    return redirect(f"{request.path}?status={back_to}")
