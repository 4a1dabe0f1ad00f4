"""Gathering for the register extract (services/extract.py): everything the vault holds about one
person, as :class:`~kopingplan.briefs.extract.ExtractPart` s with stable ids, each followed by
the parts under it. Reads only; logs nothing. What is gathered and why is told in
:mod:`kopingplan.services.extract`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, Protocol

from kopingplan.briefs import extract as ex
from kopingplan.briefs import labels
from kopingplan.briefs.document import Block, Facts, Heading, Text
from kopingplan.domain import model as m
from kopingplan.services import extract_incoming, retention
from kopingplan.services.session import Session
from kopingplan.storage import mapping
from kopingplan.storage.repositories import cases as cases_repo
from kopingplan.storage.repositories import extract as repo
from kopingplan.storage.repositories import retention as retention_repo
from kopingplan.storage.repositories.tables import PERSONS


def _ts(instant: datetime) -> str:
    """``2026-11-02 kl. 10.00`` in local time: short enough for the label column."""
    return f"{labels.day(labels.local(instant).date())} {labels.clock(instant)}"


def _name(person: m.Person) -> str:
    return " ".join(p for p in (person.given_name, person.family_name) if p)


def _facts(*rows: tuple[str, str]) -> Facts:
    return Facts(tuple((label, value) for label, value in rows if value))


_ROLE_WORDS = {
    "responsible": "Ansvarig handläggare för ärendet",
}
_GIVERS = {"subject": "Du själv", "guardian": "Vårdnadshavare", "both": "Du och vårdnadshavare"}


def _role(role: str, relation: str) -> str:
    word = _ROLE_WORDS.get(role) or labels.word(m.CaseRole(role))
    return f"{word} ({relation})" if relation else word


class _Gatherer:
    def __init__(self, session: Session, conn: Any, person_id: int, today: date) -> None:
        self.conn = conn  # gather()'s read block: every part sees one state of the vault
        self.person_id = person_id
        self.today = today
        self.policy = retention.load_policy(session)
        self.organisations = repo.organisation_names(self.conn)
        self.parts: list[ex.ExtractPart] = []

    def add(
        self,
        part_id: str,
        section: str,
        label: str,
        blocks: Sequence[Block],
        texts: Iterable[str] = (),
        parent: str | None = None,
    ) -> None:
        kept = tuple(t for t in texts if t and t.strip())
        self.parts.append(ex.ExtractPart(part_id, section, label, tuple(blocks), kept, parent))

    def case_retention(self, case: m.Case) -> str:
        months = self.policy.months(retention.RetentionKind.CLOSED_CASE)
        assert case.id is not None
        if case.status is m.CaseStatus.OPEN:
            return f"Sparas så länge ärendet är öppet, därefter {months} månader."
        day = retention_repo.reference_day(self.conn, "case", case.id)
        return labels.day(retention.add_months(day or self.today, months))

    def person(self, person: m.Person) -> None:
        organisation = self.organisations.get(person.organisation_id or 0, "")
        blocks = [
            _facts(
                ("Namn", _name(person)),
                ("Personnummer", person.identity_number or ""),
                ("Födelseår", "" if person.birth_year is None else f"{person.birth_year}"),
                ("Telefon", person.phone),
                ("E-post", person.email),
                ("Adress", person.address),
                ("Organisation", organisation),
                ("Titel", person.title),
                ("Anteckningar om dig", person.notes),
            )
        ]
        texts = (person.phone, person.email, person.address, person.notes)
        self.add(f"person:{person.id}", "person", _name(person), blocks, texts)

    def case(self, case: m.Case, roles: Sequence[tuple[str, str]]) -> None:
        history = "\n".join(
            f"{labels.day(c.changed_on)}: {labels.word(c.to_level)}"
            + (f" – {c.reason}" if c.reason else "")
            for c in cases_repo.level_history(self.conn, case.id or 0)
        )
        blocks: list[Block] = [
            Heading(f"Ärende {case.id}: {case.title}", 2),
            _facts(
                ("Din roll", "\n".join(_role(role, relation) for role, relation in roles)),
                ("Nivå", labels.word(case.level)),
                ("Inriktning", labels.word(case.orientation)),
                ("Status", labels.word(case.status)),
                ("Öppnat", labels.day(case.opened_on)),
                ("Avslutat", "" if case.closed_on is None else labels.day(case.closed_on)),
                ("Skäl för avslut", case.close_reason),
                ("Gallras", self.case_retention(case)),
                ("Nivåhistorik", history),
            ),
        ]
        if case.summary:
            blocks.append(Text(case.summary))
        texts = (case.title, case.summary, case.close_reason, history)
        label = f"Ärende {case.id}: {case.title}"
        self.add(f"case:{case.id}", "cases", label, blocks, texts)


def _place(
    case_id: int | None, case_ids: Sequence[int], own_section: str
) -> tuple[str, str | None]:
    """Where a record that may belong to a case goes (section, parent): under its case when the
    case is one of those the extract shows (``case_ids``), else at the top of its own section."""
    if case_id in case_ids:
        return "cases", f"case:{case_id}"
    return own_section, None


def _first_line(text: str, limit: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _entry(heading: str, text: str, *facts: tuple[str, str]) -> list[Block]:
    """A dated entry as two paragraphs: "Anteckning 2026-11-02 kl. 10.00 · Källa: Polisen",
    then its text. Paragraphs, not a label column: a person with 500 notes gets 500 entries,
    and reportlab lays out paragraphs about 2.5 times as fast as one small table each."""
    line = " · ".join([heading, *(f"{label}: {value}" for label, value in facts if value)])
    return [Text(line, "muted"), Text(text)]


def _earlier_versions(
    g: _Gatherer, rows: list[Any], *, kind: str, section: str, parent: str, text: str,
    facts: tuple[tuple[str, str], ...] = (),
) -> None:  # fmt: skip
    """A corrected record's earlier versions (``rows`` from ``repo.versions``), each under the
    record as ``kind:N``: its ``text`` field, the ``facts`` (label, field) and why it changed."""
    for version_id, at, _by, reason, content in rows:
        old = str(content.get(text, ""))
        shown = [(label, str(content.get(field, ""))) for label, field in facts]
        blocks = _entry(f"Tidigare version, ersatt {_ts(at)}", old, *shown,
                        ("Skäl för rättelse", reason))  # fmt: skip
        label = f"Tidigare version: {_first_line(old)}"
        g.add(f"{kind}:{version_id}", section, label, blocks, (old, reason), parent)


def _notes(g: _Gatherer, case_ids: Sequence[int]) -> None:
    notes = repo.notes(g.conn, case_ids)
    versions = repo.versions(g.conn, "note_versions", [n.id for n in notes if n.id])
    for note in notes:
        part = f"note:{note.id}"
        blocks = _entry(f"Anteckning {_ts(note.written_at)}", note.text, ("Källa", note.source))
        label = f"Anteckning {_ts(note.written_at)}: {_first_line(note.text)}"
        g.add(part, "cases", label, blocks, (note.text, note.source), f"case:{note.case_id}")
        rows = versions.get(note.id or 0, [])
        _earlier_versions(g, rows, kind="note_version", section="cases", parent=part, text="text",
                          facts=(("Källa", "source"),))  # fmt: skip


def _contact_blocks(g: _Gatherer, contact: m.Contact) -> list[Block]:
    return _entry(
        f"Kontakt {_ts(contact.occurred_at)}",
        contact.summary,
        ("Sätt", labels.word(m.Channel(contact.channel))),
        ("Med", "dig" if contact.person_id == g.person_id else ""),
        ("Organisation", g.organisations.get(contact.organisation_id or 0, "")),
        ("Uppföljning", "" if contact.follow_up_on is None else labels.day(contact.follow_up_on)),
    )


def _contacts(g: _Gatherer, case_ids: Sequence[int]) -> None:
    contacts = repo.contacts(g.conn, g.person_id, case_ids)
    versions = repo.versions(g.conn, "contact_versions", [c.id for c in contacts if c.id])
    for contact in contacts:
        part = f"contact:{contact.id}"
        section, parent = _place(contact.case_id, case_ids, "contacts")
        label = f"Kontakt {_ts(contact.occurred_at)}: {_first_line(contact.summary)}"
        blocks = _contact_blocks(g, contact)
        g.add(part, section, label, blocks, (contact.summary,), parent)
        rows = versions.get(contact.id or 0, [])
        _earlier_versions(g, rows, kind="contact_version", section=section, parent=part,
                          text="summary")  # fmt: skip


def _plans(g: _Gatherer, case_ids: Sequence[int]) -> None:
    plans = repo.exit_plans(g.conn, case_ids)
    measures = repo.measures(g.conn, [p.id for p in plans if p.id])
    for plan in plans:
        part = f"exit_plan:{plan.id}"
        social = "\n".join(
            f"{labels.word(item.kind)}: {item.description}" for item in plan.social_items
        )
        practical = "\n".join(
            f"{labels.word(need.area)}: {labels.word(need.status)}"
            + (f" – {need.note}" if need.note else "")
            for need in plan.practical_needs
        )
        motivation = (
            "" if plan.motivation is None else f"{plan.motivation} av 5 {plan.motivation_reason}"
        )
        free = (
            plan.situation,
            plan.prerequisites,
            plan.needs,
            plan.motivation_reason,
            plan.milieu_to_leave,
            social,
            practical,
            plan.no_measures_reason,
        )
        blocks = [
            _facts(
                ("Individuell handlingsplan", f"Version {plan.revision}, {_ts(plan.created_at)}"),
                ("Situation", plan.situation),
                ("Förutsättningar", plan.prerequisites),
                ("Behov", plan.needs),
                ("Motivation", motivation.strip()),
                ("Miljö att lämna", plan.milieu_to_leave),
                ("Social dimension", social),
                ("Praktisk dimension", practical),
                ("Varför inga insatser", plan.no_measures_reason),
            )
        ]
        label = f"Individuell handlingsplan, version {plan.revision}"
        g.add(part, "cases", label, blocks, free, f"case:{plan.case_id}")
        for measure in (x for x in measures if x.plan_id == plan.id):
            actor = ", ".join(
                t
                for t in (
                    labels.word(m.ActorKind(measure.actor_kind)),
                    g.organisations.get(measure.actor_organisation_id or 0, ""),
                    measure.actor_text,
                )
                if t
            )
            rows = (
                ("Insats", measure.description),
                ("Ansvarig", actor),
                ("Start", labels.day(measure.starts_on)),
                ("Status", labels.word(m.MeasureStatus(measure.status))),
                ("Resultat", measure.outcome),
            )
            _with_outcome(g, "measure", "Insats", measure, rows, part)


class _WithOutcome(Protocol):
    """A measure or a follow-up: what is to be done and what came of it."""

    id: int | None
    description: str
    outcome: str


def _with_outcome(
    g: _Gatherer,
    kind: str,
    word: str,
    item: _WithOutcome,
    rows: Sequence[tuple[str, str]],
    parent: str,
) -> None:
    label = f"{word}: {_first_line(item.description)}"
    texts = (item.description, item.outcome)
    g.add(f"{kind}:{item.id}", "cases", label, [_facts(*rows)], texts, parent)


def _follow_ups(g: _Gatherer, case_ids: Sequence[int]) -> None:
    for item in repo.follow_ups(g.conn, case_ids):
        rows = (
            (f"Uppföljning\n{labels.day(item.due_on)}", item.description),
            ("Klar", "" if item.done_on is None else labels.day(item.done_on)),
            ("Resultat", item.outcome),
        )
        _with_outcome(g, "follow_up", "Uppföljning", item, rows, f"case:{item.case_id}")


def _threads(g: _Gatherer, case_ids: Sequence[int]) -> None:
    threads = repo.relative_supports(g.conn, g.person_id, case_ids)
    contacts = repo.thread_contacts(g.conn, [t.id for t in threads if t.id])
    months = g.policy.months(retention.RetentionKind.RELATIVE_SUPPORT)
    for thread in threads:
        part = f"relative_support:{thread.id}"
        section, parent = _place(thread.case_id, case_ids, "relative_support")
        if parent is not None:  # kept as long as its case
            kept = "Går med ärendet"
        else:
            day = retention_repo.reference_day(g.conn, "relative_support", thread.id or 0)
            kept = labels.day(retention.add_months(day or g.today, months))
        rows = (
            ("Anhörigstöd", f"öppnat {labels.day(thread.opened_on)}"),
            ("Den anhöriges relation", thread.relation),
            ("Gallras", kept),
        )
        g.add(
            part,
            section,
            f"Anhörigstöd ({thread.relation})",
            [_facts(*rows)],
            (),
            parent,
        )
        for contact in (c for c in contacts if c.relative_support_id == thread.id):
            rows = (
                (f"Kontakt i anhörigstöd\n{_ts(contact.occurred_at)}", contact.worry),
                ("Andra tecken", contact.signs_other),
                ("Råd som gavs", contact.advice),
            )
            g.add(
                f"relative_support_contact:{contact.id}",
                section,
                f"Anhörigkontakt {_ts(contact.occurred_at)}: {_first_line(contact.worry)}",
                [_facts(*rows)],
                (contact.worry, contact.signs_other, contact.advice),
                part,
            )


def _consents(g: _Gatherer, case_ids: Sequence[int]) -> None:
    for consent in repo.consents(g.conn, case_ids):
        to = [g.organisations.get(i, "") for i in consent.organisation_ids]
        to += [labels.word(m.OrganisationKind(k)) for k in consent.organisation_kinds]
        rows = (
            ("Samtycke", f"lämnat {labels.day(consent.given_on)}"),
            ("Lämnat av", _GIVERS.get(consent.given_by, consent.given_by)),
            ("Till", ", ".join(t for t in to if t)),
            ("Ändamål", "\n".join(consent.purposes)),
            (
                "Giltigt till",
                "" if consent.valid_until is None else labels.day(consent.valid_until),
            ),
            (
                "Återkallat",
                "" if consent.withdrawn_on is None else labels.day(consent.withdrawn_on),
            ),
        )
        g.add(
            f"consent:{consent.id}",
            "cases",
            f"Samtycke {labels.day(consent.given_on)}",
            [_facts(*rows)],
            (consent.withdrawal_note,),
            f"case:{consent.case_id}",
        )


def _incoming(g: _Gatherer, case_ids: Sequence[int]) -> None:
    for item in repo.incoming_items(g.conn, case_ids):
        text = "\n".join(t for t in (item.title, item.text) if t)
        # Before schema v9 the sender's terms were not recorded: said so, not left blank.
        blocks = _entry(f"Inkommen uppgift {_ts(item.received_at)}", text, ("Källa", item.source),
                        *extract_incoming.sender_terms(item))  # fmt: skip
        g.add(
            f"incoming_item:{item.id}",
            "cases",
            f"Inkommen uppgift: {_first_line(text)}",
            blocks,
            (item.title, item.text),
            f"case:{item.case_id}",
        )


def _agenda(g: _Gatherer, case_ids: Sequence[int]) -> None:
    for item in repo.agenda_items(g.conn, case_ids):
        rows = (
            ("Möte", f"{item.group}, {_ts(item.starts_at)}"),
            ("Punkt", item.title),
            ("Anteckningar", item.notes),
            ("Beslut", item.decision),
            ("Åtgärder", "\n".join(item.actions)),
        )
        g.add(
            f"agenda_item:{item.id}",
            "cases",
            f"Möte {_ts(item.starts_at)}: {_first_line(item.title)}",
            [_facts(*rows)],
            (item.notes, item.decision, *item.actions),
            f"case:{item.case_id}",
        )


def _concerns(g: _Gatherer, case_ids: Sequence[int]) -> None:
    """A concern in one of the cases is about the person: who raised it is another person's
    detail and is left out. One the person raised is theirs: shown with its decision."""
    for concern in repo.concerns(g.conn, g.person_id, case_ids):
        section, parent = _place(concern.case_id, case_ids, "concerns")
        decision = "" if concern.decision is None else labels.word(concern.decision)
        if concern.decided_on is not None:
            decision += f", {labels.day(concern.decided_on)}"
        rows = (
            ("Oro som kom in", labels.day(concern.received_on)),
            ("Hur", labels.word(concern.channel)),
            ("Anmäld av", "dig" if concern.person_id == g.person_id else ""),
            ("Vad", concern.description),
            ("Beslut", decision),
            ("Hänvisad till", concern.referred_to),
            ("Skäl", concern.decision_reason),
        )
        g.add(
            f"concern:{concern.id}",
            section,
            f"Oro {labels.day(concern.received_on)}: {_first_line(concern.description)}",
            [_facts(*rows)],
            (concern.description, concern.decision_reason),
            parent,
        )


def _disclosures(g: _Gatherer, case_ids: Sequence[int]) -> None:
    months = g.policy.months(retention.RetentionKind.DISCLOSURE)
    for d in repo.disclosures(g.conn, g.person_id, case_ids):
        kept = retention.add_months(labels.local(d.disclosed_at).date(), months)
        decided = f"{d.decided_by} ({d.decided_by_role})" if d.decided_by_role else d.decided_by
        kind = "" if d.recipient_kind is None else labels.word(d.recipient_kind)
        how = "Registerutdrag till dig" if d.channel == "extract" else labels.word(d.channel)
        rows = (
            ("Utlämnat", labels.timestamp(d.disclosed_at)),
            ("Till", d.recipient),
            ("Slag av mottagare", kind),
            ("Vad", d.content_description),
            ("Sätt", how),
            ("Rättslig grund", d.legal_basis),
            ("Ändamål", d.purpose),
            ("Beslutat av", decided),
            ("Uppgiften om utlämnandet sparas till", labels.day(kept)),
        )
        g.add(
            f"disclosure:{d.id}",
            "disclosures",
            f"Utlämnande {_ts(d.disclosed_at)} till {d.recipient}",
            [_facts(*rows)],
            (d.content_description, d.legal_basis_note),
        )


def gather(session: Session, person_id: int, *, today: date | None = None) -> ex.ExtractMaterial:
    """Everything the vault holds about person ``person_id`` (NotFound if there is none), as
    parts in print order: each part's children follow it. Reads only; logs nothing."""
    with session.vault.read() as conn:
        person = mapping.get(conn, PERSONS, person_id)
        g = _Gatherer(session, conn, person_id, today or date.today())
        g.person(person)
        roles: dict[int, list[tuple[str, str]]] = {}
        cases: dict[int, m.Case] = {}
        participations = repo.participations(conn, person_id)
        for p in participations:
            assert p.case.id is not None
            cases[p.case.id] = p.case
            roles.setdefault(p.case.id, []).append((p.role, p.relation))
        # A professional's cases are not about them: their role only, not the case content.
        about = repo.cases_about(participations)
        for case_id, case in cases.items():
            g.case(case, roles[case_id])
        for step in (
            _notes,
            _contacts,
            _plans,
            _follow_ups,
            _agenda,
            _threads,
            _consents,
            _incoming,
            _concerns,
        ):
            step(g, about)
        _disclosures(g, about)
    return ex.ExtractMaterial(person_id, _name(person), _in_order(g.parts), tuple(cases))


def _in_order(parts: list[ex.ExtractPart]) -> tuple[ex.ExtractPart, ...]:
    """Each part followed by its children (depth first), sections in their order."""
    children: dict[str | None, list[ex.ExtractPart]] = {}
    for part in parts:
        children.setdefault(part.parent, []).append(part)
    ordered: list[ex.ExtractPart] = []

    def walk(part: ex.ExtractPart) -> None:
        ordered.append(part)
        for child in children.get(part.id, []):
            walk(child)

    for key, _, _ in ex.SECTIONS:
        for part in children.get(None, []):
            if part.section == key:
                walk(part)
    return tuple(ordered)
