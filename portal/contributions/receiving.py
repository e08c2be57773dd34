"""Receiving a contribution: the one path every kind's POST takes."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect

__all__ = ["receive"]


def receive(request, form_class, *, save, invalid, thanks: str, then: str):
    """Rate limit, validate, store (unless the honeypot was filled), thank, redirect.

    ``save(cleaned_data)`` writes the contribution; ``invalid(form)`` renders the page
    with the form's errors (the caller sets the 4xx). A bot that filled the honeypot is
    thanked exactly like a person, so it learns nothing.
    """
    limit = form_class.rate_limit
    if limit.exceeded(request):
        return limit.refuse(request)
    form = form_class(request.POST)
    if not form.is_valid():
        return invalid(form)
    if not form.is_spam:
        with transaction.atomic():
            save(form.cleaned_data)
    messages.success(request, thanks)
    return redirect(then)
