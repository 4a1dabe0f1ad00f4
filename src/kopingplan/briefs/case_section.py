"""One case as it appears in a brief, limited to what the coordinator chose (CaseContent).

The service hands over the records of a case (:class:`CaseMaterial`); this module keeps only
the parts switched on. People whose names are left out are also blanked out of the free texts
that go in: notes and summaries name the people they are about ("Annas mamma ringde"), and
leaving a relative out of the list of people means little if the timeline names her.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kopingplan.briefs import labels
from kopingplan.briefs.document import Block, CaseContent, Facts, Heading, Table, Text
from kopingplan.domain import model as m
from kopingplan.storage.repositories.meetings import DecisionRow, EntryRow

REDACTED = "[namn]"


@dataclass(frozen=True)
class CaseMaterial:
    """The records of one case that a brief may draw on, gathered by the service.

    ``people`` holds every participant, also those whose names are left out: their names are
    needed to blank them out of the texts. ``measures`` pairs each measure with the name of
    whoever is responsible for it.
    """

    case: m.Case
    content: CaseContent
    group_name: str = ""
    holder_name: str = ""
    people: tuple[tuple[m.CaseParticipant, m.Person], ...] = ()
    level_history: tuple[m.LevelChange, ...] = ()
    exit_plan: m.ExitPlan | None = None
    measures: tuple[tuple[m.Measure, str], ...] = ()
    follow_ups: tuple[m.FollowUp, ...] = ()
    decisions: tuple[DecisionRow, ...] = ()
    entries: tuple[EntryRow, ...] = ()
    agenda_notes: str = ""


def _hidden_names(material: CaseMaterial) -> list[str]:
    content = material.content
    names: set[str] = set()
    for participant, person in material.people:
        role = m.CaseRole(participant.role)
        hidden = (role is m.CaseRole.SUBJECT and not content.subject_name) or (
            role is m.CaseRole.RELATIVE and not content.relatives
        )
        if hidden:
            for part in (person.full_name, person.given_name, person.family_name):
                if len(part.strip()) >= 2:
                    names.add(part.strip())
    return sorted(names, key=len, reverse=True)  # "Anna Berg" before "Anna"


def redactor(names: list[str]) -> Callable[[str], str]:
    """A function that replaces each of ``names`` (whole words, any case, also with the
    genitive s: "Annas") by ``[namn]``."""
    if not names:
        return lambda text: text
    alternatives = "|".join(re.escape(name) for name in names)
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})s?(?!\w)", re.IGNORECASE)
    return lambda text: pattern.sub(REDACTED, text)


def case_heading(case: m.Case, prefix: str = "") -> str:
    return f"{prefix}{case.title} (ärende {case.id})"


def _people(material: CaseMaterial, clean: Callable[[str], str]) -> Table | None:
    content = material.content
    rows = []
    for participant, person in material.people:
        role = m.CaseRole(participant.role)
        if role is m.CaseRole.SUBJECT and content.subject_name:
            rows.append((labels.word(role), person.full_name, ""))
        elif role is m.CaseRole.RELATIVE and content.relatives:
            rows.append((labels.word(role), person.full_name, participant.relation))
        elif role is m.CaseRole.PROFESSIONAL and content.professionals:
            what = participant.relation or person.title
            rows.append((labels.word(role), person.full_name, clean(what)))
    if not rows:
        return None
    return Table(("Roll", "Namn", "Relation / funktion"), tuple(rows), (1.2, 2, 2))


def _exit_plan(plan: m.ExitPlan, clean: Callable[[str], str]) -> list[Block]:
    facts = [
        ("Revision", f"{plan.revision} ({labels.day(labels.local(plan.created_at).date())})"),
        ("Situation", clean(plan.situation)),
        ("Förutsättningar", clean(plan.prerequisites)),
        ("Behov", clean(plan.needs)),
        ("Motivation", "" if plan.motivation is None else f"{plan.motivation} av 5"),
        ("Motivering", clean(plan.motivation_reason)),
        ("Miljö att lämna", clean(plan.milieu_to_leave)),
    ]
    blocks: list[Block] = [
        Heading("Individuell handlingsplan – inledande bedömning", 2),
        Facts(tuple((label, value) for label, value in facts if value)),
    ]
    needs = tuple(
        (labels.PRACTICAL_AREAS[m.PracticalArea(need.area)],
         labels.NEED_STATUSES[m.NeedStatus(need.status)],
         clean(need.note))
        for need in plan.practical_needs
    )  # fmt: skip
    if needs:
        blocks.append(Table(("Praktiskt område", "Behov", "Kommentar"), needs, (2, 1, 3)))
    if plan.boundary_confirmed:
        blocks.append(
            Text(
                "Insatserna är stöd till individen; de är inte brottsutredning eller "
                "underrättelseinhämtning.",
                "note",
            )
        )
    return blocks


def case_blocks(material: CaseMaterial, prefix: str = "") -> list[Block]:
    """The case's part of a brief: a heading and whatever its CaseContent allows."""
    case, content = material.case, material.content
    clean = redactor(_hidden_names(material))
    blocks: list[Block] = [Heading(case_heading(case, prefix), 2)]
    facts: list[tuple[str, str]] = []
    if content.level:
        facts.append((labels.field("level"), labels.LEVELS[m.Level(case.level)]))
    if content.orientation:
        facts.append(
            (labels.field("orientation"), labels.ORIENTATIONS[m.Orientation(case.orientation)])
        )
    facts.append((labels.field("status"), labels.STATUSES[m.CaseStatus(case.status)]))
    facts.append((labels.field("opened_on"), labels.day(case.opened_on)))
    if material.group_name:
        facts.append(("Ansvarig grupp", material.group_name))
    if content.professionals and material.holder_name:
        facts.append(("Handläggare", material.holder_name))
    blocks.append(Facts(tuple(facts)))
    if material.agenda_notes.strip():
        blocks.append(Text(f"Inför mötet: {clean(material.agenda_notes)}", "note"))
    if content.summary and case.summary.strip():
        blocks.append(Text(clean(case.summary)))
    people = _people(material, clean)
    if people is not None:
        blocks.extend([Heading("Personer", 2), people])
    rows: tuple[tuple[str, ...], ...]
    if content.level_history and material.level_history:
        rows = tuple(
            (
                labels.day(change.changed_on),
                "–" if change.from_level is None else labels.LEVELS[m.Level(change.from_level)],
                labels.LEVELS[m.Level(change.to_level)],
                clean(change.reason) or "Ärendet öppnades",
            )
            for change in material.level_history
        )
        header = ("Datum", "Från", "Till", "Skäl")
        blocks.extend([Heading("Nivåhistorik", 2), Table(header, rows, (1.2, 1.3, 1.3, 4))])
    if content.exit_plan and material.exit_plan is not None:
        blocks.extend(_exit_plan(material.exit_plan, clean))
    if content.measures and material.measures:
        rows = tuple(
            (
                clean(measure.description),
                clean(actor),
                labels.day(measure.starts_on),
                "" if measure.follow_up_on is None else labels.day(measure.follow_up_on),
                labels.MEASURE_STATUSES[m.MeasureStatus(measure.status)],
            )
            for measure, actor in material.measures
        )
        blocks.extend(
            [
                Heading("Insatser", 2),
                Table(
                    tuple(
                        labels.field(name)
                        for name in ("description", "actor", "starts_on", "follow_up_on", "status")
                    ),
                    rows,
                    (4, 2.2, 1.3, 1.4, 1.2),
                ),
            ]
        )
    if content.follow_ups and material.follow_ups:
        rows = tuple(
            (labels.day(item.due_on), clean(item.description)) for item in material.follow_ups
        )
        blocks.extend([Heading("Öppna uppföljningar", 2), Table(("Senast", "Vad"), rows, (1, 5))])
    if content.decisions and material.decisions:
        rows = tuple(
            (
                labels.day(labels.local(row.meeting_starts_at).date()),
                row.group_name,
                clean(row.item.decision),
            )
            for row in material.decisions
        )
        blocks.extend(
            [Heading("Tidigare beslut", 2), Table(("Möte", "Grupp", "Beslut"), rows, (1.2, 1.5, 5))]
        )
    if content.timeline and material.entries:
        blocks.append(Heading("Senaste anteckningar och kontakter", 2))
        for entry in material.entries:
            if entry.kind == "contact":
                try:
                    what = "Kontakt · " + labels.CHANNELS[m.Channel(entry.detail)]
                except ValueError:
                    what = "Kontakt"
            else:
                what = "Anteckning" + (f" · källa: {clean(entry.detail)}" if entry.detail else "")
            when = labels.local(entry.at)
            blocks.append(
                Text(f"{labels.day(when.date())} {labels.clock(entry.at)} · {what}", "muted")
            )
            blocks.append(Text(clean(entry.text)))
    return blocks


def included_parts(content: CaseContent) -> tuple[str, ...]:
    """The parts a case contributes, by name (always its number, title and status)."""
    return ("title", "status", *content.chosen())
