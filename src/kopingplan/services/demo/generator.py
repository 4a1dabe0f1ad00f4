"""Writes the demo records: a partner registry and staff once per fill, then cases in chunks.

Every record goes through :meth:`Batch.add`, so it is validated exactly like one the
coordinator types; each chunk is one transaction with one audit row ("demo.fill"). All
randomness comes from one ``random.Random``, and the records are drawn in a fixed order, so the
same seed on an empty vault gives the same vault. The records of a case live in
:mod:`.case_records`, the groups' in :mod:`.group_records`; both draw through :mod:`.drawing`.
"""

from __future__ import annotations

from datetime import date, timedelta

from kopingplan.domain import model as m
from kopingplan.services.demo import registry, texts, topics
from kopingplan.services.demo.case_records import CaseRecords
from kopingplan.services.demo.drawing import HISTORY_DAYS, CaseInfo, Staff, stored
from kopingplan.services.demo.group_records import GroupRecords
from kopingplan.services.demo.intake_records import IntakeRecords
from kopingplan.services.demo.work_records import WorkRecords
from kopingplan.services.session import Batch

LEVELS = (m.Level.GENERAL, m.Level.SPECIFIC, m.Level.INDIVIDUAL)
LEVEL_WEIGHTS = (45, 40, 15)  # mostly general and specific, as the plan describes
ORIENTATIONS = tuple(m.Orientation)
ORIENTATION_WEIGHTS = (32, 14, 24, 12, 18)


class Generator(CaseRecords, GroupRecords, IntakeRecords, WorkRecords):
    """Draws and writes the demo: :meth:`setup` once per fill, then :meth:`chunk` after chunk."""

    def _move(self, batch: Batch, case: m.Case, to_level: m.Level, on: date, reason: str) -> m.Case:
        return batch.move_case_level(case, to_level, reason, on)

    def setup(self, batch: Batch) -> None:
        """The partner registry, staff, both groups, the plan and some case-free records."""
        rng, ref = self.rng, self.ref
        for spec in registry.ORGANISATIONS:
            org = batch.add(
                m.Organisation(
                    name=spec.name,
                    kind=spec.kind,
                    phone="114 14" if spec.key == "police" else registry.fictional_phone(rng),
                    address="Köping",
                    notes=spec.notes,
                )
            )
            self.orgs[spec.key] = stored(org.id)
            for agreement in spec.agreements:
                until = agreement.until_years
                batch.add(
                    m.Agreement(
                        self.orgs[spec.key],
                        agreement.kind,
                        agreement.title,
                        date(ref.year - agreement.since_years, 1, 1),
                        None if until is None else date(ref.year + until, 12, 31),
                        agreement.note,
                    )
                )
        for staff_spec in registry.STAFF:
            self.staff.append(self._staff(batch, staff_spec))
            if staff_spec.org in registry.CASE_HOLDER_ORGS:
                self.holders.append(self.staff[-1])
        self._groups(batch)
        self._plan_revisions(batch)
        self.entry_ids = []
        for _ in range(24):
            self._situation_entry(batch, ref - timedelta(days=HISTORY_DAYS), ref)
        for _ in range(3):
            self._incident(batch, ref - timedelta(days=HISTORY_DAYS), ref, [])
        for _ in range(6):
            self._organisation_contact(batch, ref - timedelta(days=HISTORY_DAYS), ref)
        with self._later():
            for spec in registry.MORE_ORGANISATIONS:
                org = m.Organisation(
                    name=spec.name,
                    kind=spec.kind,
                    phone=registry.fictional_phone(self.rng),
                    address="Köping",
                    notes=spec.notes,
                )
                self.orgs[spec.key] = stored(batch.add(org).id)
            own = registry.OWN_UNIT
            unit = m.Organisation(
                name=own.name,
                kind=own.kind,
                phone=registry.OWN_UNIT_PHONE,
                address="Köping",
                notes=own.notes,
                own_unit=True,
            )
            self.orgs[own.key] = stored(batch.add(unit).id)
            self._more_groups(batch)
            self._partner_work(batch)
            self._commitments(batch)
            self._assessments(batch)
            self._police_package(batch)

    def _staff(self, batch: Batch, spec: registry.StaffSpec) -> Staff:
        person = self._person(
            batch,
            born_from=1960,
            born_to=1995,
            numbered=0.0,
            organisation_id=self.orgs[spec.org],
            title=spec.title,
            phone=registry.fictional_phone(self.rng),
            email=True,
        )
        return Staff(stored(person.id), spec.org, spec.title, person.full_name)

    def _situation_entry(self, batch: Batch, first: date, last: date) -> None:
        rng = self.rng
        orientation = rng.choices(ORIENTATIONS, ORIENTATION_WEIGHTS)[0]
        observation = texts.fill(
            rng.choice(topics.OBSERVATIONS[orientation]), {"plats": rng.choice(texts.PLACES)}
        )
        entry = batch.add(
            m.SituationEntry(
                observed_on=self._day(first, last),
                milieu=rng.choice(topics.MILIEUS[orientation]),
                orientation=orientation,
                observation=observation,
                source=rng.choice(topics.SOURCES),
                assessment=rng.choice(topics.ASSESSMENTS),
                reliability=rng.choice(topics.RELIABILITY),
            )
        )
        self.entry_ids.append(stored(entry.id))

    def _incident(self, batch: Batch, first: date, last: date, infos: list[CaseInfo]) -> None:
        """An incident against staff; one in a chunk's case half the time (``infos``)."""
        rng = self.rng
        kind = rng.choice(tuple(m.IncidentKind))
        occurred = self._day(first, last)
        staff_member = rng.choice(self.holders).name
        support = rng.choice(topics.INCIDENT_SUPPORT)
        follow_up = occurred + timedelta(days=14) if rng.random() < 0.6 else None
        with self._later():
            arose_in = [i for i in infos if i.opened_on <= occurred <= i.end]
            case = self.rng.choice(arose_in) if arose_in and self.rng.random() < 0.5 else None
            # Most follow-ups that are due were done; the rest wait in Att göra.
            due = follow_up is not None and follow_up < self.ref
            done = follow_up if due and self.rng.random() < 0.7 else None
            incident = batch.add(
                m.Incident(
                    occurred_on=occurred,
                    kind=kind,
                    description=topics.INCIDENTS[kind],
                    staff_member=staff_member,
                    reported_to_police=kind in (m.IncidentKind.THREAT, m.IncidentKind.VIOLENCE),
                    support_given=support,
                    follow_up_on=follow_up,
                    case_id=case.id if case else None,
                    follow_up_done_on=done,
                )
            )
            first_one = self.incidents_written == 0
            self.incidents_written += 1
            self._incident_follow_through(batch, incident, first_one)
            if first_one or self.rng.random() < 0.5:
                owner = m.AttachmentOwner.INCIDENT
                self._attach(batch, owner, stored(incident.id), occurred, {}, first=first_one)

    def _organisation_contact(self, batch: Batch, first: date, last: date, key: str = "") -> None:
        """A contact with a partner, about no case (``key``: with that partner)."""
        rng = self.rng
        key = key or rng.choice(("civil", "iop", "iop2", "faith", "sports", "housing", "arboga"))
        people = [s for s in (*self.staff, *self.more_staff) if s.org == key]
        batch.add(
            m.Contact(
                occurred_at=self._at(self._day(first, last)),
                channel=rng.choice((m.Channel.MEETING, m.Channel.PHONE, m.Channel.DIGITAL_MEETING)),
                summary=rng.choice(texts.ORGANISATION_CONTACTS),
                organisation_id=self.orgs[key],
                person_id=people[0].id if people else None,
            )
        )

    # --- cases, chunk by chunk ---------------------------------------------------------------

    def chunk(self, batch: Batch, first_index: int, count: int) -> None:
        infos = [self._case(batch, first_index + i) for i in range(count)]
        ref, rng = self.ref, self.rng
        earliest = min(info.opened_on for info in infos)
        self.entry_ids = []
        for _ in range(max(1, count // 4)):
            self._situation_entry(batch, earliest, ref)
        for index in range(max(1, count // 20)):
            kind = (m.GroupKind.INTERVENTION_GROUP, m.GroupKind.YOUTH_GROUP)[index % 2]
            self.meetings.append(self._meeting(batch, kind, infos))
        for _ in range(max(1, count // 30)):
            chosen = rng.sample(infos, min(len(infos), rng.choice((1, 1, 2))))
            self._disclosure(batch, chosen)
        for _ in range(count // 40):
            self._organisation_contact(batch, earliest, ref)
        for _ in range(count // 100):
            self._incident(batch, earliest, ref, infos)
        with self._later():
            self._later_chunk(batch, infos, earliest)

    def _later_chunk(self, batch: Batch, infos: list[CaseInfo], earliest: date) -> None:
        """The later schema versions' records of a chunk, after all of its earlier ones."""
        if not self.more_staff:
            # The later partners' staff, after the first chunk's people: their numbers stay.
            self.more_staff = [self._staff(batch, spec) for spec in registry.MORE_STAFF]
            for spec in registry.MORE_ORGANISATIONS:
                self._organisation_contact(batch, earliest, self.ref, spec.key)
        for kind in (m.GroupKind.SSPF, m.GroupKind.CRIME_PREVENTION_COUNCIL):
            for _ in range(max(1, len(infos) // 100)):
                self.meetings.append(self._meeting(batch, kind, infos))
        for meeting in self.meetings[:: max(1, len(self.meetings) // 3)]:
            day = meeting.starts_at.date()
            self._attach(batch, m.AttachmentOwner.MEETING, stored(meeting.id), day, {})
        self.meetings = []
        self._intake(batch, infos, earliest)
        self._relinked_item(batch, infos)
        for _ in range(max(1, len(infos) // 100)):
            self._activity(batch, earliest, self.ref)

    def _case(self, batch: Batch, index: int) -> CaseInfo:
        rng, ref = self.rng, self.ref
        # The first cases of a fill take the rarer paths, so that even a tiny demo has an exit
        # plan, an anonymous relative and a level history to show.
        level = m.Level.INDIVIDUAL if index == 0 else rng.choices(LEVELS, LEVEL_WEIGHTS)[0]
        orientation = rng.choices(ORIENTATIONS, ORIENTATION_WEIGHTS)[0]
        closed = index > 2 and rng.random() < 0.2
        opened = ref - timedelta(days=rng.randint(90 if closed else 0, HISTORY_DAYS))
        closed_on = self._day(opened + timedelta(days=30), ref) if closed else None
        end = closed_on or ref

        youth = rng.random() < 0.8
        age = rng.randint(13, 20) if youth else rng.randint(21, 45)
        subject = self._person(
            batch,
            born_from=opened.year - age - 1,
            born_to=opened.year - age,
            numbered=0.35,
            address=registry.address(rng) if rng.random() < 0.7 else "",
        )
        holder = rng.choice(self.holders)
        group = (
            m.GroupKind.YOUTH_GROUP if level is m.Level.GENERAL else m.GroupKind.INTERVENTION_GROUP
        )
        initials = f"{subject.given_name[0]}.{subject.family_name[0]}."
        history = self._history(level, opened, end, force=index == 0)
        case = batch.add(
            m.Case(
                title=texts.case_title(
                    rng,
                    initials,
                    opened.year - (subject.birth_year or 0),
                    level is m.Level.INDIVIDUAL,
                ),
                level=history[0][0] if history else level,
                orientation=orientation,
                opened_on=opened,
                summary=texts.case_summary(rng),
                responsible_group_id=self.groups[group],
                responsible_person_id=holder.id,
                status=m.CaseStatus.CLOSED if closed else m.CaseStatus.OPEN,
                closed_on=closed_on,
                close_reason=rng.choice(texts.CLOSE_REASONS) if closed else "",
            )
        )
        case_id = stored(case.id)
        for to_level, on, reason in history[1:]:
            case = self._move(batch, case, to_level, on, reason)

        batch.add(
            m.CaseParticipant(
                case_id=case_id, person_id=stored(subject.id), role=m.CaseRole.SUBJECT
            )
        )
        relatives: list[tuple[m.Person, str]] = []
        for _ in range(rng.choice((0, 1, 1, 2))):
            relation = rng.choice(texts.RELATIVES)
            # Most relatives share the subject's family name; not all families do.
            family = subject.family_name if rng.random() < 0.7 else ""
            relative = self._person(
                batch,
                born_from=1955,
                born_to=opened.year - age - 16,
                numbered=0.1,
                family=family,
                phone=registry.fictional_phone(rng),
            )
            batch.add(
                m.CaseParticipant(
                    case_id=case_id,
                    person_id=stored(relative.id),
                    role=m.CaseRole.RELATIVE,
                    relation=relation,
                )
            )
            relatives.append((relative, relation))
        professionals = [
            holder,
            *rng.sample([s for s in self.staff if s is not holder], rng.randint(0, 2)),
        ]
        for staff in professionals:
            batch.add(
                m.CaseParticipant(
                    case_id=case_id,
                    person_id=staff.id,
                    role=m.CaseRole.PROFESSIONAL,
                    relation=staff.title,
                )
            )

        relation = relatives[0][1] if relatives else rng.choice(texts.RELATIVES)
        slots = {
            "namn": subject.given_name,
            "skola": rng.choice(texts.SCHOOLS),
            "aktivitet": rng.choice(texts.ACTIVITIES),
            "anhorig": f"hens {relation}",
            "Anhorig": f"Hens {relation}",
        }
        info = CaseInfo(
            case_id,
            case.title,
            case.level,
            opened,
            end,
            slots,
            orientation=orientation,
            subject_id=stored(subject.id),
            closed=closed,
        )
        self._notes(batch, info, orientation)
        self._contacts(batch, info, subject, relatives, professionals, closed)
        if rng.random() < 0.5:
            self._case_follow_up(batch, info, closed)
        if index in (1, 2) or (level is not m.Level.GENERAL and rng.random() < 0.2):
            self._relative_support(batch, info, relatives, anonymous=index == 1)
        if level is m.Level.INDIVIDUAL and (index == 0 or rng.random() < 0.6):
            plan_from = next((on for lvl, on, _ in reversed(history) if lvl == level), opened)
            self._exit_plan(
                batch,
                info,
                orientation,
                plan_from,
                revisions=2 if index == 0 else rng.choice((1, 1, 1, 2)),
            )
        return info

    def _history(
        self, level: m.Level, opened: date, end: date, force: bool
    ) -> list[tuple[m.Level, date, str]]:
        """Levels the case went through: (level, day, reason), the first being where it started.

        Empty when the case stayed on its level. Specific and individual cases often started a
        level lower; some general cases came down from specific.
        """
        rng = self.rng
        path: tuple[m.Level, ...] = (level,)
        draw = rng.random()
        if level is m.Level.INDIVIDUAL and (force or draw < 0.5):
            path = (
                (m.Level.GENERAL, m.Level.SPECIFIC, level)
                if force or draw < 0.15
                else (m.Level.SPECIFIC, level)
            )
        elif level is m.Level.SPECIFIC and draw < 0.25:
            path = (m.Level.GENERAL, level)
        elif level is m.Level.GENERAL and draw < 0.1:
            path = (m.Level.SPECIFIC, level)
        if len(path) == 1:
            return []
        days = sorted(self._day(min(opened + timedelta(days=1), end), end) for _ in path[1:])
        steps: list[tuple[m.Level, date, str]] = [(path[0], opened, "")]
        for before, after, on in zip(path, path[1:], days, strict=False):
            steps.append((after, on, texts.move_reason(rng, before, after, LEVELS)))
        return steps
