"""The export's decision point in words: exactly what leaves, case by case and field by field.

Made from the very bytes of data.json that go into the package (the service's preview parses
them back, ``ExportPreview.data``), not from the request or the vault: so what the coordinator
reads is what leaves, nothing more and nothing less. Every key of data.json is shown; a key this
module does not know is still shown, under its own name. Field names are the one vocabulary's
(:mod:`kopingplan.domain.vocabulary`, as in the briefs), code values and dates are written as
everywhere else on screen. The exact data.json stays one click away on the preview page.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from kopingplan import filetypes
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.cases.case_support import format_time
from kopingplan.gui.common import labels
from kopingplan.gui.common.text_context import TextContext
from kopingplan.gui.exchange.exchange_attach import size_text

# Keys shown in a heading or section of their own, not as a row of their record.
_SECTIONS = ("subjects", "notes", "measures")


class ExportPreview(TextContext):
    """The context of this module's texts."""


def _day(value: Any) -> str:
    try:
        return format_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _moment(value: Any) -> str:
    try:
        return format_time(datetime.fromisoformat(str(value)))
    except ValueError:
        return _day(value)


def _code(label: Callable[[str], str]) -> Callable[[Any], str]:
    return lambda value: label(str(value))


# How a value of each field is written; a field not listed is shown as it is.
_CASE_VALUES: dict[str, Callable[[Any], str]] = {
    "level": _code(labels.level),
    "orientation": _code(labels.orientation),
    "status": _code(labels.status),
    "opened_on": _day,
    "closed_on": _day,
}
_MEASURE_VALUES: dict[str, Callable[[Any], str]] = {
    "status": _code(labels.measure_status),
    "actor": _code(labels.actor),  # a kind's code, or the responsible actor's own name
    "starts_on": _day,
    "follow_up_on": _day,
}
_NOTE_VALUES: dict[str, Callable[[Any], str]] = {"written_at": _moment}
_ENTRY_VALUES: dict[str, Callable[[Any], str]] = {
    "observed_on": _day,
    "orientation": _code(labels.orientation),
    "reliability": _code(labels.reliability),
}


def _text(value: Any) -> str:
    """Escaped, with its line breaks kept."""
    if isinstance(value, list | dict):
        value = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return html.escape(str(value)).replace("\n", "<br>")


def _rows(record: Mapping[str, Any], formats: Mapping[str, Callable[[Any], str]]) -> str:
    """A record's fields as a two-column table, in data.json's order."""
    cells = []
    for key, value in record.items():
        if key in _SECTIONS:
            continue
        shown = formats[key](value) if key in formats else value
        if shown in ("", None):
            shown = ExportPreview.tr("(empty)")
        cells.append(
            f"<tr><td style='padding-right:12px'><b>{html.escape(labels.field(key))}</b></td>"
            f"<td>{_text(shown)}</td></tr>"
        )
    return "<table cellspacing='0' cellpadding='2'>" + "".join(cells) + "</table>"


def _records(
    title: str, items: Sequence[Mapping[str, Any]], formats: Mapping[str, Callable[[Any], str]]
) -> str:
    heading = f"<p><b>{html.escape(title)} ({len(items)})</b></p>"
    if not items:
        none = html.escape(ExportPreview.tr("None."))
        return heading + f"<p style='margin-left:16px'>{none}</p>"
    parts = [f"<div style='margin-left:16px'>{_rows(item, formats)}</div>" for item in items]
    return heading + "<hr>".join(parts)


def _case(entry: Mapping[str, Any]) -> str:
    heading = ExportPreview.tr("Case {number}").format(number=entry.get("reference", "?"))
    if entry.get("title"):
        heading = f"{heading}: {entry['title']}"
    out = [f"<h3>{html.escape(heading)}</h3>"]
    details = {k: v for k, v in entry.items() if k not in ("reference", "title")}
    if any(k not in _SECTIONS for k in details):
        out.append(_rows(details, _CASE_VALUES))
    else:
        only = ExportPreview.tr("Only the case number leaves, no details.")
        out.append(f"<p>{html.escape(only)}</p>")
    if "subjects" in entry:
        out.append(_records(labels.field("subjects"), entry["subjects"], {}))
    if "notes" in entry:
        out.append(_records(labels.field("notes"), entry["notes"], _NOTE_VALUES))
    if "measures" in entry:
        out.append(_records(labels.field("measures"), entry["measures"], _MEASURE_VALUES))
    return "".join(out)


def _party(party: Mapping[str, Any]) -> str:
    return ", ".join(str(party.get(k) or "") for k in ("name", "organisation") if party.get(k))


def _decision(data: Mapping[str, Any]) -> str:
    basis = data.get("legal_basis") or {}
    decided = data.get("decided_by") or {}
    who = labels.with_kind(str(decided.get("name", "")), str(decided.get("role") or ""))
    rows = [
        (
            ExportPreview.tr("Legal basis"),
            " – ".join(s for s in (basis.get("title"), basis.get("description")) if s),
        ),
        (ExportPreview.tr("Addition to the basis"), basis.get("note", "")),
        (ExportPreview.tr("Decided by"), who),
        (ExportPreview.tr("Purpose"), data.get("purpose", "")),
        (ExportPreview.tr("To"), "; ".join(_party(p) for p in data.get("recipients", []))),
        (ExportPreview.tr("From"), _party(data.get("sender") or {})),
    ]
    cells = "".join(
        f"<tr><td style='padding-right:12px'><b>{html.escape(label)}</b></td>"
        f"<td>{_text(value)}</td></tr>"
        for label, value in rows
        if value
    )
    heading = html.escape(ExportPreview.tr("The decision"))
    return f"<h2>{heading}</h2><table cellpadding='2'>{cells}</table>"


def _briefs_own_disclosures(briefs: Sequence[str], recipients: int) -> list[str]:
    """The words that each attached brief is a disclosure of its own, beside the package's."""
    if not briefs:
        return []
    said = ExportPreview.tr(
        "Each attached brief is recorded as a disclosure of its own to each recipient, with "
        "its own SHA-256, beside the package's: %n brief(s).",
        "",
        len(briefs),
    )
    total = ExportPreview.tr(
        "In all, %n disclosure(s) will be recorded.", "", recipients * (len(briefs) + 1)
    )
    names = "".join(f"<li>{html.escape(name)}</li>" for name in briefs)
    return [f"<p>{html.escape(said)}</p><ul>{names}</ul><p>{html.escape(total)}</p>"]


def file_line(name: str, attachment: Any) -> str:
    """A file as it leaves: its name in the package, its kind (by content) and its size."""
    if attachment is None:
        return name
    return ExportPreview.tr("{name} ({kind}, {size} bytes)").format(
        name=name,
        kind=filetypes.kind_word(attachment.kind),
        size=size_text(len(attachment.content)),
    )


def readable_html(
    data: Mapping[str, Any], attachments: Sequence[Any] = (), briefs: Sequence[str] = ()
) -> str:
    """data.json (parsed) in words, as HTML for a QTextBrowser. ``attachments`` are the
    package's files (name and content) to give their sizes; ``briefs`` names those of them that
    are briefs, each recorded as a disclosure of its own (issue 16), which the words say."""
    out = [_decision(data)]
    for message in data.get("messages", []):
        heading = html.escape(ExportPreview.tr("Message to the recipient"))
        out.append(f"<h3>{heading}</h3>")
        out.append(f"<p>{_text(message.get('text', ''))}</p>")
    cases = data.get("cases", [])
    if cases:
        heading = html.escape(ExportPreview.tr("Cases"))
        out.append(f"<h2>{heading} ({len(cases)})</h2>")
        out.extend(_case(entry) for entry in cases)
    entries = data.get("situation_entries", [])
    if entries:
        heading = html.escape(labels.field("situation_entries"))
        out.append(f"<h2>{heading} ({len(entries)})</h2>")
        out.append("<hr>".join(_rows(entry, _ENTRY_VALUES) for entry in entries))
    names = data.get("attachments", [])
    if names:
        files = {a.name: a for a in attachments}
        heading = html.escape(ExportPreview.tr("Attached files"))
        out.append(f"<h2>{heading}</h2><ul>")
        for name in names:
            out.append(f"<li>{html.escape(file_line(name, files.get(name)))}</li>")
        out.append("</ul>")
        out.extend(_briefs_own_disclosures(briefs, len(data.get("recipients", []))))
    known = {
        "package_id", "created", "sender", "recipients", "legal_basis", "decided_by", "purpose",
        "messages", "cases", "situation_entries", "attachments",
    }  # fmt: skip
    for key in data:
        if key not in known:  # shown too: nothing in data.json stays out of sight
            out.append(f"<p><b>{html.escape(key)}</b>: {_text(data[key])}</p>")
    out.append(
        "<p style='color:#555'>"
        + html.escape(
            ExportPreview.tr("Package {id}, made {time}.").format(
                id=data.get("package_id", ""), time=_moment(data.get("created", ""))
            )
        )
        + "</p>"
    )
    return "".join(out)


def how_to_verify() -> str:
    """What an unverified recipient means and how to verify it (recipients list and wizard)."""
    return ExportPreview.tr(
        "Not verified: nothing can be sent to this recipient yet. Call the recipient on a "
        "number you know is theirs, read the fingerprint below aloud group by group, and press "
        "Mark as verified when every group matches."
    )
