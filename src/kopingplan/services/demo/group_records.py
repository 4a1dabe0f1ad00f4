"""The working groups with their composition over time, the action plan's revisions, the
groups' meetings, and disclosures to the police."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta

from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.services.demo import topics
from kopingplan.services.demo.drawing import CaseInfo, Drawing, stored
from kopingplan.services.demo.intake_topics import DIARY_NUMBERS
from kopingplan.services.session import Batch
from kopingplan.storage.repositories.disclosures import insert_disclosure
from kopingplan.storage.repositories.tables import DISCLOSURES

GROUPS_FROM = date(2017, 10, 2)  # the groups were formed after the plan was adopted in 2017
PLAN_ADOPTED = (date(2017, 9, 25), date(2024, 10, 28))


class GroupRecords(Drawing):
    def _groups(self, batch: Batch) -> None:
        rng = self.rng
        for kind, (name, description), orgs in (
            (m.GroupKind.YOUTH_GROUP, topics.YOUTH_GROUP, ("bou", "kof", "soa", "police")),
            (m.GroupKind.INTERVENTION_GROUP, topics.INTERVENTION_GROUP, ("bou", "soa", "police")),
        ):
            group_id = stored(batch.add(m.Group(name=name, kind=kind, description=description)).id)
            self.groups[kind] = group_id
            self.group_staff[kind] = []
            for key in orgs:
                role = topics.MEMBER_ROLES[key]
                batch.add(
                    m.GroupMembership(
                        group_id=group_id,
                        role=role,
                        from_date=GROUPS_FROM,
                        organisation_id=self.orgs[key],
                    )
                )
                # Each department's representative changed once: the composition over time.
                people = [s for s in self.staff if s.org == key]
                first, second = rng.sample(people, 2) if len(people) > 1 else (people[0], None)
                handover = self._day(date(2020, 1, 1), self.ref - timedelta(days=200))
                batch.add(
                    m.GroupMembership(
                        group_id=group_id,
                        role=role,
                        from_date=GROUPS_FROM,
                        person_id=first.id,
                        to_date=handover if second else None,
                    )
                )
                current = first
                if second is not None:
                    batch.add(
                        m.GroupMembership(
                            group_id=group_id,
                            role=role,
                            from_date=handover + timedelta(days=1),
                            person_id=second.id,
                        )
                    )
                    current = second
                self.group_staff[kind].append(current.id)

    def _plan_revisions(self, batch: Batch) -> None:
        # Revisions are numbered 1, 2, … per vault (UNIQUE): a vault that has a plan keeps it.
        if batch.count(m.PlanRevision):
            return
        for number, ((text, adopted_by, summary), adopted_on) in enumerate(
            zip(topics.PLAN_REVISIONS, PLAN_ADOPTED, strict=True), start=1
        ):
            revision = batch.add(
                m.PlanRevision(
                    revision=number,
                    adopted_on=min(adopted_on, self.ref),
                    adopted_by=adopted_by,
                    text=text,
                    change_summary=summary,
                    diary_number=DIARY_NUMBERS[number - 1],
                )
            )
            self.revisions.append((stored(revision.id), revision.adopted_on))

    def _meeting(self, batch: Batch, kind: m.GroupKind, infos: list[CaseInfo]) -> m.Meeting:
        rng = self.rng
        earliest = min(info.opened_on for info in infos)
        day = self._day(earliest, self.ref)
        meeting = batch.add(
            m.Meeting(
                group_id=self.groups[kind],
                starts_at=datetime(
                    day.year, day.month, day.day, rng.choice((7, 8, 12)), tzinfo=UTC
                ),
                place=rng.choice(topics.MEETING_PLACES),
                minutes=rng.choice(topics.MINUTES),
            )
        )
        meeting_id = stored(meeting.id)
        attendees = list(self.group_staff[kind])
        if rng.random() < 0.3:
            # A guest now and then: a mentor, a trainer or a colleague from Arboga.
            attendees.append(rng.choice([s.id for s in self.staff if s.id not in attendees]))
        for person_id in attendees:
            batch.add(
                m.MeetingAttendee(
                    meeting_id=meeting_id, person_id=person_id, present=rng.random() < 0.85
                )
            )
        batch.add(
            m.AgendaItem(
                meeting_id=meeting_id,
                position=0,
                kind=m.AgendaItemKind.SITUATION,
                title=rng.choice(topics.SITUATION_ITEMS),
                notes=rng.choice(topics.ITEM_NOTES),
            )
        )
        current = [i for i in infos if i.opened_on <= day <= i.end]
        # Unggruppen discusses general-level cases, the insatsgrupp the others.
        current = [
            i for i in current if (i.level is m.Level.GENERAL) == (kind is m.GroupKind.YOUTH_GROUP)
        ] or current
        if kind is m.GroupKind.CRIME_PREVENTION_COUNCIL:
            current = []  # the local BRÅ works on the general level: no single cases
        position = 1
        for info in rng.sample(current, min(len(current), rng.randint(2, 4))):
            item = batch.add(
                m.AgendaItem(
                    meeting_id=meeting_id,
                    position=position,
                    kind=m.AgendaItemKind.CASE,
                    title=info.title,
                    case_id=info.id,
                    notes=rng.choice(topics.ITEM_NOTES),
                    decision=rng.choice(topics.DECISIONS),
                )
            )
            position += 1
            if rng.random() < 0.6:
                due = day + timedelta(days=rng.choice((7, 14, 28)))
                done = due < self.ref and rng.random() < 0.7
                batch.add(
                    m.MeetingAction(
                        meeting_id=meeting_id,
                        description=rng.choice(topics.ACTIONS),
                        due_on=due,
                        agenda_item_id=item.id,
                        responsible_person_id=rng.choice(self.group_staff[kind]),
                        done_on=due if done else None,
                        outcome=rng.choice(topics.ACTION_OUTCOMES) if done else "",
                    )
                )
        batch.add(
            m.AgendaItem(
                meeting_id=meeting_id,
                position=position,
                kind=m.AgendaItemKind.OTHER,
                title=rng.choice(topics.OTHER_ITEMS),
            )
        )
        batch.add(
            m.MeetingAction(
                meeting_id=meeting_id,
                description=rng.choice(topics.ACTIONS),
                due_on=day + timedelta(days=21),
                responsible_text="Samordnaren",
            )
        )
        return meeting

    def _disclosure(self, batch: Batch, infos: list[CaseInfo]) -> None:
        rng = self.rng
        day = self._day(max(info.opened_on for info in infos), max(i.end for i in infos))
        description = rng.choice(topics.DISCLOSURE_CONTENTS)
        basis, note = rng.choice(topics.LEGAL_BASES)
        recipient = rng.choice([s for s in self.staff if s.org == "police"])
        role = rng.choice(topics.DECIDER_ROLES)
        deciders = [s.name for s in self.staff if role.startswith(s.title)]
        # The coordinator decides most disclosures; a head of unit or a principal some.
        decided_by = rng.choice(deciders) if deciders else self.session.actor
        # The checksum of what was handed over; here, of a made-up text standing for it.
        content = f"{description}\n{day.isoformat()}\n" + "\n".join(i.title for i in infos)
        # Through storage's insert, which also records whom it is about (the cases' people).
        disclosure = m.Disclosure(
            disclosed_at=self._at(day),
            recipient=f"Polisen lokalpolisområde Köping, {recipient.title} {recipient.name}",
            content_description=description,
            content_sha256=hashlib.sha256(content.encode("utf-8")).hexdigest(),
            legal_basis=basis,
            legal_basis_note=note,
            decided_by=decided_by,
            decided_by_role=role,
            purpose=rng.choice(topics.PURPOSES),
            case_ids=tuple(info.id for info in infos),
            recipient_kind=m.OrganisationKind.POLICE,
        )
        rules.validate(disclosure)
        insert_disclosure(batch._conn, disclosure)
        self._counted(batch, DISCLOSURES.name)
