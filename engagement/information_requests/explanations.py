"""A stored deadline explanation, told in the reader's language (for the admin):
which rule applied, when the request counted as received, and each day skipped and
why (mysociety/alaveteli#5101)."""

from datetime import date, datetime

from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from . import deadlines

RULES = {
    deadlines.RULE_WRITTEN: lambda: _(
        "Written request: 10 working days, counted from the first working day after receipt "
        "(P §11.2)."
    ),
    deadlines.RULE_MEDIA_URGENT: lambda: _(
        "Urgent media request: 3 hours from receipt (P §7.10.2)."
    ),
    deadlines.RULE_MEDIA_IN_DEPTH: lambda: _(
        "Urgent media request needing in-depth preparation: 6 hours from receipt (P §7.10.2)."
    ),
    deadlines.RULE_MEDIA_CURRENT: lambda: _(
        "Current media request: 3 calendar days after the day of receipt (P §7.10.2)."
    ),
    deadlines.RULE_MEDIA_OWN: lambda: _(
        "Current media request with its own deadline: the date the request set (P §7.10.2)."
    ),
}


def _day(value: str) -> str:
    return formats.date_format(date.fromisoformat(value), "D, d.m.Y")


def _moment(value: str) -> str:
    moment = timezone.localtime(datetime.fromisoformat(value))
    return formats.date_format(moment, "d.m.Y H:i")


def why(entry: dict) -> str:
    if entry["why"] == deadlines.WEEKEND:
        return _("weekend")
    if entry["why"] == deadlines.HOLIDAY:
        # The holidays package names holidays in English and Kazakh, not in Russian.
        name = entry.get("names", {}).get(get_language(), entry["name"])
        return _("public holiday: %(name)s") % {"name": name}
    return _("day off by decree: %(name)s") % {"name": entry["name"]}


def explain(explanation: dict) -> list[str]:
    """The explanation as sentences, in order."""
    if not explanation:
        return []
    lines = [RULES.get(explanation.get("rule"), lambda: explanation.get("rule", ""))()]
    lines.append(_("Received at %(moment)s.") % {"moment": _moment(explanation["received_at"])})
    received_on = explanation.get("counts_as_received_on")
    if received_on and received_on != explanation["received_at"][:10]:
        lines.append(
            _("Received on a day off: counts as received on %(day)s.") % {"day": _day(received_on)}
        )
    if explanation.get("first_counted_day"):
        lines.append(
            _("Counting starts on %(day)s.") % {"day": _day(explanation["first_counted_day"])}
        )
    for entry in explanation.get("skipped", []):
        lines.append(
            _("%(day)s skipped: %(why)s.") % {"day": _day(entry["date"]), "why": why(entry)}
        )
    for entry in explanation.get("working_weekend_days", []):
        lines.append(
            _("%(day)s counted: a working day by decree (%(name)s).")
            % {"day": _day(entry["date"]), "name": entry["name"]}
        )
    if explanation.get("working_days"):
        lines.append(
            _("Working days counted: %(days)s.")
            % {"days": ", ".join(_day(d) for d in explanation["working_days"])}
        )
    lines.append(_("Due at %(moment)s.") % {"moment": _moment(explanation["due_at"])})
    return lines
