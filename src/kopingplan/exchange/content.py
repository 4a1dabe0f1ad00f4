"""data.json, version 1: what a package hands over, written from domain records and read back
as incoming records.

Written by Köpingplan on export (every key below may occur), and possibly by hand by a police
liaison who has only OpenSSL (then usually just ``messages``)::

    {
      "package_id": "…", "created": "2026-11-25T09:00:00+00:00",
      "sender": {"name": "…", "organisation": "…", "fingerprint": "…"},
      "recipients": [{"name": "…", "organisation": "…", "fingerprint": "…"}],
      "legal_basis": {"code": "osl-10-2", "title": "OSL 10 kap. 2 §", "description": "…",
                      "note": "…"},
      "decided_by": {"name": "…", "role": "…"},
      "purpose": "…",
      "messages": [{"text": "…", "title": "…", "reference": "…", "date": "2026-11-24"}],
      "cases": [{"reference": "12", "title": "…", "level": "specific", "orientation": "right",
                 "status": "open", "opened_on": "…", "closed_on": "…", "summary": "…",
                 "subjects": [{"name": "…", "birth_year": 2008, "identity_number": "…"}],
                 "notes": [{"written_at": "…", "text": "…", "source": "…"}],
                 "measures": [{"description": "…", "actor": "…", "starts_on": "…",
                               "follow_up_on": "…", "status": "planned", "outcome": "…"}]}],
      "situation_entries": [{"observed_on": "…", "milieu": "…", "orientation": "…",
                             "observation": "…", "source": "…", "assessment": "…",
                             "reliability": "…"}],
      "attachments": ["brief.pdf"]
    }

Only what the coordinator chose is written: a key that was not chosen is absent, so the preview
(the very bytes of data.json) shows exactly what leaves. A case's ``reference`` is the sender's
case number; it means nothing in the receiver's vault, where the coordinator links incoming
records to cases of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kopingplan.domain import model
from kopingplan.domain.model import IncomingRecord
from kopingplan.exchange import errors as ex
from kopingplan.exchange import schema as s

# --- Writing -------------------------------------------------------------------------------------


def party(name: str, organisation: str, fingerprint: str) -> dict[str, str]:
    return {"name": name, "organisation": organisation, "fingerprint": fingerprint}


def case_entry(
    case: model.Case,
    *,
    details: bool,
    subjects: list[model.Person] | None = None,
    notes: list[model.Note] | None = None,
    measures: list[model.Measure] | None = None,
) -> dict[str, Any]:
    """One case as it leaves: the reference always, the rest only as chosen (``None``: not
    chosen; an empty list: chosen, and there are none)."""
    entry: dict[str, Any] = {"reference": str(case.id)}
    if details:
        entry.update(
            title=case.title,
            level=case.level.value,
            orientation=case.orientation.value,
            status=case.status.value,
            opened_on=case.opened_on.isoformat(),
            summary=case.summary,
        )
        if case.closed_on is not None:
            entry["closed_on"] = case.closed_on.isoformat()
    if subjects is not None:
        entry["subjects"] = [_subject(person) for person in subjects]
    if notes is not None:
        entry["notes"] = [
            {"written_at": _instant(note.written_at), "text": note.text, "source": note.source}
            for note in notes
        ]
    if measures is not None:
        entry["measures"] = [_measure(measure) for measure in measures]
    return entry


def _subject(person: model.Person) -> dict[str, Any]:
    subject: dict[str, Any] = {"name": person.full_name}
    if person.birth_year is not None:
        subject["birth_year"] = person.birth_year
    if person.identity_number:
        subject["identity_number"] = person.identity_number
    return subject


def _measure(measure: model.Measure) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "description": measure.description,
        "actor": measure.actor_text or measure.actor_kind.value,
        "starts_on": measure.starts_on.isoformat(),
        "status": measure.status.value,
        "outcome": measure.outcome,
    }
    if measure.follow_up_on is not None:
        entry["follow_up_on"] = measure.follow_up_on.isoformat()
    return entry


def situation_entry(entry: model.SituationEntry) -> dict[str, Any]:
    return {
        "observed_on": entry.observed_on.isoformat(),
        "milieu": entry.milieu,
        "orientation": entry.orientation.value,
        "observation": entry.observation,
        "source": entry.source,
        "assessment": entry.assessment,
        "reliability": entry.reliability.value,
    }


def _instant(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


# --- Reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IncomingData:
    records: tuple[IncomingRecord, ...]
    sender_terms: model.SenderTerms  # its legal basis as "OSL 10 kap. 2 §", as it named it


_LINE = s.text(line=True)
_NAMED = s.obj({}, {"name": _LINE, "organisation": _LINE, "fingerprint": _LINE})
_NOTE = s.obj({"written_at": s.date_or_instant, "text": s.text(required=True)}, {"source": _LINE})
_MEASURE = s.obj(
    {"description": s.text(required=True)},
    {
        "actor": _LINE,
        "starts_on": s.iso_date,
        "follow_up_on": s.iso_date,
        "status": s.choice(*(v.value for v in model.MeasureStatus)),
        "outcome": s.text(),
    },
)
_SUBJECT = s.obj(
    {"name": s.text(line=True, required=True)},
    {"birth_year": s.integer(1900, 2200), "identity_number": _LINE},
)
_CASE = s.obj(
    {"reference": s.text(100, line=True, required=True)},
    {
        "title": _LINE,
        "level": s.choice(*(v.value for v in model.Level)),
        "orientation": s.choice(*(v.value for v in model.Orientation)),
        "status": s.choice(*(v.value for v in model.CaseStatus)),
        "opened_on": s.iso_date,
        "closed_on": s.iso_date,
        "summary": s.text(),
        "subjects": s.list_of(_SUBJECT),
        "notes": s.list_of(_NOTE),
        "measures": s.list_of(_MEASURE),
    },
)
_SITUATION = s.obj(
    {
        "observed_on": s.iso_date,
        "milieu": s.text(line=True, required=True),
        "observation": s.text(required=True),
    },
    {
        "orientation": s.choice(*(v.value for v in model.Orientation)),
        "source": _LINE,
        "assessment": s.text(),
        "reliability": s.choice(*(v.value for v in model.Reliability)),
    },
)
_MESSAGE = s.obj(
    {"text": s.text(required=True)},
    {"title": _LINE, "reference": s.text(100, line=True), "date": s.date_or_instant},
)
_DATA = s.obj(
    {},
    {
        "package_id": _LINE,
        "created": s.instant,
        "sender": _NAMED,
        "recipients": s.list_of(_NAMED, 100),
        "legal_basis": s.obj(
            {"title": _LINE}, {"code": _LINE, "description": _LINE, "note": s.text()}
        ),
        "decided_by": s.obj({"name": _LINE}, {"role": _LINE}),
        "purpose": s.text(),
        "messages": s.list_of(_MESSAGE),
        "cases": s.list_of(_CASE),
        "situation_entries": s.list_of(_SITUATION),
        "attachments": s.list_of(s.text(200, line=True), 64),
    },
)

_CASE_DETAILS = ("level", "orientation", "status", "opened_on", "closed_on", "subjects")


def read(raw: bytes, *, package_id: str, attachments: dict[str, bytes]) -> IncomingData:
    """The records of a data.json; ``package_id`` and ``attachments`` come from the ZIP and its
    manifest, which data.json must agree with where it names them."""
    data = _DATA(s.loads(raw), "")
    if data.get("package_id", package_id) != package_id:
        raise ex.malformed("field", field="package_id")
    if "attachments" in data and sorted(data["attachments"]) != sorted(attachments):
        raise ex.malformed("listed")
    records: list[IncomingRecord] = []
    for message in data.get("messages", []):
        records.append(
            IncomingRecord(
                "message",
                message["text"],
                title=message.get("title", ""),
                reference=message.get("reference", ""),
                dated=message.get("date", ""),
            )
        )
    for case in data.get("cases", []):
        records.extend(_case_records(case))
    for entry in data.get("situation_entries", []):
        records.append(
            IncomingRecord(
                "situation",
                entry["observation"],
                title=entry["milieu"],
                dated=entry["observed_on"],
                details={
                    k: entry[k]
                    for k in ("orientation", "source", "assessment", "reliability")
                    if k in entry
                },
            )
        )
    for name in sorted(attachments):
        records.append(IncomingRecord("attachment", "", title=name, attachment=attachments[name]))
    if not records:
        raise ex.malformed("empty")
    basis = data.get("legal_basis", {})
    decided = data.get("decided_by", {})
    terms = model.SenderTerms(
        legal_basis=basis.get("title", ""),
        decided_by=", ".join(v for v in (decided.get("name", ""), decided.get("role", "")) if v),
        purpose=data.get("purpose", ""),
    )
    return IncomingData(tuple(records), terms)


def _case_records(case: dict[str, Any]) -> list[IncomingRecord]:
    reference = case["reference"]
    records = []
    if any(key in case for key in ("title", "summary", *_CASE_DETAILS)):
        records.append(
            IncomingRecord(
                "case",
                case.get("summary", ""),
                title=case.get("title", ""),
                reference=reference,
                dated=case.get("opened_on", ""),
                details={k: case[k] for k in _CASE_DETAILS if k in case},
            )
        )
    for note in case.get("notes", []):
        records.append(
            IncomingRecord(
                "note",
                note["text"],
                reference=reference,
                dated=note["written_at"],
                details={"source": note["source"]} if note.get("source") else {},
            )
        )
    for measure in case.get("measures", []):
        records.append(
            IncomingRecord(
                "measure",
                measure.get("outcome", ""),
                title=measure["description"],
                reference=reference,
                dated=measure.get("starts_on", ""),
                details={
                    k: measure[k] for k in ("actor", "status", "follow_up_on") if k in measure
                },
            )
        )
    return records
