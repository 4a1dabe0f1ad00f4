"""Disclosures in the printed words of the briefs: how one left, to what kind of recipient,
about which cases and persons, who decided; and the list of the oral disclosures made at a
meeting, for the meeting's minutes. Shared by the disclosure report and the meeting brief."""

from __future__ import annotations

from collections.abc import Sequence

from kopingplan.briefs import labels
from kopingplan.briefs.document import Block, Heading, Table, Text
from kopingplan.domain import model as m
from kopingplan.domain import vocabulary


def channel_text(disclosure: m.Disclosure) -> str:
    return vocabulary.word(m.DisclosureChannel(disclosure.channel))  # the screens' word


def kind_text(disclosure: m.Disclosure) -> str:
    """The kind of recipient in the registry's word, or why there is none."""
    return kind_word(
        disclosure.recipient_kind, extract=disclosure.channel == m.DisclosureChannel.EXTRACT
    )


def kind_word(kind: str | None, *, extract: bool) -> str:
    """A recipient kind (organisations.kind) in the registry's word, or why there is none."""
    if kind is not None:
        return vocabulary.word(m.OrganisationKind(kind))
    return "Den registrerade själv" if extract else "Slag okänt (inte i registret)"


def persons_text(person_ids: Sequence[int]) -> str:
    if not person_ids:
        return "Ingen känd person"
    word = "Person" if len(person_ids) == 1 else "Personer"
    return f"{word} {', '.join(str(person_id) for person_id in person_ids)}"


def cases_text(case_ids: Sequence[int]) -> str:
    if not case_ids:
        return "Inget ärende"
    word = "Ärende" if len(case_ids) == 1 else "Ärenden"
    return f"{word} {', '.join(str(case_id) for case_id in case_ids)}"


def decided(disclosure: m.Disclosure) -> str:
    role = disclosure.decided_by_role
    return f"{disclosure.decided_by} ({role})" if role else disclosure.decided_by


def made_at_meeting(disclosures: Sequence[m.Disclosure]) -> list[Block]:
    """The minutes' list of the oral disclosures made at the meeting: when, to whom, about
    which cases, on what legal basis, decided by whom and why. Not what was said: each copy of
    the minutes goes to every member, and the words are in the disclosure log."""
    rows = tuple(
        (
            f"{labels.local(d.disclosed_at):%H.%M}",
            f"{d.recipient}\n{kind_text(d)}",
            cases_text(d.case_ids),
            "\n".join(p for p in (d.legal_basis, f"Beslut: {decided(d)}", d.purpose) if p),
        )
        for d in disclosures
    )
    return [
        Heading("Muntliga utlämnanden vid mötet"),
        Table(
            ("Kl.", "Mottagare", "Ärenden", "Rättslig grund, beslut och syfte"),
            rows,
            (1, 4, 2.5, 6),
        ),
        Text(
            "Vad som sades finns i utlämnanderegistret, inte i protokollet.",
            "muted",
        ),
    ]
